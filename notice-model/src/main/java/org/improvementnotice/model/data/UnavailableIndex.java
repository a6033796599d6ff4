package org.improvementnotice.model.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.PeriodKind;

/** The figures published without a value, by indicator, comparator and period, in publication order. */
final class UnavailableIndex {

  /** Hashed and compared as {@link ObservationIndex}'s keys are: a look-up key on every missing figure. */
  private record Key(IndicatorId indicator, Optional<BenchmarkKind> benchmark, Period period) {
    @Override
    public int hashCode() {
      return Keys.mix(31 * (31 * indicator.hashCode() + benchmark.map(k -> k.ordinal() + 1).orElse(0))
          + period.hashCode());
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && indicator.equals(k.indicator) && benchmark.equals(k.benchmark)
          && period.equals(k.period);
    }
  }

  private record KindKey(IndicatorId indicator, Optional<BenchmarkKind> benchmark, PeriodKind kind) {}

  private final Map<Key, List<UnavailableFigure>> index = new HashMap<>();
  private final Map<KindKey, List<UnavailableFigure>> byKind = new HashMap<>();

  UnavailableIndex(List<UnavailableFigure> figures) {
    for (UnavailableFigure u : figures) {
      index.computeIfAbsent(new Key(u.indicator(), u.benchmark(), u.period()), k -> new ArrayList<>()).add(u);
      byKind.computeIfAbsent(new KindKey(u.indicator(), u.benchmark(), u.period().kind()), k -> new ArrayList<>())
          .add(u);
    }
    index.values().forEach(l -> l.sort(Comparator.comparing(UnavailableFigure::published)));
  }

  /** The latest published on or before {@code asAt}. */
  Optional<UnavailableFigure> unavailable(IndicatorId indicator, Optional<BenchmarkKind> benchmark, Period period,
      LocalDate asAt) {
    if (index.isEmpty()) {
      return Optional.empty();   // the usual case: every figure has its value
    }
    List<UnavailableFigure> list = index.get(new Key(indicator, benchmark, period));
    if (list == null) {
      return Optional.empty();
    }
    UnavailableFigure found = null;
    for (UnavailableFigure u : list) {
      if (!u.published().isAfter(asAt)) {
        found = u;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Of the figures of the kind published without a value on or before {@code asAt}, the one whose period ends
   * latest on or before {@code date}.
   */
  Optional<UnavailableFigure> latest(IndicatorId indicator, Optional<BenchmarkKind> benchmark, PeriodKind kind,
      LocalDate date, LocalDate asAt) {
    List<UnavailableFigure> list = byKind.get(new KindKey(indicator, benchmark, kind));
    if (list == null) {
      return Optional.empty();
    }
    UnavailableFigure best = null;
    for (UnavailableFigure u : list) {   // few per series: a scan is cheaper than a tree
      LocalDate end = u.period().endInclusive();
      if (!u.published().isAfter(asAt) && !end.isAfter(date)
          && (best == null || end.isAfter(best.period().endInclusive()))) {
        best = u;
      }
    }
    return Optional.ofNullable(best);
  }
}
