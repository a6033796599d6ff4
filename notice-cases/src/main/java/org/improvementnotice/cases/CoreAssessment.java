package org.improvementnotice.cases;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A core assessment (NI 60 counts working days from its commencement). Immutable and thread-safe.
 *
 * @param id the assessment's identifier
 * @param caseId the case
 * @param commenced the day it commenced
 * @param completed the day it was completed, if it has been
 */
public record CoreAssessment(String id, CaseId caseId, LocalDate commenced, Optional<LocalDate> completed) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param id the assessment's identifier
   * @param caseId the case
   * @param commenced the day it commenced
   * @param completed the day it was completed, if it has been
   */
  public CoreAssessment {
    requireNonNull(id, "id");
    requireNonNull(caseId, "caseId");
    requireNonNull(commenced, "commenced");
    requireNonNull(completed, "completed");
  }
}
