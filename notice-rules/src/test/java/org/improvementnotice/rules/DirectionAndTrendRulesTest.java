package org.improvementnotice.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.improvementnotice.rules.Fixtures.NI59;
import static org.improvementnotice.rules.Fixtures.NI101;
import static org.improvementnotice.rules.Fixtures.UNALLOCATED;
import static org.improvementnotice.rules.Fixtures.assertFindings;
import static org.improvementnotice.rules.Fixtures.assertSoleFinding;
import static org.improvementnotice.rules.Fixtures.data;
import static org.improvementnotice.rules.Fixtures.figure;
import static org.improvementnotice.rules.Fixtures.month;
import static org.improvementnotice.rules.Fixtures.notice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.requirement.Baseline;
import org.improvementnotice.model.requirement.Direction;
import org.improvementnotice.model.requirement.DirectionOnly;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.requirement.SustainedTrend;
import org.improvementnotice.model.time.AcademicYear;
import org.improvementnotice.model.time.Window;
import org.junit.jupiter.api.Test;

/** direction.drl (form 8) and trend.drl (form 15). */
class DirectionAndTrendRulesTest {
  static final DirectionOnly IMPROVE_GCSE = new DirectionOnly(RequirementId.of("gcse"), NI101, Direction.IMPROVE,
      Baseline.stated(new BigDecimal("12"), AcademicYear.startingIn(2007)), Window.ofNotice());
  static final DirectionOnly MINIMISE = new DirectionOnly(RequirementId.of("minimise"), UNALLOCATED,
      Direction.MINIMISE, Baseline.atIssue(), Window.ofNotice());
  static final SustainedTrend TREND = new SustainedTrend(RequirementId.of("trend"), NI59, OptionalInt.empty(),
      Window.ofNotice());

  @Test
  void improvedOnlyWhenStrictlyBetterThanTheBaseline() {
    LocalDate asAt = LocalDate.of(2009, 12, 1);
    PerformanceData same = data().addObservation(figure(NI101, AcademicYear.startingIn(2008), "12",
        LocalDate.of(2009, 11, 1))).build();
    PerformanceData better = data().addObservation(figure(NI101, AcademicYear.startingIn(2008), "12.5",
        LocalDate.of(2009, 11, 1))).build();
    assertFindings(notice(IMPROVE_GCSE), same, asAt, "gcse NOT_IMPROVED RED not improved on baseline");
    assertFindings(notice(IMPROVE_GCSE), better, asAt, "gcse IMPROVED GREEN improved on baseline");
    assertFindings(notice(IMPROVE_GCSE), data().build(), asAt, "gcse NO_DATA GREY improvement figures missing");
  }

  @Test
  void improveJudgesOnlyAFigureForAPeriodEndingInItsWindow() {
    DirectionOnly fromSeptember = new DirectionOnly(RequirementId.of("gcse"), NI101, Direction.IMPROVE,
        Baseline.stated(new BigDecimal("12"), AcademicYear.startingIn(2007)), Window.from(LocalDate.of(2009, 9, 1)));
    PerformanceData better = data().addObservation(figure(NI101, AcademicYear.startingIn(2008), "12.5",
        LocalDate.of(2009, 11, 1))).build();
    // 2008/09 ended on 31 August 2009, before the window began
    assertFindings(notice(fromSeptember), better, LocalDate.of(2009, 12, 1),
        "gcse NO_DATA GREY improvement figures missing");
    assertFindings(notice(IMPROVE_GCSE), better, LocalDate.of(2009, 12, 1), "gcse IMPROVED GREEN improved on baseline");
  }

  @Test
  void minimisingFailsWhenAPeriodRisesByMoreThanTheToleranceOnTheOneBefore() {
    // at issue (November 2008) 20; tolerance 10% of the period before
    PerformanceData d = data().addObservation(month(UNALLOCATED, 2008, 11, "20"))
        .addObservation(month(UNALLOCATED, 2008, 12, "22"))   // +2 on 20: exactly the tolerance
        .addObservation(month(UNALLOCATED, 2009, 1, "15"))
        .addObservation(month(UNALLOCATED, 2009, 2, "17")).build(); // +2 on 15: beyond 1.5
    assertFindings(notice(MINIMISE), d, LocalDate.of(2009, 2, 10), "minimise IMPROVED GREEN minimising held");
    ComplianceReport r = Fixtures.ENGINE.evaluate(notice(MINIMISE), d, LocalDate.of(2009, 3, 20));
    assertSoleFinding(r, "minimise NOT_IMPROVED RED minimising rose beyond tolerance",
        "UNALLOCATED rose in 2009-02 by more than the tolerance on the period before.");
    assertFindings(notice(MINIMISE), data().build(), LocalDate.of(2009, 3, 20),
        "minimise NO_DATA GREY minimising figures missing");
  }

  static PerformanceData ni59(String... values) {
    PerformanceData.Builder b = data();
    for (int i = 0; i < values.length; i++) {
      b.addObservation(month(NI59, 2009, i + 1, values[i]));
    }
    return b.build();
  }

  @Test
  void threeConsecutivePeriodsEachWorseIsASustainedDownwardTrend() {
    LocalDate asAt = LocalDate.of(2009, 12, 31);
    ComplianceReport r = Fixtures.ENGINE.evaluate(notice(TREND), ni59("70", "69", "68", "67"), asAt);
    assertSoleFinding(r, "trend TREND_DOWN AMBER sustained downward trend",
        "NI 59 worsened in 3 consecutive periods to 2009-04: a sustained downward trend.");
    assertThat(r.compliedSoFar()).isTrue();
    assertFindings(notice(TREND), ni59("70", "69", "69", "68", "67"), asAt,
        "trend NO_TREND GREEN no sustained downward trend");
    assertFindings(notice(TREND), ni59("70", "69", "68"), asAt, "trend NO_DATA GREY trend too few figures");
  }

  @Test
  void aRunBrokenSinceIsHistoryNamedInTheExplanationOnly() {
    ComplianceReport r = Fixtures.ENGINE.evaluate(notice(TREND), ni59("70", "69", "68", "67", "80"),
        LocalDate.of(2009, 12, 31));
    assertSoleFinding(r, "trend NO_TREND GREEN no sustained downward trend",
        "NI 59 did not worsen in each of the last 3 periods; "
        + "it worsened in 3 consecutive periods to 2009-04, a run broken since.");
  }

  /**
   * The Surrey 2018 plan's watch, from its date (18 December 2018, here 18 December 2008): December's figure,
   * the last before the watch starts, starts the first step.
   */
  @Test
  void theFirstStepMayStartFromTheLastFigureBeforeTheWatch() {
    Notice mid = notice(Fixtures.BOARDS, LocalDate.of(2008, 12, 18), TREND);
    PerformanceData.Builder b = data().addObservation(month(NI59, 2008, 12, "70"));
    String[] values = {"69", "68", "67", "66", "67", "68", "69", "70"};
    for (int i = 0; i < values.length; i++) {
      b.addObservation(month(NI59, 2009, i + 1, values[i]));
    }
    PerformanceData d = b.build();
    ComplianceReport april = Fixtures.ENGINE.evaluate(mid, d, LocalDate.of(2009, 4, 30));
    assertThat(Fixtures.summary(april)).containsExactly("trend TREND_DOWN AMBER sustained downward trend");
    assertThat(april.findings().get(0).values()).extracting(FigureUsed::toString).containsExactly(
        "before window 70 for 2008-12", "figure 69 for 2009-01", "figure 68 for 2009-02", "figure 67 for 2009-03");
    ComplianceReport september = Fixtures.ENGINE.evaluate(mid, d, LocalDate.of(2009, 9, 30));
    assertSoleFinding(september, "trend NO_TREND GREEN no sustained downward trend",
        "NI 59 did not worsen in each of the last 3 "
        + "periods; it worsened in 4 consecutive periods to 2009-04, a run broken since.");
  }

  @Test
  void theTrendLengthComesFromTheRequirementOrTheSetting() {
    LocalDate asAt = LocalDate.of(2009, 12, 31);
    SustainedTrend two = new SustainedTrend(RequirementId.of("trend2"), NI59, OptionalInt.of(2), Window.ofNotice());
    assertFindings(notice(two), ni59("70", "69", "68"), asAt, "trend2 TREND_DOWN AMBER sustained downward trend");
    ComplianceEngine four = Fixtures.ENGINE.withSettings(Settings.builder().trendLength(4).build());
    assertFindings(four, notice(TREND), ni59("70", "69", "68", "67", "80"), asAt,
        "trend NO_TREND GREEN no sustained downward trend");
  }

  @Test
  void aLowerIsBetterTrendWorsensUpwards() {
    SustainedTrend vacancy = new SustainedTrend(RequirementId.of("vac-trend"), IndicatorId.of("SW VACANCY"),
        OptionalInt.empty(), Window.ofNotice());
    PerformanceData.Builder b = data();
    String[] values = {"10", "11", "12", "13"};
    for (int i = 0; i < values.length; i++) {
      b.addObservation(month(IndicatorId.of("SW VACANCY"), 2009, i + 1, values[i]));
    }
    assertFindings(notice(vacancy), b.build(), LocalDate.of(2009, 12, 31),
        "vac-trend TREND_DOWN AMBER sustained downward trend");
  }
}
