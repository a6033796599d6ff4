package org.improvementnotice.model.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.improvementnotice.model.indicator.Derivation;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.time.Period;

/**
 * The figures of rates worked out from two counts ({@link Indicator#derivedFrom}; DOMAIN.md, "a rate derived from
 * two other series"), added to a council's data: for each period both counts have a figure for, the numerator's
 * count over the denominator's, in the rate's unit, with the two counts as its numerator and denominator (so a
 * longer period sums them), published when the later of the two was. Revisions follow the counts': each time
 * either count for a period is revised, the rate for it is, from that day, so the data as known at any date gives
 * the rate of the counts known then. A count published without a value withholds the rate with it, saying why; a
 * denominator of zero gives no rate, and says so. A rate the data already gives for a period is kept as given (the
 * data validator refuses it). Stateless.
 */
public final class DerivedFigures {
  private DerivedFigures() {}

  /**
   * {@return the data with the figures of each derived indicator worked out from its counts; the data itself when
   * none of the indicators is derived}
   *
   * @param data the council's data, with the counts' figures
   * @param indicators the notice's indicators; those derived from two counts get figures
   */
  public static PerformanceData addTo(PerformanceData data, Collection<Indicator> indicators) {
    // most notices derive nothing: no copy and no allocation then
    if (indicators.stream().noneMatch(i -> i.derivedFrom().isPresent())) {
      return data;
    }
    List<Indicator> derived = indicators.stream().filter(i -> i.derivedFrom().isPresent()).toList();
    PerformanceData.Builder b = PerformanceData.builder(data.council()).addAll(data);
    for (Indicator rate : derived) {
      derive(data, rate, b);
    }
    return b.build();
  }

  private static void derive(PerformanceData data, Indicator rate, PerformanceData.Builder b) {
    Derivation d = rate.derivedFrom().orElseThrow();
    Map<Period, List<Observation>> top = byPeriod(data, d.numerator());
    Map<Period, List<Observation>> below = byPeriod(data, d.denominator());
    Set<Period> given = new HashSet<>(byPeriod(data, rate.id()).keySet());
    for (UnavailableFigure u : data.unavailable()) {
      if (u.benchmark().isEmpty() && u.indicator().equals(rate.id())) {
        given.add(u.period());
      }
    }
    for (Map.Entry<Period, List<Observation>> e : top.entrySet()) {
      Period p = e.getKey();
      List<Observation> counts = below.get(p);
      if (counts != null && !given.contains(p)) {
        revisions(rate, d, p, e.getValue(), counts, b);
      }
    }
    Set<Period> withheld = new HashSet<>();
    for (UnavailableFigure u : data.unavailable()) {
      boolean part = u.benchmark().isEmpty()
          && (u.indicator().equals(d.numerator()) || u.indicator().equals(d.denominator()));
      if (part && !given.contains(u.period()) && withheld.add(u.period())) {
        b.addUnavailable(new UnavailableFigure(rate.id(), Optional.empty(), u.period(), u.symbol(),
            "it is worked out from " + d + ", and " + u.indicator() + " " + u.reason(), u.source(), u.published()));
      }
    }
  }

  /** One revision of the rate each day either count for the period was published, from when both were. */
  private static void revisions(Indicator rate, Derivation d, Period p, List<Observation> tops,
      List<Observation> belows, PerformanceData.Builder b) {
    TreeSet<LocalDate> days = new TreeSet<>();
    tops.forEach(o -> days.add(o.published()));
    belows.forEach(o -> days.add(o.published()));
    for (LocalDate day : days) {
      Optional<Observation> a = knownOn(tops, day);
      Optional<Observation> c = knownOn(belows, day);
      if (a.isEmpty() || c.isEmpty()) {
        continue;
      }
      String source = "worked out from " + d.numerator() + " " + a.get().value().toPlainString() + " ("
          + a.get().source() + ") over " + d.denominator() + " " + c.get().value().toPlainString() + " ("
          + c.get().source() + ")";
      if (c.get().value().signum() <= 0) {
        b.addUnavailable(new UnavailableFigure(rate.id(), Optional.empty(), p, Optional.empty(),
            "it is worked out from " + d + ", and " + d.denominator() + " is " + c.get().value().toPlainString(),
            source, day));
        continue;
      }
      b.addObservation(new Observation(rate.id(), p, rate.unit().ofRatio(a.get().value(), c.get().value()),
          Optional.of(new Ratio(a.get().value(), c.get().value())), source, day));
    }
  }

  /** The revision of a count known on the day: the latest published on or before it. */
  private static Optional<Observation> knownOn(List<Observation> revisions, LocalDate day) {
    Observation known = null;
    for (Observation o : revisions) {
      if (!o.published().isAfter(day) && (known == null || o.published().isAfter(known.published()))) {
        known = o;
      }
    }
    return Optional.ofNullable(known);
  }

  private static Map<Period, List<Observation>> byPeriod(PerformanceData data, IndicatorId id) {
    Map<Period, List<Observation>> out = new LinkedHashMap<>();
    for (Observation o : data.observations()) {
      if (o.indicator().equals(id)) {
        out.computeIfAbsent(o.period(), k -> new ArrayList<>()).add(o);
      }
    }
    return out;
  }
}
