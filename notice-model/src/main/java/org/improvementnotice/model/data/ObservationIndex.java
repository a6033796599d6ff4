package org.improvementnotice.model.data;

import com.google.common.collect.Range;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.PeriodKind;
import org.improvementnotice.model.validation.Problem;

/**
 * The observations indexed by indicator and period (their revisions together), and, for each indicator and
 * regular period kind, in period order ({@link PeriodSeries}), so that finding the observations inside a span
 * or the latest by a date is a binary search.
 */
final class ObservationIndex {

  /**
   * The keys mix their hash so that keys differing only in the period spread over the table, and write out
   * equals (the record's generated one goes through a method handle, slow where the call is not inlined).
   */
  private record Key(IndicatorId indicator, Period period) {
    @Override
    public int hashCode() {
      return Keys.mix(31 * indicator.hashCode() + period.hashCode());
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && indicator.equals(k.indicator) && period.equals(k.period);
    }
  }

  private final Map<Key, Revisions<Observation>> byPeriod = new HashMap<>();
  private final Map<IndicatorId, Map<PeriodKind, PeriodSeries<Observation>>> byKind = new HashMap<>();

  /** Indexes the observations, adding a problem for each that repeats an earlier one's publication. */
  ObservationIndex(List<Observation> observations, List<Problem> problems) {
    for (Observation o : observations) {
      byPeriod.computeIfAbsent(new Key(o.indicator(), o.period()), k -> new Revisions<>(o.period()))
          .add(o, o.published());
    }
    if (Revisions.sealAll(byPeriod.values())) {
      duplicates(observations, problems);
    }
    Map<IndicatorId, Map<PeriodKind, List<Revisions<Observation>>>> series = new HashMap<>();
    for (Map.Entry<Key, Revisions<Observation>> e : byPeriod.entrySet()) {
      Period p = e.getKey().period();
      if (p.kind().isRegular()) {
        series.computeIfAbsent(e.getKey().indicator(), k -> new EnumMap<>(PeriodKind.class))
            .computeIfAbsent(p.kind(), k -> new ArrayList<>())
            .add(e.getValue());
      }
    }
    series.forEach((indicator, kinds) -> {
      Map<PeriodKind, PeriodSeries<Observation>> built = new EnumMap<>(PeriodKind.class);
      kinds.forEach((kind, figures) -> built.put(kind, new PeriodSeries<>(figures)));
      byKind.put(indicator, built);
    });
  }

  /** A problem for each observation published on the same day as an earlier one of its indicator and period. */
  private static void duplicates(List<Observation> observations, List<Problem> problems) {
    Map<Key, Map<LocalDate, Integer>> seen = new HashMap<>();
    for (int i = 0; i < observations.size(); i++) {
      Observation o = observations.get(i);
      Integer first = seen.computeIfAbsent(new Key(o.indicator(), o.period()), k -> new HashMap<>())
          .putIfAbsent(o.published(), i);
      if (first != null) {
        problems.add(Problem.error("observations[" + i + "]", String.format(
            "Duplicate observation: %s for %s published %s is already given at observations[%d]",
            o.indicator(), o.period(), o.published(), first)));
      }
    }
  }

  /** Every figure as known at the date (its latest revision published on or before it), by indicator and period. */
  List<Observation> knownAt(LocalDate asAt) {
    return byPeriod.values().stream()
        .map(r -> r.asAt(asAt)).flatMap(Optional::stream)
        .sorted(Comparator.comparing((Observation o) -> o.indicator()).thenComparing(Observation::period))
        .toList();
  }

  /** Whether the indicator has observations of the regular kind. */
  boolean holds(IndicatorId indicator, PeriodKind kind) {
    Map<PeriodKind, PeriodSeries<Observation>> held = byKind.get(indicator);
    return held != null && held.containsKey(kind);
  }

  /** Whether the indicator has observations of any regular kind. */
  boolean holdsAnyRegular(IndicatorId indicator) {
    return byKind.containsKey(indicator);
  }

  Optional<Observation> observation(IndicatorId indicator, Period period, LocalDate asAt) {
    Revisions<Observation> r = byPeriod.get(new Key(indicator, period));
    return r == null ? Optional.empty() : r.asAt(asAt);
  }

  List<Observation> observations(IndicatorId indicator, PeriodKind kind, Range<LocalDate> span, LocalDate asAt) {
    PeriodSeries<Observation> series = byKind.getOrDefault(indicator, Map.of()).get(kind);
    return series == null ? List.of() : series.inside(span, asAt);
  }

  Optional<Observation> latest(IndicatorId indicator, PeriodKind kind, LocalDate date, LocalDate asAt) {
    PeriodSeries<Observation> series = byKind.getOrDefault(indicator, Map.of()).get(kind);
    return series == null ? Optional.empty() : series.latest(date, asAt);
  }
}
