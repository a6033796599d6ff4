package org.improvementnotice.cases;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A child protection plan. Immutable and thread-safe.
 *
 * @param id the plan's identifier
 * @param caseId the case
 * @param start the day the child became the subject of the plan
 * @param end the day the plan ended, if it has
 * @param secondOrSubsequent whether the child had been the subject of a plan before, at any time
 */
public record ProtectionPlan(String id, CaseId caseId, LocalDate start, Optional<LocalDate> end, boolean secondOrSubsequent) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param id the plan's identifier
   * @param caseId the case
   * @param start the day the child became the subject of the plan
   * @param end the day the plan ended, if it has
   * @param secondOrSubsequent whether the child had been the subject of a plan before, at any time
   */
  public ProtectionPlan {
    requireNonNull(id, "id");
    requireNonNull(caseId, "caseId");
    requireNonNull(start, "start");
    requireNonNull(end, "end");
  }

  /** {@return the day the plan reaches two years: the start plus two years (29 February becoming 28 February)} */
  public LocalDate twoYearsOn() {
    return start.plusYears(2);
  }
}
