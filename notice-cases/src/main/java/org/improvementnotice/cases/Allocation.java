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
public record Allocation(CaseId caseId, String worker, LocalDate from, Optional<LocalDate> to) implements Spell {
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
}
