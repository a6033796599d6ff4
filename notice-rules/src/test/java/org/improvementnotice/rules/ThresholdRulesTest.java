package org.improvementnotice.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.improvementnotice.rules.Fixtures.ENGINE;
import static org.improvementnotice.rules.Fixtures.NI101;
import static org.improvementnotice.rules.Fixtures.NI59;
import static org.improvementnotice.rules.Fixtures.STRICT;
import static org.improvementnotice.rules.Fixtures.VACANCY;
import static org.improvementnotice.rules.Fixtures.assertFindings;
import static org.improvementnotice.rules.Fixtures.assertSoleFinding;
import static org.improvementnotice.rules.Fixtures.data;
import static org.improvementnotice.rules.Fixtures.figure;
import static org.improvementnotice.rules.Fixtures.month;
import static org.improvementnotice.rules.Fixtures.ni59AverageOfAtLeast65;
import static org.improvementnotice.rules.Fixtures.notice;
import static org.improvementnotice.rules.Fixtures.ratio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.indicator.Unit;
import org.improvementnotice.model.requirement.AverageOverPeriod;
import org.improvementnotice.model.requirement.Due;
import org.improvementnotice.model.requirement.GapBetweenSeries;
import org.improvementnotice.model.requirement.GapSource;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.requirement.Threshold;
import org.improvementnotice.model.requirement.ThresholdByDate;
import org.improvementnotice.model.requirement.ThresholdInPeriod;
import org.improvementnotice.model.requirement.Trajectory;
import org.improvementnotice.model.time.AcademicYear;
import org.improvementnotice.model.time.CalendarQuarter;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.time.FinancialYear;
import org.junit.jupiter.api.Test;

/** threshold.drl: forms 1, 2, 9 and 10 once due. */
class ThresholdRulesTest {
  static final ThresholdInPeriod Q1_65 = new ThresholdInPeriod(RequirementId.of("ni59.1"), NI59,
      Threshold.atLeast("65", Unit.PERCENT), CalendarQuarter.of(2009, 1), Trajectory.fromIssue(), Optional.empty());
  static final LocalDate AFTER_Q1 = LocalDate.of(2009, 4, 30);

  /** A target of NI 59 at least the percentage by the deadline, its trajectory from the issue date. */
  static ThresholdByDate ni59ByDate(String id, String percent, Deadline deadline) {
    return new ThresholdByDate(RequirementId.of(id), NI59, Threshold.atLeast(percent, Unit.PERCENT), deadline,
        Trajectory.fromIssue(), Optional.empty());
  }

  static PerformanceData q1(long jan, long feb, long mar) {
    return data().addObservation(ratio(NI59, 2009, 1, jan, 100)).addObservation(ratio(NI59, 2009, 2, feb, 100))
        .addObservation(ratio(NI59, 2009, 3, mar, 100)).build();
  }

  @Test
  void aFigureExactlyAtTheThresholdMeetsIt() {
    // 60 + 70 + 65 of 300 = 65% exactly, by numerator and denominator
    assertFindings(notice(Q1_65), q1(60, 70, 65), AFTER_Q1, "ni59.1 MET GREEN threshold met");
  }

  @Test
  void aggregatesByNumeratorAndDenominatorNotByAveragingPercentages() {
    // 10/10 (100%), 50/100, 50/100 = 110/210 = 52.4%; the mean of percentages would be 66.7%
    PerformanceData d = data().addObservation(ratio(NI59, 2009, 1, 10, 10))
        .addObservation(ratio(NI59, 2009, 2, 50, 100)).addObservation(ratio(NI59, 2009, 3, 50, 100)).build();
    ComplianceReport report = Fixtures.ENGINE.evaluate(notice(Q1_65), d, AFTER_Q1);
    assertThat(Fixtures.summary(report)).containsExactly("ni59.1 MISSED RED threshold missed");
    assertThat(report.findings().get(0).values().get(0).value()).isLessThan(new BigDecimal("53"));
  }

  @Test
  void missedByNoMoreThanTheToleranceIsAmber() {
    // 58.5% is 6.5 points short: exactly the default tolerance of 10% of 65
    assertFindings(notice(Q1_65), q1(58, 59, 58), AFTER_Q1,
        "ni59.1 MISSED RED threshold missed");
    PerformanceData exactly = data().addObservation(ratio(NI59, 2009, 1, 117, 200))
        .addObservation(ratio(NI59, 2009, 2, 117, 200)).addObservation(ratio(NI59, 2009, 3, 117, 200)).build();
    assertFindings(notice(Q1_65), exactly, AFTER_Q1,
        "ni59.1 MISSED AMBER threshold missed within tolerance");
  }

  @Test
  void aPerIndicatorToleranceOverridesTheGlobalOne() {
    ComplianceEngine tight = Fixtures.ENGINE.withSettings(Settings.builder().tolerance(NI59, "0.01").build());
    assertFindings(tight, notice(Q1_65), q1(64, 64, 64), AFTER_Q1, "ni59.1 MISSED RED threshold missed");
    assertFindings(notice(Q1_65), q1(64, 64, 64), AFTER_Q1, "ni59.1 MISSED AMBER threshold missed within tolerance");
  }

  @Test
  void noFigureIsNoDataUnlessMissingDataIsStrict() {
    PerformanceData partial = data().addObservation(ratio(NI59, 2009, 1, 70, 100))
        .addObservation(ratio(NI59, 2009, 3, 70, 100)).build();
    assertFindings(notice(Q1_65), partial, AFTER_Q1, "ni59.1 NO_DATA GREY threshold figure missing");
    assertFindings(STRICT, notice(Q1_65), partial, AFTER_Q1, "ni59.1 MISSED RED threshold figure missing, strict");
  }

  @Test
  void aRevisionPublishedAfterTheAssessmentDateIsNotSeen() {
    ThresholdByDate vacancy = new ThresholdByDate(RequirementId.of("vacancy.1"), VACANCY,
        Threshold.atMost("14", Unit.PERCENT), Deadline.on(LocalDate.of(2009, 3, 31)), Trajectory.fromIssue(),
        Optional.empty());
    PerformanceData d = data()
        .addObservation(figure(VACANCY, org.improvementnotice.model.time.CalendarMonth.of(2009, 3), "13.5",
            LocalDate.of(2009, 4, 15)))
        .addObservation(figure(VACANCY, org.improvementnotice.model.time.CalendarMonth.of(2009, 3), "16",
            LocalDate.of(2009, 6, 1)))
        .build();
    assertFindings(notice(vacancy), d, LocalDate.of(2009, 5, 31), "vacancy.1 MET GREEN threshold met");
    assertFindings(notice(vacancy), d, LocalDate.of(2009, 6, 1), "vacancy.1 MISSED RED threshold missed");
  }

  @Test
  void aTargetWhoseDeadlinePrecedesTheNoticeIsDecidedAsUsualAndSaysSo() {
    // "by the end of February 2011" in a notice signed on 8 March 2011 (DOMAIN.md): a warning, decided as usual
    ThresholdByDate feb = ni59ByDate("ni59.early", "65", Deadline.endOf(YearMonth.of(2011, 2)));
    Notice signed = notice(org.improvementnotice.model.Governance.none(), LocalDate.of(2011, 3, 8), feb);
    PerformanceData d = data().addObservation(month(NI59, 2011, 2, "66")).build();
    ComplianceReport r = ENGINE.evaluate(signed, d, LocalDate.of(2011, 3, 31));
    assertSoleFinding(r, "ni59.early MET GREEN threshold met",
        "NI 59 was 66% for 2011-02, meeting the target of at least 65%. The deadline precedes the notice.");
  }

  @Test
  void aDeadlineOnAMonthEndIsDueTheDayAfterAndJudgedOnThatMonth() {
    ThresholdByDate feb = ni59ByDate("ni59.feb", "77", Deadline.endOf(YearMonth.of(2010, 2)));
    PerformanceData d = data().addObservation(month(NI59, 2010, 1, "60")).addObservation(month(NI59, 2010, 2, "78"))
        .build();
    assertFindings(notice(feb), d, LocalDate.of(2010, 2, 28), "ni59.feb OFF_TRACK RED forecast off track");
    assertFindings(notice(feb), d, LocalDate.of(2010, 3, 16), "ni59.feb MET GREEN threshold met");
  }

  @Test
  void theLastDayOfFebruaryInALeapYearIsTheDeadline() {
    ThresholdByDate feb = ni59ByDate("ni59.leap", "77", Deadline.endOf(YearMonth.of(2012, 2)));
    Notice n = notice(org.improvementnotice.model.Governance.none(), LocalDate.of(2011, 8, 31), feb);
    PerformanceData d = data().addObservation(figure(NI59, org.improvementnotice.model.time.CalendarMonth.of(2012, 2),
        "80", LocalDate.of(2012, 2, 29))).build();
    assertFindings(n, d, LocalDate.of(2012, 2, 29), "ni59.leap ON_TRACK GREEN forecast on track");
    assertFindings(n, d, LocalDate.of(2012, 3, 1), "ni59.leap MET GREEN threshold met");
  }

  @Test
  void aDeadlineAtAnEventNotInTheCalendarIsUnresolved() {
    ThresholdByDate atReview = ni59ByDate("ni59.review", "77", Deadline.atEvent("twelve month review"));
    assertFindings(notice(atReview), q1(70, 70, 70), AFTER_Q1,
        "ni59.review UNRESOLVED_DEADLINE GREY threshold deadline unresolved");
  }

  @Test
  void byADateJudgesTheLatestReportingPeriodEndingByIt() {
    // by 15 March 2010: the latest month ending on or before it is February 2010
    ThresholdByDate mid = ni59ByDate("ni59.mid", "77", Deadline.on(LocalDate.of(2010, 3, 15)));
    PerformanceData d = data().addObservation(month(NI59, 2010, 2, "70")).addObservation(month(NI59, 2010, 3, "90"))
        .build();
    assertFindings(notice(mid), d, LocalDate.of(2010, 5, 1), "ni59.mid MISSED AMBER threshold missed within tolerance");
  }

  @Test
  void anAverageOverAYearUsesNumeratorsAndDenominators() {
    AverageOverPeriod avg = ni59AverageOfAtLeast65(FinancialYear.startingIn(2009));
    PerformanceData.Builder b = data();
    for (int m = 4; m <= 12; m++) {
      b.addObservation(ratio(NI59, 2009, m, 70, 100));
    }
    for (int m = 1; m <= 3; m++) {
      b.addObservation(ratio(NI59, 2010, m, 50, 100));
    }
    // 9 x 70 + 3 x 50 = 780 of 1200 = 65%
    assertFindings(notice(avg), b.build(), LocalDate.of(2010, 4, 30), "avg MET GREEN threshold met");
    assertFindings(notice(avg), b.build(), LocalDate.of(2010, 3, 31), "avg NOT_YET_DUE GREY threshold not yet due");
  }

  @Test
  void aGapIsDerivedFromTwoSeriesInPercentagePoints() {
    IndicatorId cic = IndicatorId.of("KS2 ENG L4 CIC");
    IndicatorId all = IndicatorId.of("KS2 ENG L4 ALL");
    GapBetweenSeries gap = new GapBetweenSeries(RequirementId.of("gap"), new GapSource.Derived(cic, all),
        Threshold.atMost("34", Unit.PERCENTAGE_POINTS), Due.in(AcademicYear.startingIn(2011)));
    LocalDate published = LocalDate.of(2012, 12, 1);
    PerformanceData narrow = data().addObservation(figure(cic, AcademicYear.startingIn(2011), "46", published))
        .addObservation(figure(all, AcademicYear.startingIn(2011), "80", published)).build();
    PerformanceData wide = data().addObservation(figure(cic, AcademicYear.startingIn(2011), "40", published))
        .addObservation(figure(all, AcademicYear.startingIn(2011), "80", published)).build();
    LocalDate asAt = LocalDate.of(2013, 1, 1);
    Notice n = notice(org.improvementnotice.model.Governance.none(), LocalDate.of(2011, 6, 1), gap);
    assertFindings(n, narrow, asAt, "gap MET GREEN threshold met");
    assertFindings(n, wide, asAt, "gap MISSED RED threshold missed");
    // the explanation names the gap, not the children in care's own figure ("KS2 ENG L4 CIC was 40 pp")
    assertThat(ENGINE.evaluate(n, wide, asAt).finding("gap").orElseThrow().explanation())
        .isEqualTo("KS2 ENG L4 CIC's gap to KS2 ENG L4 ALL was 40 pp for AY2011/12 against a target of at most "
            + "34 pp: missed by more than the tolerance of 3.40 pp.");
  }

  /**
   * A mean of figures without counts (65.5, 65.5, 66: 65.666...) is shown to people at the indicator's precision,
   * the places its figures have in the data (one), and kept exact among the figures used.
   */
  @Test
  void anUnroundedFigureIsRoundedInTheExplanationAndKeptExactInTheFigures() {
    AverageOverPeriod avg = ni59AverageOfAtLeast65(CalendarQuarter.of(org.threeten.extra.YearQuarter.of(2010, 1)));
    PerformanceData d = data().addObservation(month(NI59, 2010, 1, "65.5"))
        .addObservation(month(NI59, 2010, 2, "65.5")).addObservation(month(NI59, 2010, 3, "66")).build();
    Finding f = ENGINE.evaluate(notice(avg), d, LocalDate.of(2010, 5, 1)).finding("avg")
        .orElseThrow();
    assertThat(f.explanation()).isEqualTo("NI 59 was 65.7% for 2010-Q1, meeting the target of at least 65%.");
    assertThat(f.values().get(0).value().toPlainString()).startsWith("65.6666666");
  }

  @Test
  void anAcademicYearFigureIsJudgedAfterThe31stOfAugust() {
    ThresholdInPeriod ni101 = new ThresholdInPeriod(RequirementId.of("ni101"), NI101,
        Threshold.atLeast("15", Unit.PERCENT), AcademicYear.startingIn(2008), Trajectory.fromIssue(), Optional.empty());
    PerformanceData d = data().addObservation(figure(NI101, AcademicYear.startingIn(2008), "15",
        LocalDate.of(2009, 8, 31))).build();
    assertFindings(notice(ni101), d, LocalDate.of(2009, 8, 31), "ni101 ON_TRACK GREEN forecast on track");
    assertFindings(notice(ni101), d, LocalDate.of(2009, 9, 1), "ni101 MET GREEN threshold met");
  }
}
