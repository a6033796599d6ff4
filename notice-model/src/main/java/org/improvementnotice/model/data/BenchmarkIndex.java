package org.improvementnotice.model.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.PeriodKind;
import org.improvementnotice.model.validation.Problem;

/** The benchmark values indexed by indicator, comparator and period, their revisions together. */
final class BenchmarkIndex {

  /** Hashed and compared as {@link ObservationIndex}'s keys are, for the same reasons. */
  private record Key(IndicatorId indicator, BenchmarkKind kind, Period period) {
    @Override
    public int hashCode() {
      return Keys.mix(31 * (31 * indicator.hashCode() + kind.ordinal()) + period.hashCode());
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && indicator.equals(k.indicator) && kind == k.kind && period.equals(k.period);
    }
  }

  private final Map<Key, Revisions<BenchmarkValue>> index = new HashMap<>();

  /** Each indicator's and comparator's values for each regular period kind, in period order. */
  private final Map<IndicatorId, Map<BenchmarkKind, Map<PeriodKind, PeriodSeries<BenchmarkValue>>>> series =
      new HashMap<>();

  /** Indexes the values, adding a problem for each that repeats an earlier one's publication. */
  BenchmarkIndex(List<BenchmarkValue> benchmarks, List<Problem> problems) {
    for (BenchmarkValue v : benchmarks) {
      index.computeIfAbsent(new Key(v.indicator(), v.kind(), v.period()), k -> new Revisions<>(v.period()))
          .add(v, v.published());
    }
    if (Revisions.sealAll(index.values())) {
      duplicates(benchmarks, problems);
    }
    Map<IndicatorId, Map<BenchmarkKind, Map<PeriodKind, List<Revisions<BenchmarkValue>>>>> regular = new HashMap<>();
    index.forEach((k, r) -> {
      if (k.period().kind().isRegular()) {
        regular.computeIfAbsent(k.indicator(), i -> new EnumMap<>(BenchmarkKind.class))
            .computeIfAbsent(k.kind(), c -> new EnumMap<>(PeriodKind.class))
            .computeIfAbsent(k.period().kind(), c -> new ArrayList<>()).add(r);
      }
    });
    regular.forEach((indicator, kinds) -> kinds.forEach((kind, periods) -> periods.forEach((periodKind, figures) ->
        series.computeIfAbsent(indicator, i -> new EnumMap<>(BenchmarkKind.class))
            .computeIfAbsent(kind, c -> new EnumMap<>(PeriodKind.class))
            .put(periodKind, new PeriodSeries<>(figures)))));
  }

  /** A problem for each value published on the same day as an earlier one of its indicator, kind and period. */
  private static void duplicates(List<BenchmarkValue> benchmarks, List<Problem> problems) {
    Map<Key, Map<LocalDate, Integer>> seen = new HashMap<>();
    for (int i = 0; i < benchmarks.size(); i++) {
      BenchmarkValue v = benchmarks.get(i);
      Integer first = seen.computeIfAbsent(new Key(v.indicator(), v.kind(), v.period()), k -> new HashMap<>())
          .putIfAbsent(v.published(), i);
      if (first != null) {
        problems.add(Problem.error("benchmarks[" + i + "]", String.format(
            "Duplicate benchmark: %s %s for %s published %s is already given at benchmarks[%d]",
            v.kind(), v.indicator(), v.period(), v.published(), first)));
      }
    }
  }

  /**
   * Every value as known at the date (its latest revision published on or before it), by indicator, comparator
   * and period.
   */
  List<BenchmarkValue> knownAt(LocalDate asAt) {
    return index.values().stream()
        .map(r -> r.asAt(asAt)).flatMap(Optional::stream)
        .sorted(Comparator.comparing((BenchmarkValue v) -> v.indicator()).thenComparing(BenchmarkValue::kind)
            .thenComparing(BenchmarkValue::period))
        .toList();
  }

  /**
   * The value of the comparator for the period of the (regular) kind that ends latest on or before {@code date}
   * among those with a revision published by {@code asAt}, as known then: a binary search over the series.
   */
  Optional<BenchmarkValue> latest(IndicatorId indicator, BenchmarkKind kind, PeriodKind periodKind, LocalDate date,
      LocalDate asAt) {
    PeriodSeries<BenchmarkValue> s = series.getOrDefault(indicator, Map.of()).getOrDefault(kind, Map.of())
        .get(periodKind);
    return s == null ? Optional.empty() : s.latest(date, asAt);
  }

  Optional<BenchmarkValue> benchmark(IndicatorId indicator, BenchmarkKind kind, Period period, LocalDate asAt) {
    Revisions<BenchmarkValue> r = index.get(new Key(indicator, kind, period));
    return r == null ? Optional.empty() : r.asAt(asAt);
  }
}
