package org.improvementnotice.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.improvementnotice.cases.Allocation;
import org.improvementnotice.cases.CaseId;
import org.improvementnotice.cases.CaseRecord;
import org.improvementnotice.cases.CaseRecords;
import org.improvementnotice.model.IssueDate;
import org.improvementnotice.model.Issuer;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.Recipient;
import org.improvementnotice.model.Term;
import org.improvementnotice.model.indicator.IndicatorCatalogue;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.indicator.Unit;
import org.improvementnotice.model.requirement.EveryPeriod;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.requirement.Threshold;
import org.improvementnotice.model.requirement.ThresholdInPeriod;
import org.improvementnotice.model.requirement.Trajectory;
import org.improvementnotice.model.time.CalendarQuarter;
import org.improvementnotice.model.time.FinancialYear;
import org.improvementnotice.model.time.Window;
import org.improvementnotice.model.time.WorkingDayCalendar;
import org.improvementnotice.model.time.WorkingDayCount;

/** Notices and records for the alert tests: one engine shared by every test (the rule base loads once). */
final class Fixtures {
  static final AlertEngine ENGINE = AlertEngine.create();

  /** NI 59 to 65% in the quarter to 30 June 2009. */
  static final ThresholdInPeriod NI59_Q1 = new ThresholdInPeriod(RequirementId.of("ni59.1"), IndicatorId.of("NI 59"),
      Threshold.atLeast("65", Unit.PERCENT), CalendarQuarter.of(2009, 2), Trajectory.fromIssue(), Optional.empty());
  /** NI 59 to 77% in financial year 2009-10. */
  static final ThresholdInPeriod NI59_FY = new ThresholdInPeriod(RequirementId.of("ni59.2"), IndicatorId.of("NI 59"),
      Threshold.atLeast("77", Unit.PERCENT), FinancialYear.startingIn(2009), Trajectory.fromIssue(), Optional.empty());
  /** Initial assessments within 10 working days to 80% in financial year 2009-10. */
  static final ThresholdInPeriod IA10 = new ThresholdInPeriod(RequirementId.of("ia10"), IndicatorId.of("IA 10WD"),
      Threshold.atLeast("80", Unit.PERCENT), FinancialYear.startingIn(2009), Trajectory.fromIssue(), Optional.empty());
  /** NI 60 to 80% in financial year 2009-10. */
  static final ThresholdInPeriod NI60 = new ThresholdInPeriod(RequirementId.of("ni60"), IndicatorId.of("NI 60"),
      Threshold.atLeast("80", Unit.PERCENT), FinancialYear.startingIn(2009), Trajectory.fromIssue(), Optional.empty());
  /** No unallocated cases in any month of the notice. */
  static final EveryPeriod NO_UNALLOCATED = new EveryPeriod(RequirementId.of("no-unallocated"),
      IndicatorId.of("UNALLOCATED"), Threshold.atMost("0", Unit.COUNT), Window.ofNotice());
  /** No case unallocated for more than 28 days in any month of the notice. */
  static final EveryPeriod NONE_OVER_28 = new EveryPeriod(RequirementId.of("none-over-28"),
      IndicatorId.of("UNALLOCATED 28D"), Threshold.atMost("0", Unit.COUNT), Window.ofNotice());
  /** NI 64 at most 6% in financial year 2009-10. */
  static final ThresholdInPeriod NI64 = new ThresholdInPeriod(RequirementId.of("ni64"), IndicatorId.of("NI 64"),
      Threshold.atMost("6", Unit.PERCENT), FinancialYear.startingIn(2009), Trajectory.fromIssue(), Optional.empty());

  /** A notice with a requirement on every indicator an alert can affect (and on NI 59 twice). */
  static final Notice NOTICE = notice(NI59_Q1, IA10, NI59_FY, NI60, NO_UNALLOCATED, NONE_OVER_28, NI64);
  /** A notice with no requirement on any indicator an alert can affect. */
  static final Notice EMPTY = notice();

  private Fixtures() {}

  /** A notice issued 1 December 2008, ending 30 September 2010, with each requirement as its own measure. */
  static Notice notice(Requirement... requirements) {
    Notice.Builder b = Notice.builder()
        .id("test-notice")
        .recipient(Recipient.of("Test Council"))
        .issuer(Issuer.of("Department for Children, Schools and Families"))
        .issued(IssueDate.stated(LocalDate.of(2008, 12, 1)))
        .term(new Term.Until(LocalDate.of(2010, 9, 30)));
    IndicatorCatalogue.standard().indicators().forEach(b::addIndicator);
    for (Requirement r : requirements) {
      b.addMeasure(Measure.of(r.id().value().replace('.', '-'), "Tests", "Clause of " + r.id(), r));
    }
    return b.build();
  }

  static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  /** An open case, opened on the day. */
  static CaseRecord openCase(String id, LocalDate opened) {
    return new CaseRecord(CaseId.of(id), opened, Optional.empty());
  }

  /** An allocation of the case to a social worker from its opening onwards (5 January 2009). */
  static Allocation allocated(String caseId) {
    return new Allocation(CaseId.of(caseId), "SW1", LocalDate.of(2009, 1, 5), Optional.empty());
  }

  static CaseRecords.Builder records() {
    return CaseRecords.builder();
  }

  /**
   * Each alert as "KIND case record date days rule [requirements]". Also checks that every message is one
   * finished sentence naming the case.
   */
  static List<String> summary(List<Alert> alerts) {
    for (Alert a : alerts) {
      if (!a.message().endsWith(".") || a.message().contains("null") || !a.message().contains(a.caseId().value())
          || a.message().indexOf(". ") >= 0) {
        throw new AssertionError("Message of " + a.recordId() + " is not one finished sentence: " + a.message());
      }
    }
    return alerts.stream()
        .map(a -> a.kind() + " " + a.caseId() + " " + a.recordId() + " " + a.date() + " " + a.days() + " "
            + a.rule() + " " + a.requirements().stream().map(RequirementId::value).collect(Collectors.joining(",",
                "[", "]")))
        .toList();
  }

  static List<String> alerts(CaseRecords records, LocalDate asAt) {
    return summary(ENGINE.alerts(records, NOTICE, asAt));
  }

  static List<String> alerts(AlertSettings settings, CaseRecords records, LocalDate asAt) {
    return summary(AlertEngine.create(settings).alerts(records, NOTICE, asAt));
  }

  /** Asserts that the records raise exactly these alerts at the date, in order. */
  static void assertAlerts(CaseRecords records, LocalDate asAt, String... expected) {
    assertThat(alerts(records, asAt)).containsExactly(expected);
  }

  /** Asserts that the records raise exactly these alerts at the date under the settings, in order. */
  static void assertAlerts(AlertSettings settings, CaseRecords records, LocalDate asAt, String... expected) {
    assertThat(alerts(settings, records, asAt)).containsExactly(expected);
  }

  /** The default settings with the given convention. */
  static AlertSettings counting(WorkingDayCount convention) {
    return AlertSettings.defaults().withWorkingDayCount(convention);
  }

  static WorkingDayCalendar calendar() {
    return WorkingDayCalendar.englandAndWales();
  }
}
