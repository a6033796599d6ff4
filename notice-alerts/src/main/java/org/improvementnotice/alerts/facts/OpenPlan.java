package org.improvementnotice.alerts.facts;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.improvementnotice.cases.CaseId;

/**
 * A child protection plan open at the alert date (started on or before it, not ended by it, case open).
 * Immutable.
 *
 * @param caseId the case
 * @param recordId the plan's id
 * @param start the day it started
 * @param twoYearsOn its second anniversary (a 29 February start gives 28 February)
 * @param daysToTwoYears calendar days from the alert date to the second anniversary; 0 or less once reached
 * @param warningDays the warning in calendar days before the second anniversary
 */
public record OpenPlan(
    CaseId caseId, String recordId, LocalDate start, LocalDate twoYearsOn, long daysToTwoYears, int warningDays) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param caseId the case
   * @param recordId the plan's id
   * @param start the day it started
   * @param twoYearsOn its second anniversary (a 29 February start gives 28 February)
   * @param daysToTwoYears calendar days from the alert date to the second anniversary; 0 or less once reached
   * @param warningDays the warning in calendar days before the second anniversary
   */
  public OpenPlan {
    requireNonNull(caseId, "caseId");
    requireNonNull(recordId, "recordId");
    requireNonNull(start, "start");
    requireNonNull(twoYearsOn, "twoYearsOn");
  }
}
