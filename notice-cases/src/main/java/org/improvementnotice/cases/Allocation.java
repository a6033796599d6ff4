package org.improvementnotice.cases;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A spell during which a case was allocated to a social worker, both ends inclusive. Immutable and
 * thread-safe.
 *
 * @param caseId the case
 * @param worker who held it
 * @param from the first day of the allocation
 * @param to the last day, if it has ended
 */
public record Allocation(CaseId caseId, String worker, LocalDate from, Optional<LocalDate> to) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param caseId the case
   * @param worker who held it
   * @param from the first day of the allocation
   * @param to the last day, if it has ended
   */
  public Allocation {
    requireNonNull(caseId, "caseId");
    requireNonNull(worker, "worker");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
  }

  /**
   * {@return whether the case is allocated under this spell on the day}
   *
   * @param day the day, counted as allocated when it is the first or the last day of the spell
   */
  public boolean covers(LocalDate day) {
    return !from.isAfter(day) && to.map(t -> !t.isBefore(day)).orElse(true);
  }
}
