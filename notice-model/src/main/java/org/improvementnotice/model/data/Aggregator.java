package org.improvementnotice.model.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.improvementnotice.model.indicator.Aggregation;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.PeriodKind;

/** An indicator's value over a period, read directly or combined from the parts that tile it. */
final class Aggregator {

  /** The period kinds, longest first: the order in which {@link #aggregate} tries to tile a period. */
  private static final List<PeriodKind> KINDS_LONGEST_FIRST = Stream.of(PeriodKind.values())
      .sorted(Comparator.comparingInt(PeriodKind::lengthInMonths).reversed()).toList();

  private final ObservationIndex observations;

  Aggregator(ObservationIndex observations) {
    this.observations = observations;
  }

  /** See {@link PerformanceData#aggregate}. */
  Optional<Aggregate> aggregate(Indicator indicator, Period period, LocalDate asAt) {
    Optional<Observation> direct = observations.observation(indicator.id(), period, asAt);
    if (direct.isPresent()) {
      Observation o = direct.get();
      return Optional.of(new Aggregate(period, o.value(), o.ratio(), indicator.aggregation(), List.of(o)));
    }
    // only kinds the indicator has figures of can tile the period (the index holds every regular kind it has)
    if (!observations.holdsAnyRegular(indicator.id())) {
      return Optional.empty();
    }
    for (PeriodKind kind : KINDS_LONGEST_FIRST) {
      if (kind == period.kind() || !observations.holds(indicator.id(), kind) || !kind.tiles(period)) {
        continue;
      }
      List<Period> parts = kind.periodsIn(period);
      if (parts.size() < 2) {
        continue;
      }
      Optional<Aggregate> combined = combine(indicator, period, parts, asAt);
      if (combined.isPresent()) {
        return combined;
      }
    }
    return Optional.empty();
  }

  private Optional<Aggregate> combine(Indicator indicator, Period period, List<Period> parts, LocalDate asAt) {
    List<Observation> found = new ArrayList<>(parts.size());
    for (Period part : parts) {
      observations.observation(indicator.id(), part, asAt).ifPresent(found::add);
    }
    Aggregation method = indicator.aggregation();
    if (method == Aggregation.LATEST) {
      Period last = parts.get(parts.size() - 1);
      return found.isEmpty() || !found.get(found.size() - 1).period().equals(last)
          ? Optional.empty()
          : Optional.of(new Aggregate(period, found.get(found.size() - 1).value(),
              found.get(found.size() - 1).ratio(), method, found));
    }
    if (found.size() != parts.size()) {
      return Optional.empty();
    }
    return switch (method) {
      case RATIO -> byRatio(indicator, period, found);
      case SUM -> Optional.of(new Aggregate(period,
          found.stream().map(Observation::value).reduce(BigDecimal.ZERO, BigDecimal::add), Optional.empty(),
          method, found));
      case MEAN -> Optional.of(new Aggregate(period,
          found.stream().map(Observation::value).reduce(BigDecimal.ZERO, BigDecimal::add)
              .divide(BigDecimal.valueOf(found.size()), MathContext.DECIMAL64), Optional.empty(), method, found));
      case LATEST -> throw new AssertionError("handled above");
    };
  }

  /** The sum of numerators over the sum of denominators; empty if a part lacks them or the sum is not positive. */
  private static Optional<Aggregate> byRatio(Indicator indicator, Period period, List<Observation> found) {
    Ratio sum = null;
    for (Observation o : found) {
      if (o.ratio().isEmpty()) {
        return Optional.empty();
      }
      sum = sum == null ? o.ratio().get() : sum.plus(o.ratio().get());
    }
    if (sum.denominator().signum() <= 0) {
      return Optional.empty();
    }
    return Optional.of(new Aggregate(period, indicator.unit().ofRatio(sum.numerator(), sum.denominator()),
        Optional.of(sum), Aggregation.RATIO, found));
  }
}
