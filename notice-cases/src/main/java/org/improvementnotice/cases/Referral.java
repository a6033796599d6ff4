package org.improvementnotice.cases;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A referral to children's social care. Immutable and thread-safe.
 *
 * @param id the referral's identifier
 * @param caseId the case it belongs to
 * @param received the day it was received
 * @param outcome what became of it
 */
public record Referral(String id, CaseId caseId, LocalDate received, ReferralOutcome outcome) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param id the referral's identifier
   * @param caseId the case it belongs to
   * @param received the day it was received
   * @param outcome what became of it
   */
  public Referral {
    requireNonNull(id, "id");
    requireNonNull(caseId, "caseId");
    requireNonNull(received, "received");
    requireNonNull(outcome, "outcome");
  }
}
