package org.improvementnotice.model.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.indicator.Aggregation;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.IndicatorCatalogue;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.PeriodKind;
import org.improvementnotice.model.validation.ValidationException;
import org.junit.jupiter.api.Test;

class PerformanceDataTest {

  private static final Indicator NI59 = IndicatorCatalogue.standard().get("NI 59");
  private static final Indicator UNALLOCATED = IndicatorCatalogue.standard().get("UNALLOCATED");
  private static final LocalDate LATER = LocalDate.of(2012, 1, 1);

  private static Observation ni59(String period, long num, long den, LocalDate published) {
    BigDecimal value = NI59.unit().ofRatio(BigDecimal.valueOf(num), BigDecimal.valueOf(den));
    return new Observation(NI59.id(), Period.parse(period), value, Optional.of(Ratio.of(num, den)), "test", published);
  }

  /** NI 59 for January to March 2009: 9 of 10, 50 of 100 and 50 of 100, each published the month after. */
  private static final Observation JANUARY = ni59("2009-01", 9, 10, LocalDate.of(2009, 2, 10));
  private static final Observation FEBRUARY = ni59("2009-02", 50, 100, LocalDate.of(2009, 3, 10));
  private static final Observation MARCH = ni59("2009-03", 50, 100, LocalDate.of(2009, 4, 10));

  private static PerformanceData surrey(Observation... observations) {
    PerformanceData.Builder b = PerformanceData.builder("Surrey");
    for (Observation o : observations) {
      b.addObservation(o);
    }
    return b.build();
  }

  /**
   * The decimals of an indicator's figures are those written: a published England figure of one decimal counts, a
   * mean of neighbours' figures worked out to sixteen digits does not (it would have every figure written with
   * fourteen decimals).
   */
  @Test
  void aComputedBenchmarksDigitsAreNotTheDecimalsTheFiguresAreWrittenWith() {
    Period year = Period.parse("FY2012-13");
    BenchmarkBasis basis = new BenchmarkBasis("the mean", "2025 model", "none", List.of(), List.of());
    PerformanceData data = PerformanceData.builder("Kent")
        .addObservation(Observation.of(NI59.id(), year, new BigDecimal("17.4"), "d3", LATER))
        .addBenchmark(new BenchmarkValue(NI59.id(), BenchmarkKind.STATISTICAL_NEIGHBOURS, year,
            new BigDecimal("14.83333333333333"), "computed", LATER, Optional.of(basis)))
        .build();
    assertThat(data.decimals(NI59)).hasValue(1);
    PerformanceData published = PerformanceData.builder("Kent")
        .addObservation(Observation.of(NI59.id(), year, new BigDecimal("17"), "d3", LATER))
        .addBenchmark(new BenchmarkValue(NI59.id(), BenchmarkKind.ENGLAND, year, new BigDecimal("15.4"), "d3", LATER))
        .build();
    assertThat(published.decimals(NI59)).hasValue(1);
  }

  /** A builder given all of some data holds every part of it, in the order it was added, revisions included. */
  @Test
  void addAllCopiesEveryPartInTheOrderAdded() {
    MeetingRecord later = new MeetingRecord("Board", LocalDate.of(2009, 3, 15), Optional.empty(), false,
        Optional.empty(), "minutes 2");
    MeetingRecord earlier = new MeetingRecord("Board", LocalDate.of(2009, 2, 15), Optional.of("Chair"), true,
        Optional.of("February Board"), "minutes 1");
    RequirementId plan = RequirementId.of("plan");
    PerformanceData data = PerformanceData.builder("Surrey")
        .addObservation(FEBRUARY).addObservation(JANUARY)
        .addObservation(ni59("2009-01", 8, 10, LocalDate.of(2009, 5, 1)))
        .addBenchmark(new BenchmarkValue(NI59.id(), BenchmarkKind.ENGLAND, Period.parse("2009-01"),
            new BigDecimal("70"), "DfE", LATER))
        .addAction(new ActionEvidence(plan, LocalDate.of(2009, 2, 1), "plan v1", LocalDate.of(2009, 2, 2)))
        .addMeeting(later).addMeeting(earlier)
        .addJudgement(new BoardJudgement(plan, org.improvementnotice.model.Rag.GREEN, LocalDate.of(2009, 3, 1),
            "agreed"))
        .addUnavailable(new UnavailableFigure(NI59.id(), Optional.empty(), Period.parse("2009-03"),
            Optional.of("c"), "suppressed", "DfE", LATER))
        .recordDecimals(NI59.id(), 2)
        .build();
    PerformanceData copy = PerformanceData.builder("Surrey").addAll(data).build();

    assertThat(copy.observations()).isEqualTo(data.observations()).hasSize(3);
    assertThat(copy.benchmarks()).isEqualTo(data.benchmarks()).hasSize(1);
    assertThat(copy.actions()).isEqualTo(data.actions()).hasSize(1);
    assertThat(copy.meetingsInOrderAdded()).containsExactly(later, earlier);
    assertThat(copy.meetings()).isEqualTo(data.meetings());
    assertThat(copy.judgements()).isEqualTo(data.judgements()).hasSize(1);
    assertThat(copy.unavailable()).isEqualTo(data.unavailable()).hasSize(1);
    assertThat(copy.recordedDecimals()).isEqualTo(data.recordedDecimals()).containsEntry(NI59.id(), 2);
  }

  @Test
  void aQuarterAggregatesByNumeratorAndDenominatorNotByAveragingPercentages() {
    // January: 9 of 10 on time (90%); February: 50 of 100 (50%); March: 50 of 100 (50%).
    // The average of the percentages is 63.33%; the quarter's true figure is 109 of 210 = 51.9%.
    PerformanceData data = surrey(JANUARY, FEBRUARY, MARCH);
    Aggregate q1 = data.aggregate(NI59, Period.parse("2009-Q1"), LATER).orElseThrow();
    assertThat(q1.ratio()).contains(Ratio.of(109, 210));
    assertThat(q1.value()).isEqualByComparingTo(new BigDecimal("51.90476190476190"));
    assertThat(q1.value()).isNotEqualByComparingTo(new BigDecimal("63.33333333333333"));
    assertThat(q1.method()).isEqualTo(Aggregation.RATIO);
    assertThat(q1.parts()).hasSize(3);
    assertThat(q1.isDirect()).isFalse();
  }

  @Test
  void aMissingMonthLeavesTheQuarterWithoutAFigure() {
    PerformanceData data = surrey(JANUARY, MARCH);
    assertThat(data.aggregate(NI59, Period.parse("2009-Q1"), LATER)).isEmpty();
  }

  @Test
  void aPartWithoutItsRatioCannotBeAggregatedByRatio() {
    PerformanceData data = surrey(JANUARY, FEBRUARY, Observation.of(NI59.id(), Period.parse("2009-03"),
        new BigDecimal("50"), "test", LocalDate.of(2009, 4, 10)));
    assertThat(data.aggregate(NI59, Period.parse("2009-Q1"), LATER)).isEmpty();
  }

  @Test
  void aPublishedQuarterlyFigureIsPreferredToTheMonths() {
    PerformanceData data = surrey(JANUARY, FEBRUARY, MARCH, ni59("2009-Q1", 110, 210, LocalDate.of(2009, 5, 10)));
    Aggregate q1 = data.aggregate(NI59, Period.parse("2009-Q1"), LATER).orElseThrow();
    assertThat(q1.isDirect()).isTrue();
    assertThat(q1.ratio()).contains(Ratio.of(110, 210));
  }

  @Test
  void aStockTakesTheLastMonthOfTheQuarter() {
    PerformanceData data = PerformanceData.builder("Somerset")
        .addObservation(Observation.of(UNALLOCATED.id(), Period.parse("2014-01"), new BigDecimal("4"), "t", LocalDate.of(2014, 2, 5)))
        .addObservation(Observation.of(UNALLOCATED.id(), Period.parse("2014-03"), new BigDecimal("0"), "t", LocalDate.of(2014, 4, 5)))
        .build();
    Aggregate q1 = data.aggregate(UNALLOCATED, Period.parse("2014-Q1"), LocalDate.of(2014, 6, 1)).orElseThrow();
    assertThat(q1.value()).isEqualByComparingTo("0");
    assertThat(q1.method()).isEqualTo(Aggregation.LATEST);
  }

  @Test
  void asAtADateTheLatestRevisionPublishedByThenIsUsed() {
    Observation first = ni59("2009-03", 60, 100, LocalDate.of(2009, 4, 10));
    Observation revised = ni59("2009-03", 66, 100, LocalDate.of(2009, 6, 30));
    PerformanceData data = surrey(revised, first);
    Period march = Period.parse("2009-03");
    assertThat(data.observation(NI59.id(), march, LocalDate.of(2009, 4, 9))).isEmpty();
    assertThat(data.observation(NI59.id(), march, LocalDate.of(2009, 4, 10))).contains(first);
    assertThat(data.observation(NI59.id(), march, LocalDate.of(2009, 6, 29))).contains(first);
    assertThat(data.observation(NI59.id(), march, LocalDate.of(2009, 6, 30))).contains(revised);
    assertThat(data.asAt(LocalDate.of(2009, 5, 1)).observations()).containsExactly(first);
  }

  @Test
  void rangeQueriesReturnOnlyPeriodsWhollyInsideInOrder() {
    PerformanceData data = surrey(ni59("2009-05", 1, 2, LocalDate.of(2009, 6, 1)),
        ni59("2009-03", 1, 2, LocalDate.of(2009, 4, 1)), ni59("2009-04", 1, 2, LocalDate.of(2009, 5, 1)));
    var inside = data.observations(NI59.id(), PeriodKind.MONTH,
        Range.closed(LocalDate.of(2009, 3, 15), LocalDate.of(2009, 5, 31)), LATER);
    assertThat(inside).extracting(o -> o.period().toString()).containsExactly("2009-04", "2009-05");
    assertThat(data.latest(NI59.id(), PeriodKind.MONTH, LocalDate.of(2009, 5, 30), LATER))
        .map(o -> o.period().toString()).contains("2009-04");
    assertThat(data.latest(NI59.id(), PeriodKind.MONTH, LocalDate.of(2009, 5, 31), LATER))
        .map(o -> o.period().toString()).contains("2009-05");
    assertThat(data.latest(NI59.id(), PeriodKind.MONTH, LocalDate.of(2009, 5, 31), LocalDate.of(2009, 5, 15)))
        .map(o -> o.period().toString()).contains("2009-04");
  }

  @Test
  void duplicatesAreAllReportedWithTheirPositions() {
    IndicatorId id = NI59.id();
    LocalDate published = LocalDate.of(2009, 4, 10);
    PerformanceData.Builder b = PerformanceData.builder("Surrey")
        .addObservation(ni59("2009-03", 60, 100, published))
        .addObservation(ni59("2009-03", 61, 100, published))
        .addObservation(ni59("2009-04", 60, 100, published))
        .addObservation(ni59("2009-04", 60, 100, published))
        .addBenchmark(new BenchmarkValue(id, BenchmarkKind.ENGLAND, Period.parse("FY2009-10"), BigDecimal.TEN, "t", published))
        .addBenchmark(new BenchmarkValue(id, BenchmarkKind.ENGLAND, Period.parse("FY2009-10"), BigDecimal.ONE, "t", published))
        .addMeeting(new MeetingRecord("Improvement Board", published, Optional.empty(), false, Optional.empty(), "m1"))
        .addMeeting(new MeetingRecord("improvement board", published, Optional.empty(), false, Optional.empty(), "m2"));
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
            .extracting(p -> p.path())
            .containsExactly("observations[1]", "observations[3]", "benchmarks[1]", "meetings[1]"))
        .hasMessageContaining("Duplicate observation: NI 59 for 2009-03 published 2009-04-10 is already given at observations[0]");
  }
}
