package org.improvementnotice.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.improvementnotice.rules.Fixtures.STRICT;
import static org.improvementnotice.rules.Fixtures.VACANCY;
import static org.improvementnotice.rules.Fixtures.assertFindings;
import static org.improvementnotice.rules.Fixtures.notice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.improvementnotice.model.Rag;
import org.improvementnotice.model.data.BenchmarkValue;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.data.UnavailableFigure;
import org.improvementnotice.model.indicator.Unit;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.requirement.Comparison;
import org.improvementnotice.model.requirement.Due;
import org.improvementnotice.model.requirement.RelativeToBenchmark;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.requirement.Threshold;
import org.improvementnotice.model.requirement.ThresholdInPeriod;
import org.improvementnotice.model.requirement.Trajectory;
import org.improvementnotice.model.time.FinancialYear;
import org.junit.jupiter.api.Test;

/**
 * Figures published without a value (suppressed, not available) and benchmarks that could not be computed: the
 * requirement they would decide is no data, never green and never missed, and its finding says why.
 */
class UnavailableFiguresTest {
  static final FinancialYear FY = FinancialYear.startingIn(2009);
  static final LocalDate AFTER = LocalDate.of(2010, 9, 1);
  static final ThresholdInPeriod TARGET = new ThresholdInPeriod(RequirementId.of("vacancy"), VACANCY,
      Threshold.atMost("10", Unit.PERCENT), FY, Trajectory.fromIssue(), Optional.empty());
  static final RelativeToBenchmark VACANCY_SN = new RelativeToBenchmark(RequirementId.of("vacancy-sn"), VACANCY,
      BenchmarkKind.STATISTICAL_NEIGHBOURS, Comparison.AT_MOST, Due.in(FY), Optional.empty());

  static UnavailableFigure suppressed() {
    return new UnavailableFigure(VACANCY, Optional.empty(), FY, Optional.of("c"),
        "'c' (suppressed to protect confidentiality) in vacancy_rate_fte", "DfE csww.csv:12", LocalDate.of(2010, 7, 1));
  }

  @Test
  void aSuppressedFigureIsNoDataNamingTheSuppressionEvenWhenStrict() {
    PerformanceData data = Fixtures.data().addUnavailable(suppressed()).build();
    for (ComplianceEngine engine : new ComplianceEngine[] {Fixtures.ENGINE, STRICT}) {
      ComplianceReport report = engine.evaluate(notice(TARGET), data, AFTER);
      Finding f = report.findings().get(0);
      assertThat(f.status()).isEqualTo(Status.NO_DATA);
      assertThat(f.rag()).isEqualTo(Rag.GREY);
      assertThat(f.explanation()).contains("it is published without a value, 'c' (suppressed to protect "
          + "confidentiality) in vacancy_rate_fte, DfE csww.csv:12");
    }
    // without the notice of suppression, strict missing data counts the gap as missed
    assertFindings(STRICT, notice(TARGET), Fixtures.data().build(), AFTER,
        "vacancy MISSED RED threshold figure missing, strict");
  }

  @Test
  void theSuppressionIsNotKnownBeforeItIsPublished() {
    PerformanceData data = Fixtures.data().addUnavailable(suppressed()).build();
    Finding f = Fixtures.ENGINE.evaluate(notice(TARGET), data, LocalDate.of(2010, 6, 30)).findings().get(0);
    assertThat(f.status()).isEqualTo(Status.NO_DATA);
    assertThat(f.explanation()).doesNotContain("suppressed");
  }

  @Test
  void aBenchmarkThatCouldNotBeComputedSaysWhy() {
    PerformanceData data = Fixtures.data()
        .addObservation(Fixtures.figure(VACANCY, FY, "12", LocalDate.of(2010, 6, 1)))
        .addUnavailable(new UnavailableFigure(VACANCY, Optional.of(BenchmarkKind.STATISTICAL_NEIGHBOURS), FY,
            Optional.empty(), "only 6 of 10 neighbours have a figure; at least 7 are needed",
            "statistical neighbour mean (model sn.csv)", LocalDate.of(2010, 7, 1)))
        .build();
    Finding f = STRICT.evaluate(notice(VACANCY_SN), data, AFTER).findings().get(0);
    assertThat(f.status()).isEqualTo(Status.NO_DATA);
    assertThat(f.explanation()).isEqualTo("No statistical neighbour average figure for FY2009-10 is known at "
        + "2010-09-01 to compare SW VACANCY with: it could not be computed, only 6 of 10 neighbours have a figure; "
        + "at least 7 are needed, statistical neighbour mean (model sn.csv).");
  }

  @Test
  void aBenchmarksSourceIsQuoted() {
    PerformanceData data = Fixtures.data()
        .addObservation(Fixtures.figure(VACANCY, FY, "12", LocalDate.of(2010, 6, 1)))
        .addBenchmark(new BenchmarkValue(VACANCY, BenchmarkKind.STATISTICAL_NEIGHBOURS, FY, new BigDecimal("12"),
            "statistical neighbour mean of 9 of 10 neighbours", LocalDate.of(2010, 7, 1)))
        .build();
    assertThat(Fixtures.ENGINE.evaluate(notice(VACANCY_SN), data, AFTER).findings().get(0).explanation())
        .contains("(12%; statistical neighbour mean of 9 of 10 neighbours)");
  }

  @Test
  void theFiguresOfTheDataAsAtADateKeepTheirSuppressions() {
    PerformanceData data = Fixtures.data().addUnavailable(suppressed()).build();
    assertThat(data.asAt(AFTER).unavailable()).containsExactly(suppressed());
    assertThat(data.asAt(LocalDate.of(2010, 6, 30)).unavailable()).isEmpty();
    assertThat(data.unavailable(VACANCY, Optional.empty(), FY, AFTER)).hasValue(suppressed());
    assertThat(data.unavailable(VACANCY, Optional.of(BenchmarkKind.ENGLAND), FY, AFTER)).isEmpty();
  }
}
