package org.improvementnotice.alerts.facts;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.improvementnotice.cases.CaseId;

/**
 * An initial assessment open at the alert date (referral received on or before it, not completed by it, case
 * open), with its working-day figures. Immutable.
 *
 * @param caseId the case
 * @param recordId the assessment's id
 * @param start the day the referral was received
 * @param dueDate the last working day within the timescale
 * @param timescale the timescale in working days
 * @param elapsed working days elapsed from the referral to the alert date
 * @param remaining timescale less elapsed
 * @param dueSoonDays the due-soon window in working days
 */
public record OpenInitialAssessment(
    CaseId caseId, String recordId, LocalDate start, LocalDate dueDate, int timescale, int elapsed, int remaining,
    int dueSoonDays) implements OpenAssessment {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param caseId the case
   * @param recordId the assessment's id
   * @param start the day the referral was received
   * @param dueDate the last working day within the timescale
   * @param timescale the timescale in working days
   * @param elapsed working days elapsed from the referral to the alert date
   * @param remaining timescale less elapsed
   * @param dueSoonDays the due-soon window in working days
   */
  public OpenInitialAssessment {
    requireNonNull(caseId, "caseId");
    requireNonNull(recordId, "recordId");
    requireNonNull(start, "start");
    requireNonNull(dueDate, "dueDate");
  }
}
