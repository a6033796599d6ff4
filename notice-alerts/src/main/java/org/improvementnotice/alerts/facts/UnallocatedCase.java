package org.improvementnotice.alerts.facts;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.improvementnotice.cases.CaseId;

/**
 * A case open at the alert date with no allocation covering that day. Immutable.
 *
 * @param caseId the case
 * @param spellStart the first unallocated day: the day after the last allocation ended, or the day the case opened
 * @param daysUnallocated calendar days from the spell's start to the alert date
 * @param thresholdDays the alert is for more than this many days
 */
public record UnallocatedCase(CaseId caseId, LocalDate spellStart, long daysUnallocated, int thresholdDays) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param caseId the case
   * @param spellStart the first unallocated day: the day after the last allocation ended, or the day the case opened
   * @param daysUnallocated calendar days from the spell's start to the alert date
   * @param thresholdDays the alert is for more than this many days
   */
  public UnallocatedCase {
    requireNonNull(caseId, "caseId");
    requireNonNull(spellStart, "spellStart");
  }
}
