package org.improvementnotice.alerts.facts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.improvementnotice.alerts.Alert;
import org.improvementnotice.alerts.AlertKind;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.requirement.RequirementId;

/**
 * Makes the {@link Alert}s the rules insert, with their one-sentence messages. Called from the rules'
 * consequences only.
 */
public final class Alerts {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private Alerts() {}

  /**
   * {@return an initial or core assessment due within the window (0 or more working days left)}
   *
   * @param kind {@link AlertKind#INITIAL_ASSESSMENT_DUE_SOON} or {@link AlertKind#CORE_ASSESSMENT_DUE_SOON}
   * @param a the open assessment, with its due date and working days left
   * @param rule the name of the rule raising it, which the alert cites
   * @param atRisk the requirement look-ups for the indicators the case counts in, in the order the alert names them
   */
  public static Alert assessmentDueSoon(AlertKind kind, OpenAssessment a, String rule, RequirementsOn... atRisk) {
    String left = a.remaining() == 0 ? "with no working days left" : "with " + workingDays(a.remaining()) + " left";
    String sentence = String.format("%s %s of case %s is due by %s (%d working days from the %s on %s), %s",
        what(kind), a.recordId(), a.caseId(), date(a.dueDate()), a.timescale(), startEvent(kind), date(a.start()),
        left);
    return alert(kind, a, a.remaining(), rule, sentence, atRisk);
  }

  /**
   * {@return an initial or core assessment past its timescale (completing it now would count as late)}
   *
   * @param kind {@link AlertKind#INITIAL_ASSESSMENT_OUT_OF_TIMESCALE} or
   *     {@link AlertKind#CORE_ASSESSMENT_OUT_OF_TIMESCALE}
   * @param a the open assessment, with its due date and (negative) working days left
   * @param rule the name of the rule raising it, which the alert cites
   * @param atRisk the requirement look-ups for the indicators the case counts in, in the order the alert names them
   */
  public static Alert assessmentOutOfTimescale(AlertKind kind, OpenAssessment a, String rule, RequirementsOn... atRisk) {
    int overdue = -a.remaining();
    String sentence = String.format("%s %s of case %s is %s out of timescale (due by %s, %d working days from the %s"
        + " on %s)", what(kind), a.recordId(), a.caseId(), workingDays(overdue), date(a.dueDate()), a.timescale(),
        startEvent(kind), date(a.start()));
    return alert(kind, a, overdue, rule, sentence, atRisk);
  }

  /**
   * {@return a case unallocated for longer than the threshold}
   *
   * @param c the open case, with the start of its unallocated spell and its length in calendar days
   * @param rule the name of the rule raising it, which the alert cites
   * @param atRisk the requirement look-ups for the indicators the case counts in, in the order the alert names them
   */
  public static Alert unallocated(UnallocatedCase c, String rule, RequirementsOn... atRisk) {
    String sentence = String.format("Case %s has had no allocated social worker for %d days, since %s, more than %d"
        + " days", c.caseId(), c.daysUnallocated(), date(c.spellStart()), c.thresholdDays());
    return make(AlertKind.UNALLOCATED_OVER_28_DAYS, c.caseId(), c.caseId().value(), c.spellStart(),
        c.daysUnallocated(), rule, sentence, atRisk);
  }

  /**
   * {@return a plan within the warning of its second anniversary}
   *
   * @param p the open child protection plan, with its second anniversary and the calendar days to it
   * @param rule the name of the rule raising it, which the alert cites
   * @param atRisk the requirement look-ups for the indicators the case counts in, in the order the alert names them
   */
  public static Alert planApproachingTwoYears(OpenPlan p, String rule, RequirementsOn... atRisk) {
    String sentence = String.format("Child protection plan %s of case %s, started %s, reaches two years on %s, in %d"
        + " days", p.recordId(), p.caseId(), date(p.start()), date(p.twoYearsOn()), p.daysToTwoYears());
    return make(AlertKind.PLAN_APPROACHING_TWO_YEARS, p.caseId(), p.recordId(), p.twoYearsOn(), p.daysToTwoYears(),
        rule, sentence, atRisk);
  }

  private static Alert alert(
      AlertKind kind, OpenAssessment a, long days, String rule, String sentence, RequirementsOn... atRisk) {
    return make(kind, a.caseId(), a.recordId(), a.dueDate(), days, rule, sentence, atRisk);
  }

  private static Alert make(AlertKind kind, org.improvementnotice.cases.CaseId caseId, String recordId,
      LocalDate date, long days, String rule, String sentence, RequirementsOn... atRisk) {
    List<IndicatorId> indicators = new ArrayList<>();
    Set<RequirementId> requirements = new LinkedHashSet<>();
    for (RequirementsOn on : atRisk) {
      indicators.add(on.indicatorId());
      requirements.addAll(on.requirements());
    }
    String names = indicators.stream().map(IndicatorId::value).collect(Collectors.joining(" or "));
    String risk = requirements.isEmpty()
        ? "; the notice has no requirement on " + names + ", so it puts none at risk."
        : ", which puts at risk " + (requirements.size() == 1 ? "requirement " : "requirements ")
            + requirements.stream().map(RequirementId::value).collect(Collectors.joining(", "))
            + " (" + names + ").";
    return new Alert(kind, caseId, recordId, date, days, rule, indicators, List.copyOf(requirements),
        sentence + risk);
  }

  private static String what(AlertKind kind) {
    return kind == AlertKind.INITIAL_ASSESSMENT_DUE_SOON || kind == AlertKind.INITIAL_ASSESSMENT_OUT_OF_TIMESCALE
        ? "Initial assessment" : "Core assessment";
  }

  private static String startEvent(AlertKind kind) {
    return kind == AlertKind.INITIAL_ASSESSMENT_DUE_SOON || kind == AlertKind.INITIAL_ASSESSMENT_OUT_OF_TIMESCALE
        ? "referral" : "commencement";
  }

  private static String workingDays(int n) {
    return n == 1 ? "1 working day" : n + " working days";
  }

  private static String date(LocalDate d) {
    return DATE.format(d);
  }
}
