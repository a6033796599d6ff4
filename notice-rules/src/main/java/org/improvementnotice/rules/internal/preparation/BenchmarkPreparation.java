package org.improvementnotice.rules.internal.preparation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.data.Aggregate;
import org.improvementnotice.model.data.BenchmarkValue;
import org.improvementnotice.model.data.UnavailableFigure;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.requirement.Comparison;
import org.improvementnotice.model.requirement.RelativeToBenchmark;
import org.improvementnotice.model.requirement.Trajectory;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.rules.FigureUsed;
import org.improvementnotice.rules.facts.FigureCase;

/**
 * The benchmark family ({@code benchmark.drl}): form 6, the figure for the judged period against the benchmark
 * for the same period, prepared as a {@link FigureCase} whose threshold is the benchmark (null when it is not
 * known at the date). Before it is due, the forecast ({@code forecast.drl}) against the latest benchmark of the
 * judged period's kind known at the date, along the trajectory from the baseline. Decides nothing. Stateless.
 */
final class BenchmarkPreparation {
  private BenchmarkPreparation() {}

  /**
   * Form 6. Once due, the benchmark for the judged period; before, the forecast along the trajectory from the
   * baseline to the latest benchmark of the judged period's kind known at the date.
   */
  static Prepared relativeToBenchmark(Evaluation e, RelativeToBenchmark b, Measure m) {
    Indicator ind = e.indicator(b.indicator());
    Optional<LocalDate> due = e.dueDate(b.due());
    Optional<Period> period = e.judged(b.due(), ind.reportingPeriod());
    boolean forecast = due.isPresent() && !e.asAt.isAfter(due.get());
    Words w = e.words(ind, due.orElse(null));
    List<FigureUsed> values = new ArrayList<>();
    Optional<Aggregate> figure = period.flatMap(p -> e.aggregate(ind, p));
    figure.ifPresent(a -> values.add(FigureUsed.of("figure", a)));
    Optional<BenchmarkValue> bench = period.flatMap(p -> forecast ? latestBenchmark(e, ind, b.benchmark(), p)
        : e.data.benchmark(ind.id(), b.benchmark(), p, e.asAt));
    String name = name(b.benchmark());
    bench.ifPresent(v -> values.add(FigureUsed.of(name + " benchmark", v)));
    period.ifPresent(p -> w.put("period", p));
    figure.ifPresent(a -> w.put("figure", Words.number(a.value(), ind)));
    bench.ifPresent(v -> w.put("benchmark", Words.number(v.value(), ind)));
    bench.ifPresent(v -> w.put("benchmarkSource", v.source()));   // how it was found: a computed one says so
    if (forecast) {
      bench.ifPresent(v -> w.put("forecastBenchmark", Words.number(v.value(), ind) + " for " + v.period()));
    }
    // a figure or benchmark published without a value (suppressed, too few neighbours) says why
    // (no data even when missing data is strict: the figure exists, but is not published)
    Optional<UnavailableFigure> unavailable = period.flatMap(p -> e.withheld(ind, p));
    unavailable.ifPresent(u -> w.withheld(Words.WITHHELD, u, period, null));
    if (bench.isEmpty()) {
      // before it is due, the latest benchmark of the kind may be the one that could not be computed
      period.flatMap(p -> forecast ? latestUnavailableBenchmark(e, ind, b.benchmark(), p)
          : e.data.unavailable(ind.id(), Optional.of(b.benchmark()), p, e.asAt))
          .ifPresent(u -> w.put("benchmarkUnavailable", (forecast ? u.period() + ": " : "") + u.describe()));
    }
    String threshold = b.comparison().words() + " the " + name + " average";
    w.put("threshold", threshold);
    BigDecimal tolerance = bench.map(v -> e.tolerance(ind, v.value())).orElse(null);
    if (tolerance != null) {
      w.put("tolerance", Words.number(tolerance, ind));
    }
    Trajectory trajectory = new Trajectory(b.baseline(), List.of());
    ForecastPreparation.Forecast f = ForecastPreparation.along(e, ind, trajectory,
        bench.map(BenchmarkValue::value).orElse(null), due.orElse(null), values, w);
    FigureCase fact = new FigureCase(b.id().value(), b.form(), e.asAt, due.orElse(null),
        figure.map(Aggregate::value).orElse(null), bench.map(BenchmarkValue::value).orElse(null),
        b.comparison() == Comparison.AT_LEAST, tolerance, e.strict && unavailable.isEmpty(), true, f.latestValue(),
        f.expected());
    return new Prepared(b, m, fact, values, Optional.of(threshold), e.travelOf(ind, figure), w.map);
  }

  /**
   * The benchmark, as known at the assessment date, for the latest period of the judged period's kind ending no
   * later than it: what a target relative to a benchmark is forecast against before it is due.
   */
  private static Optional<BenchmarkValue> latestBenchmark(Evaluation e, Indicator ind, BenchmarkKind kind,
      Period judged) {
    Optional<BenchmarkValue> found;
    if (judged.kind().isRegular()) {
      found = e.data.latestBenchmark(ind.id(), kind, judged.kind(), judged.endInclusive(), e.asAt);
    } else {
      Period best = null;
      for (BenchmarkValue v : e.data.benchmarks()) {
        Period p = v.period();
        if (v.kind() == kind && p.kind() == judged.kind() && v.indicator().equals(ind.id())
            && !v.published().isAfter(e.asAt) && !p.endInclusive().isAfter(judged.endInclusive())
            && (best == null || p.endInclusive().isAfter(best.endInclusive()))) {
          best = p;
        }
      }
      found = best == null ? Optional.empty() : e.data.benchmark(ind.id(), kind, best, e.asAt);
    }
    // a later period whose benchmark could not be computed: the latest benchmark is not known, and an older one
    // does not stand in for it
    Optional<UnavailableFigure> later = e.data.latestUnavailable(ind.id(), Optional.of(kind), judged.kind(),
        judged.endInclusive(), e.asAt);
    return later.isPresent() && found.isPresent()
        && later.get().period().endInclusive().isAfter(found.get().period().endInclusive()) ? Optional.empty() : found;
  }

  /** The benchmark of the kind that could not be computed, when it is the latest one known at the date. */
  private static Optional<UnavailableFigure> latestUnavailableBenchmark(Evaluation e, Indicator ind,
      BenchmarkKind kind, Period judged) {
    return e.data.latestUnavailable(ind.id(), Optional.of(kind), judged.kind(), judged.endInclusive(), e.asAt);
  }

  /** The benchmark's name in a finding's values and words ("England", "statistical neighbour", "regional"). */
  static String name(BenchmarkKind kind) {
    return switch (kind) {
      case ENGLAND -> "England";
      case STATISTICAL_NEIGHBOURS -> "statistical neighbour";
      case REGION -> "regional";
    };
  }
}
