package org.improvementnotice.alerts;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.improvementnotice.cases.CaseId;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.requirement.RequirementId;

/**
 * A warning about one open case at a date, naming the requirements of the notice it puts at risk. Immutable and
 * thread-safe.
 *
 * @param kind what it warns of
 * @param caseId the case
 * @param recordId the record concerned: the assessment's or the plan's id, or for an unallocated case the case id
 * @param date the date that matters: an assessment's due date (the last working day within its timescale), the
 *     first day of an unallocated spell, or a plan's second anniversary
 * @param days by kind: working days left to the due date (0 = none left: due today, or the due date has just
 *     passed over a weekend or holiday, when completing still counts as on time) when due soon; working days past the
 *     timescale (at least 1) when out of timescale; calendar days unallocated; calendar days to the plan's second
 *     anniversary
 * @param rule the name of the rule that raised it
 * @param indicators the indicators the case counts in, whose requirements it puts at risk
 * @param requirements the notice's decidable requirements reading any of those indicators, each once, grouped by
 *     indicator in the order of {@code indicators} and in the notice's order within each; empty when the notice
 *     has none (the message then says so)
 * @param message one sentence a board member or team manager can read
 */
public record Alert(
    AlertKind kind, CaseId caseId, String recordId, LocalDate date, long days, String rule,
    List<IndicatorId> indicators, List<RequirementId> requirements, String message) {

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param kind what it warns of
   * @param caseId the case
   * @param recordId the record concerned: the assessment's or the plan's id, or for an unallocated case the case id
   * @param date the date that matters: an assessment's due date (the last working day within its timescale), the first
   *     day of an unallocated spell, or a plan's second anniversary
   * @param days by kind: working days left to the due date (0 = none left: due today, or the due date has just passed
   *     over a weekend or holiday, when completing still counts as on time) when due soon; working days past the
   *     timescale (at least 1) when out of timescale; calendar days unallocated; calendar days to the plan's second
   *     anniversary
   * @param rule the name of the rule that raised it
   * @param indicators the indicators the case counts in, whose requirements it puts at risk
   * @param requirements the notice's decidable requirements reading any of those indicators, each once, grouped by
   *     indicator in the order of {@code indicators} and in the notice's order within each; empty when the notice has
   *     none (the message then says so)
   * @param message one sentence a board member or team manager can read
   */
  public Alert {
    requireNonNull(kind, "kind");
    requireNonNull(caseId, "caseId");
    requireNonNull(recordId, "recordId");
    requireNonNull(date, "date");
    requireNonNull(rule, "rule");
    indicators = List.copyOf(requireNonNull(indicators, "indicators"));
    requirements = List.copyOf(requireNonNull(requirements, "requirements"));
    requireNonNull(message, "message");
  }
}
