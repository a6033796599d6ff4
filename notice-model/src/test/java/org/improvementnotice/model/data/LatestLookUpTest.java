package org.improvementnotice.model.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.IndicatorCatalogue;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.PeriodKind;
import org.junit.jupiter.api.Test;

/**
 * The latest observation by a date is a look-up in the sorted periods, whatever the distance from the date to
 * the data and at the ends of the calendar. The time-outs only guard against a hang; speed is measured in the
 * benchmarks.
 */
class LatestLookUpTest {

  private static final Indicator NI59 = IndicatorCatalogue.standard().get("NI 59");
  private static final Duration HANG = Duration.ofSeconds(20);

  private static PerformanceData twoMonths() {
    return PerformanceData.builder("Surrey")
        .addObservation(Observation.of(NI59.id(), Period.parse("2009-03"), new BigDecimal("60"), "t",
            LocalDate.of(2009, 4, 10)))
        .addObservation(Observation.of(NI59.id(), Period.parse("2009-04"), new BigDecimal("62"), "t",
            LocalDate.of(2009, 5, 10)))
        .build();
  }

  private static Optional<String> latestPeriod(PerformanceData data, PeriodKind kind, LocalDate date, LocalDate asAt) {
    return assertTimeoutPreemptively(HANG, () -> data.latest(NI59.id(), kind, date, asAt))
        .map(o -> o.period().toString());
  }

  @Test
  void theLatestMonthByTheLastDateOfTheCalendarIsTheLastMonthHeld() {
    assertThat(latestPeriod(twoMonths(), PeriodKind.MONTH, LocalDate.MAX, LocalDate.MAX)).contains("2009-04");
    assertThat(latestPeriod(twoMonths(), PeriodKind.MONTH, LocalDate.MAX, LocalDate.of(2009, 4, 30)))
        .contains("2009-03");
  }

  @Test
  void aDateAMillionYearsAwayIsOneLookUp() {
    LocalDate far = LocalDate.of(1_000_000, 1, 1);
    assertThat(latestPeriod(twoMonths(), PeriodKind.MONTH, far, far)).contains("2009-04");
  }

  @Test
  void nothingEndsByTheFirstDateOfTheCalendar() {
    assertThat(latestPeriod(twoMonths(), PeriodKind.MONTH, LocalDate.MIN, LocalDate.MAX)).isEmpty();
    assertThat(latestPeriod(twoMonths(), PeriodKind.MONTH, LocalDate.MAX, LocalDate.MIN)).isEmpty();
  }

  @Test
  void aPeriodEndingAfterTheDateIsNotTheLatestByIt() {
    assertThat(latestPeriod(twoMonths(), PeriodKind.MONTH, LocalDate.of(2009, 4, 29), LocalDate.MAX))
        .contains("2009-03");
    assertThat(latestPeriod(twoMonths(), PeriodKind.MONTH, LocalDate.of(2009, 4, 30), LocalDate.MAX))
        .contains("2009-04");
    assertThat(latestPeriod(twoMonths(), PeriodKind.QUARTER, LocalDate.MAX, LocalDate.MAX)).isEmpty();
  }

  @Test
  void theLatestBenchmarkByADateIsOfItsComparatorAndKindAsKnownThen() {
    PerformanceData data = PerformanceData.builder("Surrey")
        .addBenchmark(new BenchmarkValue(NI59.id(), org.improvementnotice.model.requirement.BenchmarkKind.ENGLAND,
            Period.parse("2009-02"), new BigDecimal("70"), "England", LocalDate.of(2009, 3, 20)))
        .addBenchmark(new BenchmarkValue(NI59.id(), org.improvementnotice.model.requirement.BenchmarkKind.ENGLAND,
            Period.parse("2009-03"), new BigDecimal("71"), "England", LocalDate.of(2009, 4, 20)))
        .addBenchmark(new BenchmarkValue(NI59.id(), org.improvementnotice.model.requirement.BenchmarkKind.ENGLAND,
            Period.parse("2009-03"), new BigDecimal("71.5"), "England, revised", LocalDate.of(2009, 6, 1)))
        .addBenchmark(new BenchmarkValue(NI59.id(),
            org.improvementnotice.model.requirement.BenchmarkKind.STATISTICAL_NEIGHBOURS, Period.parse("2009-04"),
            new BigDecimal("65"), "neighbours", LocalDate.of(2009, 5, 20)))
        .build();
    var england = org.improvementnotice.model.requirement.BenchmarkKind.ENGLAND;
    assertThat(data.latestBenchmark(NI59.id(), england, PeriodKind.MONTH, LocalDate.of(2009, 4, 30),
        LocalDate.of(2009, 5, 1))).map(BenchmarkValue::value).contains(new BigDecimal("71"));
    assertThat(data.latestBenchmark(NI59.id(), england, PeriodKind.MONTH, LocalDate.of(2009, 4, 30),
        LocalDate.of(2009, 6, 1))).map(BenchmarkValue::value).contains(new BigDecimal("71.5"));
    assertThat(data.latestBenchmark(NI59.id(), england, PeriodKind.MONTH, LocalDate.of(2009, 4, 30),
        LocalDate.of(2009, 4, 1))).map(BenchmarkValue::value).contains(new BigDecimal("70"));
    assertThat(data.latestBenchmark(NI59.id(), england, PeriodKind.MONTH, LocalDate.of(2009, 2, 27),
        LocalDate.MAX)).isEmpty();
    assertThat(data.latestBenchmark(NI59.id(), england, PeriodKind.QUARTER, LocalDate.MAX, LocalDate.MAX)).isEmpty();
  }
}
