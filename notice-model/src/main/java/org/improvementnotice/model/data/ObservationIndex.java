package org.improvementnotice.model.data;

import com.google.common.collect.ImmutableRangeMap;
import com.google.common.collect.Range;
import com.google.common.collect.RangeMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
 * regular period kind, in a Guava {@link RangeMap} over the periods' dates, so that finding the observations
 * inside a span is a range query.
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
  private final Map<IndicatorId, Map<PeriodKind, RangeMap<LocalDate, Revisions<Observation>>>> byKind = new HashMap<>();

  /** Indexes the observations, adding a problem for each that repeats an earlier one's publication. */
  ObservationIndex(List<Observation> observations, List<Problem> problems) {
    Map<Key, Map<LocalDate, Integer>> seen = new HashMap<>();
    for (int i = 0; i < observations.size(); i++) {
      Observation o = observations.get(i);
      Key key = new Key(o.indicator(), o.period());
      Integer first = seen.computeIfAbsent(key, k -> new HashMap<>()).putIfAbsent(o.published(), i);
      if (first != null) {
        problems.add(Problem.error("observations[" + i + "]", String.format(
            "Duplicate observation: %s for %s published %s is already given at observations[%d]",
            o.indicator(), o.period(), o.published(), first)));
        continue;
      }
      byPeriod.computeIfAbsent(key, k -> new Revisions<>(o.period())).add(o, o.published());
    }
    Map<IndicatorId, Map<PeriodKind, ImmutableRangeMap.Builder<LocalDate, Revisions<Observation>>>> builders =
        new HashMap<>();
    for (Map.Entry<Key, Revisions<Observation>> e : byPeriod.entrySet()) {
      Period p = e.getKey().period();
      if (p.kind().isRegular()) {
        builders.computeIfAbsent(e.getKey().indicator(), k -> new EnumMap<>(PeriodKind.class))
            .computeIfAbsent(p.kind(), k -> ImmutableRangeMap.builder())
            .put(p.toRange(), e.getValue());
      }
    }
    builders.forEach((indicator, kinds) -> {
      Map<PeriodKind, RangeMap<LocalDate, Revisions<Observation>>> built = new EnumMap<>(PeriodKind.class);
      kinds.forEach((kind, builder) -> built.put(kind, builder.build()));
      byKind.put(indicator, built);
    });
  }

  /** Every figure's revisions. */
  Collection<Revisions<Observation>> figures() {
    return byPeriod.values();
  }

  /** Whether the indicator has observations of the regular kind. */
  boolean holds(IndicatorId indicator, PeriodKind kind) {
    Map<PeriodKind, RangeMap<LocalDate, Revisions<Observation>>> held = byKind.get(indicator);
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
    RangeMap<LocalDate, Revisions<Observation>> index = byKind.getOrDefault(indicator, Map.of()).get(kind);
    if (index == null) {
      return List.of();
    }
    List<Observation> out = new ArrayList<>();
    for (Revisions<Observation> r : index.subRangeMap(span).asMapOfRanges().values()) {
      if (span.encloses(r.period().toRange())) {
        r.asAt(asAt).ifPresent(out::add);
      }
    }
    return out;
  }

  Optional<Observation> latest(IndicatorId indicator, PeriodKind kind, LocalDate date, LocalDate asAt) {
    RangeMap<LocalDate, Revisions<Observation>> index = byKind.getOrDefault(indicator, Map.of()).get(kind);
    if (index == null) {
      return Optional.empty();
    }
    if (index.asMapOfRanges().isEmpty()) {
      return Optional.empty();
    }
    LocalDate earliest = index.span().lowerEndpoint();
    Period p = kind.containing(date);
    if (p.endInclusive().isAfter(date)) {
      p = p.previous();
    }
    for (; !p.endInclusive().isBefore(earliest); p = p.previous()) {
      Revisions<Observation> r = index.get(p.start());
      if (r != null && r.period().equals(p)) {
        Optional<Observation> o = r.asAt(asAt);
        if (o.isPresent()) {
          return o;
        }
      }
    }
    return Optional.empty();
  }
}
