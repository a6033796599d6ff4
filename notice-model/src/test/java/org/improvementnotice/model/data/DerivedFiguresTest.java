package org.improvementnotice.model.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.indicator.Derivation;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.indicator.Polarity;
import org.improvementnotice.model.indicator.Unit;
import org.improvementnotice.model.time.CalendarMonth;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.PeriodKind;
import org.junit.jupiter.api.Test;

/** A rate worked out from two counts: each period's counts, their revisions, a zero and a withheld count. */
class DerivedFiguresTest {
  private static final IndicatorId REFERRALS = IndicatorId.of("REFERRALS");
  private static final IndicatorId ASSESSMENTS = IndicatorId.of("ASSESSMENTS");
  private static final IndicatorId CONVERSION = IndicatorId.of("CONVERSION");
  private static final Indicator RATE = Indicator.of("CONVERSION", "Referrals leading to an assessment", Unit.PERCENT,
      Polarity.HIGHER_IS_BETTER, PeriodKind.MONTH).derived(new Derivation(ASSESSMENTS, REFERRALS));
  private static final Period JANUARY = CalendarMonth.of(2013, 1);
  private static final Period FEBRUARY = CalendarMonth.of(2013, 2);

  private static Observation count(IndicatorId id, Period p, long n, String published) {
    return new Observation(id, p, BigDecimal.valueOf(n), Optional.empty(), "monthly return", LocalDate.parse(published));
  }

  /** The data of the counts given, with the rate worked out from them. */
  private static PerformanceData derived(Observation... counts) {
    return DerivedFigures.addTo(PerformanceData.builder("Anyshire Council").addObservations(List.of(counts)).build(),
        List.of(RATE));
  }

  @Test
  void eachPeriodsRateIsItsCountsRatioAndALongerPeriodSumsThem() {
    PerformanceData data = derived(count(REFERRALS, JANUARY, 200, "2013-02-10"),
        count(ASSESSMENTS, JANUARY, 150, "2013-02-12"), count(REFERRALS, FEBRUARY, 100, "2013-03-10"),
        count(ASSESSMENTS, FEBRUARY, 90, "2013-03-10"));
    Observation january = data.observation(CONVERSION, JANUARY, LocalDate.of(2013, 3, 1)).orElseThrow();
    assertThat(january.value()).isEqualByComparingTo("75");
    assertThat(january.ratio()).contains(new Ratio(new BigDecimal("150"), new BigDecimal("200")));
    assertThat(january.published()).isEqualTo(LocalDate.of(2013, 2, 12));
    assertThat(january.source()).isEqualTo(
        "worked out from ASSESSMENTS 150 (monthly return) over REFERRALS 200 (monthly return)");
    // not before the later of the two counts is known
    assertThat(data.observation(CONVERSION, JANUARY, LocalDate.of(2013, 2, 11))).isEmpty();
    // two months: (150 + 90) / (200 + 100), never the mean of 75% and 90%
    Period both = org.improvementnotice.model.time.DateRange.ofClosed(LocalDate.of(2013, 1, 1),
        LocalDate.of(2013, 2, 28));
    assertThat(data.aggregate(RATE, both, LocalDate.of(2013, 4, 1)).orElseThrow().value()).isEqualByComparingTo("80");
  }

  @Test
  void aRevisedCountRevisesTheRateFromTheDayItIsPublished() {
    PerformanceData data = derived(count(REFERRALS, JANUARY, 200, "2013-02-10"),
        count(ASSESSMENTS, JANUARY, 150, "2013-02-10"), count(REFERRALS, JANUARY, 250, "2013-04-10"));
    assertThat(data.observation(CONVERSION, JANUARY, LocalDate.of(2013, 4, 9)).orElseThrow().value())
        .isEqualByComparingTo("75");
    assertThat(data.observation(CONVERSION, JANUARY, LocalDate.of(2013, 4, 10)).orElseThrow().value())
        .isEqualByComparingTo("60");
  }

  @Test
  void aZeroOrWithheldCountGivesNoRateAndSaysWhy() {
    PerformanceData data = DerivedFigures.addTo(PerformanceData.builder("Anyshire Council")
        .addObservation(count(REFERRALS, JANUARY, 0, "2013-02-10"))
        .addObservation(count(ASSESSMENTS, JANUARY, 0, "2013-02-10"))
        .addUnavailable(new UnavailableFigure(REFERRALS, Optional.empty(), FEBRUARY, Optional.of("c"),
            "'c' (suppressed)", "monthly return", LocalDate.of(2013, 3, 10)))
        .addObservation(count(ASSESSMENTS, FEBRUARY, 4, "2013-03-10"))
        .build(), List.of(RATE));
    assertThat(data.observation(CONVERSION, JANUARY, LocalDate.of(2013, 5, 1))).isEmpty();
    assertThat(data.unavailable(CONVERSION, Optional.empty(), JANUARY, LocalDate.of(2013, 5, 1))).hasValueSatisfying(
        u -> assertThat(u.reason()).isEqualTo("it is worked out from ASSESSMENTS over REFERRALS, and REFERRALS is 0"));
    assertThat(data.unavailable(CONVERSION, Optional.empty(), FEBRUARY, LocalDate.of(2013, 5, 1))).hasValueSatisfying(
        u -> assertThat(u.reason()).isEqualTo(
            "it is worked out from ASSESSMENTS over REFERRALS, and REFERRALS 'c' (suppressed)"));
  }

  @Test
  void dataWithoutADerivedIndicatorIsReturnedAsItIs() {
    PerformanceData data = PerformanceData.builder("Anyshire Council")
        .addObservation(count(REFERRALS, JANUARY, 200, "2013-02-10")).build();
    Indicator referrals = Indicator.of("REFERRALS", "Referrals", Unit.COUNT, Polarity.HIGHER_IS_BETTER,
        PeriodKind.MONTH);
    assertThat(DerivedFigures.addTo(data, List.of(referrals))).isSameAs(data);
    // with a derived rate and no counts to derive it from, a copy holding the same figures
    PerformanceData copy = DerivedFigures.addTo(data, List.of(referrals, RATE));
    assertThat(copy).isNotSameAs(data);
    assertThat(copy.observations()).isEqualTo(data.observations());
  }
}
