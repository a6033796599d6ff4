package org.improvementnotice.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.improvementnotice.rules.Fixtures.VACANCY;
import static org.improvementnotice.rules.Fixtures.evaluate;
import static org.improvementnotice.rules.Fixtures.figure;
import static org.improvementnotice.rules.Fixtures.notice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.improvementnotice.model.data.BenchmarkValue;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.requirement.Comparison;
import org.improvementnotice.model.requirement.Due;
import org.improvementnotice.model.requirement.RelativeToBenchmark;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.time.FinancialYear;
import org.junit.jupiter.api.Test;

/** benchmark.drl: form 6, a figure against a benchmark for the same period. */
class BenchmarkRulesTest {
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
    assertThat(evaluate(notice(VACANCY_SN), vacancy("12", "12"), AFTER))
        .containsExactly("vacancy-sn MET GREEN benchmark met");
  }

  @Test
  void polarityDecidesTheDirection() {
    assertThat(evaluate(notice(VACANCY_SN), vacancy("13", "12"), AFTER))
        .containsExactly("vacancy-sn MISSED AMBER benchmark missed within tolerance");
    assertThat(evaluate(notice(VACANCY_SN), vacancy("14", "12"), AFTER))
        .containsExactly("vacancy-sn MISSED RED benchmark missed");
  }

  @Test
  void aMissingBenchmarkIsNoDataEvenWhenStrict() {
    ComplianceEngine strict = Fixtures.ENGINE.withSettings(Settings.builder().missingData(MissingData.STRICT).build());
    assertThat(evaluate(strict, notice(VACANCY_SN), vacancy("12", null), AFTER))
        .containsExactly("vacancy-sn NO_DATA GREY benchmark value missing");
  }

  @Test
  void aBenchmarkPublishedAfterTheAssessmentDateIsNotSeen() {
    assertThat(evaluate(notice(VACANCY_SN), vacancy("12", "12"), LocalDate.of(2010, 6, 30)))
        .containsExactly("vacancy-sn NO_DATA GREY benchmark value missing");
  }

  @Test
  void aMissingFigureIsNoDataUnlessStrict() {
    PerformanceData onlyBenchmark = Fixtures.data().addBenchmark(new BenchmarkValue(VACANCY,
        BenchmarkKind.STATISTICAL_NEIGHBOURS, FY, new BigDecimal("12"), "NFER", LocalDate.of(2010, 7, 1))).build();
    assertThat(evaluate(notice(VACANCY_SN), onlyBenchmark, AFTER))
        .containsExactly("vacancy-sn NO_DATA GREY benchmark figure missing");
    ComplianceEngine strict = Fixtures.ENGINE.withSettings(Settings.builder().missingData(MissingData.STRICT).build());
    assertThat(evaluate(strict, notice(VACANCY_SN), onlyBenchmark, AFTER))
        .containsExactly("vacancy-sn MISSED RED benchmark figure missing, strict");
  }

  @Test
  void aDeadlineAtAnEventNotInTheCalendarIsUnresolved() {
    RelativeToBenchmark atReview = new RelativeToBenchmark(RequirementId.of("at-review"), VACANCY,
        BenchmarkKind.ENGLAND, Comparison.AT_MOST, Due.by(org.improvementnotice.model.time.Deadline.atEvent(
            "six month review")), Optional.empty());
    assertThat(evaluate(notice(atReview), vacancy("12", "12"), AFTER))
        .containsExactly("at-review UNRESOLVED_DEADLINE GREY benchmark deadline unresolved");
  }

  @Test
  void beforeThePeriodEndsItIsNotYetDue() {
    assertThat(evaluate(notice(VACANCY_SN), vacancy("12", "12"), LocalDate.of(2010, 3, 31)))
        .containsExactly("vacancy-sn NOT_YET_DUE GREY benchmark not yet due");
  }

  @Test
  void theBenchmarkIsReportedBesideTheFigure() {
    Finding f = Fixtures.ENGINE.evaluate(notice(VACANCY_SN), vacancy("14", "12"), AFTER).findings().get(0);
    assertThat(f.values()).extracting(FigureUsed::toString)
        .containsExactly("figure 14 for FY2009-10", "statistical neighbour benchmark 12 for FY2009-10");
    assertThat(f.threshold()).contains("at most the statistical neighbour average");
  }
}
