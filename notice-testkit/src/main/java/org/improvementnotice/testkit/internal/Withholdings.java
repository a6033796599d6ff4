package org.improvementnotice.testkit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.improvementnotice.model.data.BenchmarkValue;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.data.UnavailableFigure;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.time.Period;

/**
 * Figures published without a value, drawn into generated data: a share of the council's figures (each indicator
 * and period) and of the benchmarks (each indicator, comparator and period) is published as a cell with one of
 * the DfE's symbols in place of its value. Of the council's figures withheld, three in four never get a value;
 * the others get their value later (the notice is published up to 30 days before the first value, never before
 * the period ends). A withheld benchmark never gets a value ("too few neighbours"). Everything else is kept as
 * drawn. Stateless.
 */
public final class Withholdings {
  /** The DfE's symbols for a cell that exists but has no value, and their meanings. */
  private static final String[][] SYMBOLS = {
      {"c", "suppressed to protect confidentiality"}, {"x", "not available"}, {"z", "not applicable"},
      {"k", "below 0.5"}, {"u", "low reliability"}, {"low", "fewer than five"}};

  private Withholdings() {}

  /**
   * The data with a share of its figures withheld.
   *
   * @param data the data drawn
   * @param probability the share of figures withheld, 0 to 1
   * @return the data with figures withheld
   */
  public static Arbitrary<PerformanceData> withhold(Arbitrary<PerformanceData> data, double probability) {
    return Combinators.combine(data, Arbitraries.randoms()).as((d, random) -> withhold(d, random, probability));
  }

  private record Series(IndicatorId indicator, Optional<BenchmarkKind> benchmark, Period period) {}

  private static PerformanceData withhold(PerformanceData d, Random random, double probability) {
    PerformanceData.Builder b = PerformanceData.builder(d.council());
    Map<Series, List<Observation>> observations = new LinkedHashMap<>();
    for (Observation o : d.observations()) {
      observations.computeIfAbsent(new Series(o.indicator(), Optional.empty(), o.period()), k -> new ArrayList<>())
          .add(o);
    }
    int line = 2;
    for (Map.Entry<Series, List<Observation>> e : observations.entrySet()) {
      List<Observation> revisions = e.getValue();
      LocalDate first = revisions.stream().map(Observation::published).min(LocalDate::compareTo).orElseThrow();
      if (random.nextDouble() >= probability) {
        b.addObservations(revisions);
      } else if (random.nextInt(4) > 0) {
        b.addUnavailable(cell(e.getKey(), first, random, line++));
      } else {
        LocalDate earliest = e.getKey().period().endInclusive().plusDays(1);
        LocalDate notice = first.minusDays(1 + random.nextInt(30));
        b.addUnavailable(cell(e.getKey(), notice.isBefore(earliest) ? earliest : notice, random, line++));
        b.addObservations(revisions);
      }
    }
    Map<Series, List<BenchmarkValue>> benchmarks = new LinkedHashMap<>();
    for (BenchmarkValue v : d.benchmarks()) {
      benchmarks.computeIfAbsent(new Series(v.indicator(), Optional.of(v.kind()), v.period()),
          k -> new ArrayList<>()).add(v);
    }
    for (Map.Entry<Series, List<BenchmarkValue>> e : benchmarks.entrySet()) {
      if (random.nextDouble() >= probability) {
        e.getValue().forEach(b::addBenchmark);
      } else {
        LocalDate first = e.getValue().stream().map(BenchmarkValue::published).min(LocalDate::compareTo)
            .orElseThrow();
        b.addUnavailable(new UnavailableFigure(e.getKey().indicator(), e.getKey().benchmark(), e.getKey().period(),
            Optional.empty(), "only 6 of 10 neighbours have a figure; at least 7 are needed", "generated", first));
      }
    }
    d.unavailable().forEach(b::addUnavailable);
    d.actions().forEach(b::addAction);
    d.meetingsInOrderAdded().forEach(b::addMeeting);
    d.judgements().forEach(b::addJudgement);
    d.recordedDecimals().forEach(b::recordDecimals);
    return b.build();
  }

  private static UnavailableFigure cell(Series s, LocalDate published, Random random, int line) {
    String[] symbol = SYMBOLS[random.nextInt(SYMBOLS.length)];
    return new UnavailableFigure(s.indicator(), Optional.empty(), s.period(), Optional.of(symbol[0]),
        "'" + symbol[0] + "' (" + symbol[1] + ")", "generated.csv:" + line, published);
  }
}
