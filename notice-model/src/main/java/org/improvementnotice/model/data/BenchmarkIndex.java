package org.improvementnotice.model.data;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.time.Period;
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

  /** Indexes the values, adding a problem for each that repeats an earlier one's publication. */
  BenchmarkIndex(List<BenchmarkValue> benchmarks, List<Problem> problems) {
    for (BenchmarkValue v : benchmarks) {
      index.computeIfAbsent(new Key(v.indicator(), v.kind(), v.period()), k -> new Revisions<>(v.period()))
          .add(v, v.published());
    }
    boolean duplicates = false;
    for (Revisions<BenchmarkValue> r : index.values()) {
      duplicates |= r.seal();
    }
    if (duplicates) {
      duplicates(benchmarks, problems);
    }
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

  Optional<BenchmarkValue> benchmark(IndicatorId indicator, BenchmarkKind kind, Period period, LocalDate asAt) {
    Revisions<BenchmarkValue> r = index.get(new Key(indicator, kind, period));
    return r == null ? Optional.empty() : r.asAt(asAt);
  }
}
