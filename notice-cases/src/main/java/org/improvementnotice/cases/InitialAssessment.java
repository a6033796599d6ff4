package org.improvementnotice.cases;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An initial assessment of a child in need, with the date of the referral it answers (NI 59 counts working
 * days from the referral). Immutable and thread-safe.
 *
 * @param id the assessment's identifier
 * @param caseId the case
 * @param referralReceived the day the referral was received
 * @param completed the day the assessment was completed, if it has been
 */
public record InitialAssessment(String id, CaseId caseId, LocalDate referralReceived, Optional<LocalDate> completed) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param id the assessment's identifier
   * @param caseId the case
   * @param referralReceived the day the referral was received
   * @param completed the day the assessment was completed, if it has been
   */
  public InitialAssessment {
    requireNonNull(id, "id");
    requireNonNull(caseId, "caseId");
    requireNonNull(referralReceived, "referralReceived");
    requireNonNull(completed, "completed");
  }
}
