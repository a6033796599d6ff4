package org.improvementnotice.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.improvementnotice.rules.Fixtures.STRICT;
import static org.improvementnotice.rules.Fixtures.VACANCY;
import static org.improvementnotice.rules.Fixtures.assertFindings;
import static org.improvementnotice.rules.Fixtures.assertSoleFinding;
import static org.improvementnotice.rules.Fixtures.figure;
import static org.improvementnotice.rules.Fixtures.notice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.improvementnotice.model.data.BenchmarkValue;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.requirement.Baseline;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.requirement.Comparison;
import org.improvementnotice.model.requirement.Due;
import org.improvementnotice.model.requirement.RelativeToBenchmark;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.time.CalendarMonth;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.time.FinancialYear;
import org.junit.jupiter.api.Test;

/** benchmark.drl: form 6, a figure against a benchmark for the same period. */
class BenchmarkRulesTest {
  static final IndicatorId IA = IndicatorId.of("IA 10WD");
  static final FinancialYear FY = FinancialYear.startingIn(2009);
  static final RelativeToBenchmark VACANCY_SN = new RelativeToBenchmark(RequirementId.of("vacancy-sn"), VACANCY,
      BenchmarkKind.STATISTICAL_NEIGHBOURS, Comparison.AT_MOST, Due.in(FY), Optional.empty());
  static final LocalDate AFTER = LocalDate.of(2010, 9, 1);

  static PerformanceData vacancy(String figure, String benchmark) {
    PerformanceData.Builder b = Fixtures.data().addObservation(figure(VACANCY, FY, figure, LocalDate.of(2010, 6, 1)));
    if (benchmark != null) {
      b.addBenchmark(new BenchmarkValue(VACANCY, BenchmarkKind.STATISTICAL_NEIGHBOURS, FY, new BigDecimal(benchmark),
          "NFER", LocalDate.of(2010, 7, 1)));
    }
    return b.build();
  }

  @Test
  void exactlyAtTheBenchmarkMeetsIt() {
    assertFindings(notice(VACANCY_SN), vacancy("12", "12"), AFTER, "vacancy-sn MET GREEN benchmark met");
  }

  @Test
  void polarityDecidesTheDirection() {
    assertFindings(notice(VACANCY_SN), vacancy("13", "12"), AFTER,
        "vacancy-sn MISSED AMBER benchmark missed within tolerance");
    assertFindings(notice(VACANCY_SN), vacancy("14", "12"), AFTER, "vacancy-sn MISSED RED benchmark missed");
  }

  @Test
  void aMissingBenchmarkIsNoDataEvenWhenStrict() {
    assertFindings(STRICT, notice(VACANCY_SN), vacancy("12", null), AFTER,
        "vacancy-sn NO_DATA GREY benchmark value missing");
  }

  @Test
  void aBenchmarkPublishedAfterTheAssessmentDateIsNotSeen() {
    assertFindings(notice(VACANCY_SN), vacancy("12", "12"), LocalDate.of(2010, 6, 30),
        "vacancy-sn NO_DATA GREY benchmark value missing");
  }

  @Test
  void aMissingFigureIsNoDataUnlessStrict() {
    PerformanceData onlyBenchmark = Fixtures.data().addBenchmark(new BenchmarkValue(VACANCY,
        BenchmarkKind.STATISTICAL_NEIGHBOURS, FY, new BigDecimal("12"), "NFER", LocalDate.of(2010, 7, 1))).build();
    assertFindings(notice(VACANCY_SN), onlyBenchmark, AFTER, "vacancy-sn NO_DATA GREY benchmark figure missing");
    assertFindings(STRICT, notice(VACANCY_SN), onlyBenchmark, AFTER,
        "vacancy-sn MISSED RED benchmark figure missing, strict");
  }

  @Test
  void aDeadlineAtAnEventNotInTheCalendarIsUnresolved() {
    RelativeToBenchmark atReview = new RelativeToBenchmark(RequirementId.of("at-review"), VACANCY,
        BenchmarkKind.ENGLAND, Comparison.AT_MOST, Due.by(org.improvementnotice.model.time.Deadline.atEvent(
            "six month review")), Optional.empty());
    assertFindings(notice(atReview), vacancy("12", "12"), AFTER,
        "at-review UNRESOLVED_DEADLINE GREY benchmark deadline unresolved");
  }

  @Test
  void beforeThePeriodEndsWithNoBenchmarkKnownThereIsNothingToForecastAgainst() {
    assertFindings(notice(VACANCY_SN), vacancy("12", "12"), LocalDate.of(2010, 3, 31),
        "vacancy-sn NO_DATA GREY forecast without benchmark");
  }

  /** Initial assessments at least the England average by 30 September 2010, from a stated baseline of 50%. */
  static final RelativeToBenchmark IA_ENGLAND = new RelativeToBenchmark(RequirementId.of("initial"), IA,
      BenchmarkKind.ENGLAND, Comparison.AT_LEAST, Due.by(Deadline.on(LocalDate.of(2010, 9, 30))),
      Optional.of(Baseline.stated(new BigDecimal("50"), CalendarMonth.of(2008, 11))));

  /** England's monthly averages for May (80%) and June 2009 (70%), and the council's June 2009 at {@code june}. */
  static PerformanceData initial(String june) {
    PerformanceData.Builder b = Fixtures.data()
        .addBenchmark(new BenchmarkValue(IA, BenchmarkKind.ENGLAND, CalendarMonth.of(2009, 5), new BigDecimal("80"),
            "DfE", LocalDate.of(2009, 6, 15)))
        .addBenchmark(new BenchmarkValue(IA, BenchmarkKind.ENGLAND, CalendarMonth.of(2009, 6), new BigDecimal("70"),
            "DfE", LocalDate.of(2009, 7, 15)));
    return june == null ? b.build() : b.addObservation(Fixtures.month(IA, 2009, 6, june)).build();
  }

  @Test
  void beforeItIsDueItIsForecastAgainstTheLatestBenchmarkKnown() {
    // from 50% at 30 November 2008 to June 2009's 70% at 30 September 2010: at 30 June 2009
    // 50 + 20 x 212/669 = 56.3378; the tolerance is 10% of 70
    LocalDate july = LocalDate.of(2009, 7, 20);
    ComplianceReport report = Fixtures.ENGINE.evaluate(notice(IA_ENGLAND), initial("57"), july);
    assertThat(Fixtures.summary(report)).containsExactly("initial ON_TRACK GREEN forecast on track");
    assertThat(report.findings().get(0).values()).extracting(FigureUsed::toString).containsExactly(
        "England benchmark 70 for 2009-06", "baseline 50 for 2008-11", "latest 57 for 2009-06",
        "expected 56.3378 for 2009-06");
    assertThat(report.findings().get(0).explanation()).isEqualTo("Not yet due (at least the England average, 70% for "
        + "2009-06, by 2010-09-30): IA 10WD at 57% for 2009-06 is on or better than the 56.3% expected on the "
        + "trajectory.");
    assertFindings(notice(IA_ENGLAND), initial("56"), july, "initial AT_RISK AMBER forecast at risk");
    assertFindings(notice(IA_ENGLAND), initial("49"), july, "initial OFF_TRACK RED forecast off track");
    assertFindings(notice(IA_ENGLAND), initial(null), july, "initial NO_DATA GREY forecast without data");
  }

  @Test
  void beforeItIsDueWithoutABenchmarkKnownItIsNoData() {
    PerformanceData onlyFigure = Fixtures.data().addObservation(Fixtures.month(IA, 2009, 6, "57")).build();
    ComplianceReport report = Fixtures.ENGINE.evaluate(notice(IA_ENGLAND), onlyFigure, LocalDate.of(2009, 7, 20));
    assertSoleFinding(report, "initial NO_DATA GREY forecast without benchmark",
        "Not yet due (at least the England average by "
        + "2010-09-30), and no England average is known at 2009-07-20 to forecast against.");
  }

  @Test
  void theBenchmarkIsReportedBesideTheFigure() {
    Finding f = Fixtures.ENGINE.evaluate(notice(VACANCY_SN), vacancy("14", "12"), AFTER).findings().get(0);
    assertThat(f.values()).extracting(FigureUsed::toString)
        .containsExactly("figure 14 for FY2009-10", "statistical neighbour benchmark 12 for FY2009-10");
    assertThat(f.threshold()).contains("at most the statistical neighbour average");
  }
}
