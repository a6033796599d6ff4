package org.improvementnotice.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.improvementnotice.rules.Fixtures.ENGINE;
import static org.improvementnotice.rules.Fixtures.NI59;
import static org.improvementnotice.rules.Fixtures.STRICT;
import static org.improvementnotice.rules.Fixtures.UNALLOCATED;
import static org.improvementnotice.rules.Fixtures.VACANCY;
import static org.improvementnotice.rules.Fixtures.assertFindings;
import static org.improvementnotice.rules.Fixtures.data;
import static org.improvementnotice.rules.Fixtures.figure;
import static org.improvementnotice.rules.Fixtures.month;
import static org.improvementnotice.rules.Fixtures.notice;
import static org.improvementnotice.rules.Fixtures.ratio;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.improvementnotice.model.Governance;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.BenchmarkValue;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.data.UnavailableFigure;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.indicator.Unit;
import org.improvementnotice.model.requirement.AverageOverPeriod;
import org.improvementnotice.model.requirement.Baseline;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.requirement.Comparison;
import org.improvementnotice.model.requirement.Direction;
import org.improvementnotice.model.requirement.DirectionOnly;
import org.improvementnotice.model.requirement.Due;
import org.improvementnotice.model.requirement.GapBetweenSeries;
import org.improvementnotice.model.requirement.GapSource;
import org.improvementnotice.model.requirement.RelativeToBenchmark;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.requirement.SustainedTrend;
import org.improvementnotice.model.requirement.Threshold;
import org.improvementnotice.model.requirement.ThresholdInPeriod;
import org.improvementnotice.model.requirement.Trajectory;
import org.improvementnotice.model.time.AcademicYear;
import org.improvementnotice.model.time.CalendarMonth;
import org.improvementnotice.model.time.CalendarQuarter;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.time.FinancialYear;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.Window;
import org.junit.jupiter.api.Test;

/**
 * A figure published without a value in every form that reads figures (DOMAIN.md, "Suppressed and unavailable
 * figures": the requirement it would decide is no data with that reason, never green). Withheld at a date means:
 * no value is known then, and a notice published by then says the figure (or, for a longer period, one of its
 * periods of the indicator's reporting kind) has none. A known value wins. Forecasts, derived baselines and runs
 * never step over a withheld figure to an older one.
 */
class UnavailableFigureRulesTest {
  static final String REASON = "'c' (suppressed to protect confidentiality), test.csv:3";

  /** A notice, published on the date, that the figure for the period has no value. */
  static UnavailableFigure withheld(IndicatorId id, Period p, LocalDate published) {
    return new UnavailableFigure(id, Optional.empty(), p, Optional.of("c"),
        "'c' (suppressed to protect confidentiality)", "test.csv:3", published);
  }

  /** The month's figure withheld, the notice published on the 15th of the month after (as {@code month}). */
  static UnavailableFigure withheldMonth(IndicatorId id, int year, int month) {
    CalendarMonth p = CalendarMonth.of(year, month);
    return withheld(id, p, p.endInclusive().plusDays(15));
  }

  static String explanation(ComplianceEngine engine, Notice notice, PerformanceData data, LocalDate asAt) {
    return engine.evaluate(notice, data, asAt).findings().get(0).explanation();
  }

  // --- forms 1, 9, 10 once due: no data even when missing data is strict ---

  @Test
  void anAverageWithAWithheldMonthIsNoDataNamingTheMonthEvenWhenStrict() {
    AverageOverPeriod avg = Fixtures.ni59AverageOfAtLeast65(FinancialYear.startingIn(2009));
    PerformanceData.Builder b = data();
    for (int m = 1; m <= 12; m++) {
      CalendarMonth p = CalendarMonth.of(YearMonth.from(FinancialYear.startingIn(2009).start().plusMonths(m - 1)));
      if (m != 4) {
        b.addObservation(ratio(NI59, p.yearMonth().getYear(), p.yearMonth().getMonthValue(), 70, 100));
      }
    }
    PerformanceData gap = b.build();
    PerformanceData suppressed = b.addUnavailable(withheldMonth(NI59, 2009, 7)).build();
    LocalDate asAt = LocalDate.of(2010, 4, 30);
    for (ComplianceEngine engine : List.of(ENGINE, STRICT)) {
      assertFindings(engine, notice(avg), suppressed, asAt, "avg NO_DATA GREY threshold figure missing");
      assertThat(explanation(engine, notice(avg), suppressed, asAt)).isEqualTo("No figure for NI 59 for FY2009-10 "
          + "is known at 2010-04-30: the figure for 2009-07 is published without a value, " + REASON + ".");
    }
    // a month merely missing is the council's to supply: missed under strict
    assertFindings(STRICT, notice(avg), gap, asAt, "avg MISSED RED threshold figure missing, strict");
  }

  @Test
  void aGapWithEitherSeriesWithheldIsNoDataEvenWhenStrict() {
    IndicatorId cic = IndicatorId.of("KS2 ENG L4 CIC");
    IndicatorId all = IndicatorId.of("KS2 ENG L4 ALL");
    AcademicYear year = AcademicYear.startingIn(2011);
    GapBetweenSeries gap = new GapBetweenSeries(RequirementId.of("gap"), new GapSource.Derived(cic, all),
        Threshold.atMost("34", Unit.PERCENTAGE_POINTS), Due.in(year));
    LocalDate published = LocalDate.of(2012, 12, 1);
    Notice n = notice(Governance.none(), LocalDate.of(2011, 6, 1), gap);
    LocalDate asAt = LocalDate.of(2013, 1, 1);
    PerformanceData referenceWithheld = data().addObservation(figure(cic, year, "40", published))
        .addUnavailable(withheld(all, year, published)).build();
    assertFindings(STRICT, n, referenceWithheld, asAt, "gap NO_DATA GREY threshold figure missing");
    assertThat(explanation(STRICT, n, referenceWithheld, asAt)).isEqualTo("No figure for KS2 ENG L4 CIC's gap to KS2 "
        + "ENG L4 ALL for AY2011/12 is known at 2013-01-01: the figure of KS2 ENG L4 ALL for AY2011/12 is published "
        + "without a value, " + REASON + ".");
    PerformanceData subjectWithheld = data().addUnavailable(withheld(cic, year, published))
        .addObservation(figure(all, year, "80", published)).build();
    assertThat(explanation(STRICT, n, subjectWithheld, asAt)).contains("the figure of KS2 ENG L4 CIC for AY2011/12 is "
        + "published without a value");
    PerformanceData referenceMissing = data().addObservation(figure(cic, year, "40", published)).build();
    assertFindings(STRICT, n, referenceMissing, asAt, "gap MISSED RED threshold figure missing, strict");
  }

  @Test
  void aQuarterWithAWithheldMonthIsNoDataEvenWhenStrict() {
    ThresholdInPeriod q1 = new ThresholdInPeriod(RequirementId.of("q1"), NI59, Threshold.atLeast("65", Unit.PERCENT),
        CalendarQuarter.of(2009, 1), Trajectory.fromIssue(), Optional.empty());
    PerformanceData.Builder b = data().addObservation(ratio(NI59, 2009, 1, 70, 100))
        .addObservation(ratio(NI59, 2009, 3, 70, 100));
    LocalDate asAt = LocalDate.of(2009, 5, 1);
    assertFindings(STRICT, notice(q1), b.build(), asAt, "q1 MISSED RED threshold figure missing, strict");
    PerformanceData d = b.addUnavailable(withheldMonth(NI59, 2009, 2)).build();
    assertFindings(STRICT, notice(q1), d, asAt, "q1 NO_DATA GREY threshold figure missing");
    assertThat(explanation(STRICT, notice(q1), d, asAt)).endsWith(": the figure for 2009-02 is published without a "
        + "value, " + REASON + ".");
  }

  @Test
  void aFigureTakenAtThePeriodsEndIsWithheldOnlyByItsLastMonth() {
    ThresholdInPeriod vacancy = new ThresholdInPeriod(RequirementId.of("vacancy"), VACANCY,
        Threshold.atMost("10", Unit.PERCENT), FinancialYear.startingIn(2009), Trajectory.fromIssue(),
        Optional.empty());
    LocalDate asAt = LocalDate.of(2010, 5, 1);
    // May withheld, March merely missing: the year's figure is March's, which the council has not supplied
    PerformanceData may = data().addUnavailable(withheldMonth(VACANCY, 2009, 5)).build();
    assertFindings(STRICT, notice(vacancy), may, asAt, "vacancy MISSED RED threshold figure missing, strict");
    PerformanceData march = data().addUnavailable(withheldMonth(VACANCY, 2010, 3)).build();
    assertFindings(STRICT, notice(vacancy), march, asAt, "vacancy NO_DATA GREY threshold figure missing");
  }

  @Test
  void aKnownValueWinsOverANoticeThatItHasNone() {
    ThresholdInPeriod q1 = new ThresholdInPeriod(RequirementId.of("q1"), NI59, Threshold.atLeast("65", Unit.PERCENT),
        CalendarQuarter.of(2009, 1), Trajectory.fromIssue(), Optional.empty());
    PerformanceData d = data().addObservation(ratio(NI59, 2009, 1, 70, 100))
        .addObservation(ratio(NI59, 2009, 2, 70, 100)).addUnavailable(withheldMonth(NI59, 2009, 2))
        .addObservation(ratio(NI59, 2009, 3, 70, 100)).build();
    assertFindings(STRICT, notice(q1), d, LocalDate.of(2009, 5, 1), "q1 MET GREEN threshold met");
  }

  // --- forecasts: never from an older figure past a withheld one ---

  /** NI 59 at least 77% over 2009-10, along the trajectory from the level at issue (November 2008). */
  static final ThresholdInPeriod NI59_YEAR = new ThresholdInPeriod(RequirementId.of("ni59"), NI59,
      Threshold.atLeast("77", Unit.PERCENT), FinancialYear.startingIn(2009), Trajectory.fromIssue(), Optional.empty());

  @Test
  void aForecastWhoseLatestFigureIsWithheldIsNoData() {
    PerformanceData.Builder b = data().addObservation(month(NI59, 2008, 11, "50"))
        .addObservation(month(NI59, 2009, 6, "70")).addUnavailable(withheldMonth(NI59, 2009, 7));
    PerformanceData d = b.build();
    // July's notice is published on 15 August: before it, June is the latest figure
    assertFindings(notice(NI59_YEAR), d, LocalDate.of(2009, 8, 10), "ni59 ON_TRACK GREEN forecast on track");
    assertFindings(notice(NI59_YEAR), d, LocalDate.of(2009, 8, 20), "ni59 NO_DATA GREY forecast without data");
    assertThat(explanation(ENGINE, notice(NI59_YEAR), d, LocalDate.of(2009, 8, 20))).isEqualTo("Not yet due (at "
        + "least 77% by 2010-03-31), and no figure for NI 59 after its baseline of 50% for 2008-11 is known at "
        + "2009-08-20 to forecast from: the figure for 2009-07 is published without a value, " + REASON + ".");
    // a value for July, once known, wins
    PerformanceData valued = b.addObservation(month(NI59, 2009, 7, "71")).build();
    assertFindings(notice(NI59_YEAR), valued, LocalDate.of(2009, 8, 20), "ni59 ON_TRACK GREEN forecast on track");
  }

  @Test
  void aForecastWhoseDerivedBaselineIsWithheldIsNoDataNotForecastFromAnOlderFigure() {
    PerformanceData.Builder b = data().addObservation(month(NI59, 2008, 10, "50"))
        .addObservation(month(NI59, 2009, 6, "70"));
    LocalDate asAt = LocalDate.of(2009, 7, 20);
    assertFindings(notice(NI59_YEAR), b.build(), asAt, "ni59 ON_TRACK GREEN forecast on track");
    PerformanceData d = b.addUnavailable(withheldMonth(NI59, 2008, 11)).build();
    assertFindings(notice(NI59_YEAR), d, asAt, "ni59 NO_DATA GREY forecast without data");
    assertThat(explanation(ENGINE, notice(NI59_YEAR), d, asAt)).isEqualTo("Not yet due (at least 77% by 2010-03-31), "
        + "and the baseline of NI 59 is not known at 2009-07-20 to forecast from: the figure for 2008-11 is "
        + "published without a value, " + REASON + ".");
  }

  @Test
  void aBenchmarkForecastWhoseLatestBenchmarkCouldNotBeComputedIsNoData() {
    RelativeToBenchmark sn = new RelativeToBenchmark(RequirementId.of("vacancy-sn"), VACANCY,
        BenchmarkKind.STATISTICAL_NEIGHBOURS, Comparison.AT_MOST, Due.by(Deadline.on(LocalDate.of(2010, 3, 31))),
        Optional.empty());
    PerformanceData.Builder b = data().addObservation(month(VACANCY, 2009, 6, "11"))
        .addBenchmark(new BenchmarkValue(VACANCY, BenchmarkKind.STATISTICAL_NEIGHBOURS, CalendarMonth.of(2009, 5),
            new java.math.BigDecimal("12"), "statistical neighbour mean", LocalDate.of(2009, 6, 15)));
    LocalDate asAt = LocalDate.of(2009, 8, 1);
    assertFindings(notice(sn), b.build(), asAt, "vacancy-sn ON_TRACK GREEN forecast on track");
    PerformanceData d = b.addUnavailable(new UnavailableFigure(VACANCY, Optional.of(BenchmarkKind.STATISTICAL_NEIGHBOURS),
        CalendarMonth.of(2009, 6), Optional.empty(), "only 6 of 10 neighbours have a figure; at least 7 are needed",
        "statistical neighbour mean", LocalDate.of(2009, 7, 15))).build();
    assertFindings(notice(sn), d, asAt, "vacancy-sn NO_DATA GREY forecast without benchmark");
    assertThat(explanation(ENGINE, notice(sn), d, asAt)).endsWith("to forecast against: the latest could not be "
        + "computed, 2009-06: only 6 of 10 neighbours have a figure; at least 7 are needed, statistical neighbour "
        + "mean.");
  }

  // --- form 8: never improved past a withheld figure ---

  static final DirectionOnly IMPROVE_VACANCY = new DirectionOnly(RequirementId.of("vacancy"), VACANCY,
      Direction.IMPROVE, Baseline.atIssue(), Window.ofNotice());
  static final DirectionOnly MINIMISE = new DirectionOnly(RequirementId.of("minimise"), UNALLOCATED,
      Direction.MINIMISE, Baseline.atIssue(), Window.ofNotice());

  @Test
  void improvingOnAWithheldBaselineIsNoData() {
    PerformanceData.Builder b = data().addObservation(month(VACANCY, 2008, 10, "12"))
        .addObservation(month(VACANCY, 2009, 1, "9"));
    LocalDate asAt = LocalDate.of(2009, 3, 1);
    assertFindings(notice(IMPROVE_VACANCY), b.build(), asAt, "vacancy IMPROVED GREEN improved on baseline");
    PerformanceData d = b.addUnavailable(withheldMonth(VACANCY, 2008, 11)).build();
    assertFindings(STRICT, notice(IMPROVE_VACANCY), d, asAt, "vacancy NO_DATA GREY improvement figure unavailable");
    assertThat(explanation(ENGINE, notice(IMPROVE_VACANCY), d, asAt)).isEqualTo("SW VACANCY cannot be compared with "
        + "its baseline at 2009-03-01: the figure for 2008-11 is published without a value, " + REASON + ".");
  }

  @Test
  void improvingWithTheLatestFigureWithheldIsNoData() {
    PerformanceData d = data().addObservation(month(VACANCY, 2008, 11, "12"))
        .addObservation(month(VACANCY, 2009, 1, "9")).addUnavailable(withheldMonth(VACANCY, 2009, 2)).build();
    assertFindings(notice(IMPROVE_VACANCY), d, LocalDate.of(2009, 3, 10),
        "vacancy IMPROVED GREEN improved on baseline");
    assertFindings(notice(IMPROVE_VACANCY), d, LocalDate.of(2009, 4, 1),
        "vacancy NO_DATA GREY improvement figure unavailable");
  }

  /** UNALLOCATED from November 2008 (the baseline), one value per month, null for a withheld month. */
  static PerformanceData unallocated(String... values) {
    PerformanceData.Builder b = data();
    for (int i = 0; i < values.length; i++) {
      CalendarMonth p = CalendarMonth.of(YearMonth.of(2008, 11).plusMonths(i));
      int year = p.yearMonth().getYear();
      int m = p.yearMonth().getMonthValue();
      if (values[i] == null) {
        b.addUnavailable(withheldMonth(UNALLOCATED, year, m));
      } else if (!values[i].isEmpty()) {
        b.addObservation(month(UNALLOCATED, year, m, values[i]));
      }
    }
    return b.build();
  }

  @Test
  void minimisingWithAWithheldMonthIsNoDataUnlessAStepBeyondTheToleranceDecides() {
    LocalDate asAt = LocalDate.of(2009, 6, 1);
    assertFindings(notice(MINIMISE), unallocated("20", "", "20", "20", "20", "20"), asAt,
        "minimise IMPROVED GREEN minimising held");
    PerformanceData withheldFebruary = unallocated("20", "", "20", null, "20", "20");
    assertFindings(STRICT, notice(MINIMISE), withheldFebruary, asAt,
        "minimise NO_DATA GREY minimising figure unavailable");
    assertThat(explanation(ENGINE, notice(MINIMISE), withheldFebruary, asAt)).isEqualTo("UNALLOCATED rose by no "
        + "more than the tolerance wherever its figures can be compared, but whether it was minimised throughout is "
        + "not known at 2009-06-01: the figure for 2009-02 is published without a value, " + REASON + ".");
    // a rise beyond the tolerance elsewhere decides
    assertFindings(notice(MINIMISE), unallocated("20", "", "20", null, "20", "30"), asAt,
        "minimise NOT_IMPROVED RED minimising rose beyond tolerance");
    // a rise across the withheld month is not a step: it may lie in either half
    assertFindings(notice(MINIMISE), unallocated("20", "", "20", null, "30", "30"), asAt,
        "minimise NO_DATA GREY minimising figure unavailable");
    // a withheld baseline: the first figure of the window has nothing to be compared with
    assertFindings(notice(MINIMISE), unallocated(null, "", "30", "30"), LocalDate.of(2009, 4, 1),
        "minimise NO_DATA GREY minimising figure unavailable");
  }

  // --- form 15: no run crosses a withheld figure ---

  static final SustainedTrend TREND = new SustainedTrend(RequirementId.of("trend"), NI59, OptionalInt.empty(),
      Window.ofNotice());

  /** NI 59 from January 2009, one value per month, null for a withheld month. */
  static PerformanceData ni59(String... values) {
    PerformanceData.Builder b = data();
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        b.addUnavailable(withheldMonth(NI59, 2009, i + 1));
      } else {
        b.addObservation(month(NI59, 2009, i + 1, values[i]));
      }
    }
    return b.build();
  }

  @Test
  void aRunCannotCrossAWithheldMonth() {
    LocalDate asAt = LocalDate.of(2009, 12, 31);
    assertFindings(notice(TREND), ni59("70", "69", "68.5", "68", "67"), asAt,
        "trend TREND_DOWN AMBER sustained downward trend");
    PerformanceData withheldMarch = ni59("70", "69", null, "68", "67");
    assertFindings(notice(TREND), withheldMarch, asAt, "trend NO_DATA GREY trend figure unavailable");
    assertThat(explanation(ENGINE, notice(TREND), withheldMarch, asAt)).isEqualTo("Whether NI 59 worsened in each of "
        + "the last 3 periods is not known at 2009-12-31: the figure for 2009-03 is published without a value, "
        + REASON + ", and no run is traced across it.");
    // a run of N since the withheld month decides
    assertFindings(notice(TREND), ni59("70", "69", null, "68", "67", "66", "65"), asAt,
        "trend TREND_DOWN AMBER sustained downward trend");
    // and so does a real break since
    assertFindings(notice(TREND), ni59("70", "69", null, "68", "80", "79"), asAt,
        "trend NO_TREND GREEN no sustained downward trend");
  }

  @Test
  void aWithheldMonthJustBeforeTheWatchCountsTheSame() {
    SustainedTrend fromJanuary = new SustainedTrend(RequirementId.of("trend"), NI59, OptionalInt.of(2),
        Window.from(LocalDate.of(2009, 1, 1)));
    LocalDate asAt = LocalDate.of(2009, 4, 1);
    PerformanceData.Builder b = data().addObservation(month(NI59, 2008, 11, "71"))
        .addObservation(month(NI59, 2009, 1, "69")).addObservation(month(NI59, 2009, 2, "68"));
    assertFindings(notice(fromJanuary), b.build(), asAt, "trend TREND_DOWN AMBER sustained downward trend");
    PerformanceData d = b.addUnavailable(withheldMonth(NI59, 2008, 12)).build();
    assertFindings(notice(fromJanuary), d, asAt, "trend NO_DATA GREY trend figure unavailable");
  }
}
