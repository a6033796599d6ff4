package org.improvementnotice.model.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.time.api.Dates;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.PeriodKind;

/** The indexed look-ups agree with a plain scan of every observation, whatever the order they were added in. */
class PerformanceDataLookUpProperties {

  private static final IndicatorId NI59 = IndicatorId.of("NI 59");
  private static final List<PeriodKind> KINDS = List.of(PeriodKind.MONTH, PeriodKind.QUARTER,
      PeriodKind.FINANCIAL_YEAR);

  @Provide
  Arbitrary<LocalDate> dates() {
    Arbitrary<LocalDate> near = Dates.dates().between(LocalDate.of(2003, 1, 1), LocalDate.of(2015, 12, 31));
    // the first and last days of months, where periods begin and end
    Arbitrary<LocalDate> edges = Arbitraries.oneOf(near.map(d -> d.withDayOfMonth(1)),
        near.map(d -> d.withDayOfMonth(d.lengthOfMonth())));
    return Arbitraries.frequencyOf(Tuple.of(4, near), Tuple.of(4, edges),
        Tuple.of(1, Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1_000_000, 1, 1))));
  }

  @Provide
  Arbitrary<List<Observation>> observations() {
    Arbitrary<Observation> one = Combinators.combine(Arbitraries.of(KINDS),
        Dates.dates().between(LocalDate.of(2005, 1, 1), LocalDate.of(2012, 12, 31)),
        Arbitraries.integers().between(0, 500), Arbitraries.integers().between(0, 100))
        .as((kind, date, lag, value) -> {
          Period p = kind.containing(date);
          return Observation.of(NI59, p, BigDecimal.valueOf(value), "t", p.start().plusDays(lag));
        });
    return one.list().ofMaxSize(60).map(PerformanceDataLookUpProperties::withoutDuplicates);
  }

  private static List<Observation> withoutDuplicates(List<Observation> all) {
    Set<List<Object>> seen = new HashSet<>();
    return all.stream().filter(o -> seen.add(List.of(o.period(), o.published()))).toList();
  }

  private static PerformanceData data(List<Observation> observations) {
    return PerformanceData.builder("Surrey").addObservations(observations).build();
  }

  /** The latest revision published by the date among the observations that pass the test. */
  private static Optional<Observation> known(List<Observation> all, Predicate<Observation> which, LocalDate asAt) {
    return all.stream().filter(which).filter(o -> !o.published().isAfter(asAt))
        .max(Comparator.comparing(Observation::published));
  }

  @Property
  void anObservationIsTheLatestRevisionPublishedByTheDate(@ForAll("observations") List<Observation> all,
      @ForAll("dates") LocalDate asAt) {
    PerformanceData data = data(all);
    for (Observation o : all) {
      assertThat(data.observation(NI59, o.period(), asAt))
          .isEqualTo(known(all, x -> x.period().equals(o.period()), asAt));
    }
  }

  @Property
  void theLatestIsThePeriodEndingLastByTheDateWithAFigureKnownAtAsAt(@ForAll("observations") List<Observation> all,
      @ForAll("dates") LocalDate date, @ForAll("dates") LocalDate asAt) {
    PerformanceData data = data(all);
    for (PeriodKind kind : KINDS) {
      Optional<Period> period = all.stream()
          .filter(o -> o.period().kind() == kind && !o.period().endInclusive().isAfter(date))
          .filter(o -> !o.published().isAfter(asAt))
          .map(Observation::period).max(Comparator.comparing(Period::endInclusive));
      Optional<Observation> expected = period.flatMap(p -> known(all, o -> o.period().equals(p), asAt));
      assertThat(data.latest(NI59, kind, date, asAt)).as("%s by %s as at %s", kind, date, asAt).isEqualTo(expected);
    }
  }

  @Property
  void theObservationsInsideASpanAreThoseOfThePeriodsItEncloses(@ForAll("observations") List<Observation> all,
      @ForAll("dates") LocalDate from, @ForAll("dates") LocalDate to, @ForAll BoundType lower,
      @ForAll BoundType upper, @ForAll("dates") LocalDate asAt) {
    if (to.isBefore(from) || (from.equals(to) && (lower == BoundType.OPEN || upper == BoundType.OPEN))) {
      return;
    }
    Range<LocalDate> span = Range.range(from, lower, to, upper);
    PerformanceData data = data(all);
    for (PeriodKind kind : KINDS) {
      List<Observation> expected = all.stream().map(Observation::period).distinct()
          .filter(p -> p.kind() == kind && span.encloses(p.toRange()))
          .sorted(Comparator.comparing(Period::start))
          .flatMap(p -> known(all, o -> o.period().equals(p), asAt).stream()).toList();
      assertThat(data.observations(NI59, kind, span, asAt)).as("%s in %s as at %s", kind, span, asAt)
          .isEqualTo(expected);
    }
    assertThat(data.observations(NI59, PeriodKind.MONTH, Range.all(), LocalDate.MAX))
        .hasSize((int) all.stream().filter(o -> o.period().kind() == PeriodKind.MONTH)
            .map(Observation::period).distinct().count());
  }
}
