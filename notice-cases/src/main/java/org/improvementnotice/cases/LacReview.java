package org.improvementnotice.cases;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A statutory review of a looked after child's case. Immutable and thread-safe.
 *
 * @param id the review's identifier
 * @param caseId the case
 * @param due the last day on which it is within timescale
 * @param held the day it was held, if it has been
 */
public record LacReview(String id, CaseId caseId, LocalDate due, Optional<LocalDate> held) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param id the review's identifier
   * @param caseId the case
   * @param due the last day on which it is within timescale
   * @param held the day it was held, if it has been
   */
  public LacReview {
    requireNonNull(id, "id");
    requireNonNull(caseId, "caseId");
    requireNonNull(due, "due");
    requireNonNull(held, "held");
  }
}
