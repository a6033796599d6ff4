package org.improvementnotice.rules.internal.preparation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.data.Aggregate;
import org.improvementnotice.model.data.BenchmarkValue;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.requirement.Comparison;
import org.improvementnotice.model.requirement.RelativeToBenchmark;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.rules.FigureUsed;
import org.improvementnotice.rules.facts.FigureCase;

/**
 * The benchmark family ({@code benchmark.drl}): form 6, the figure for the judged period against the benchmark
 * for the same period, prepared as a {@link FigureCase} whose threshold is the benchmark (null when it is not
 * known at the date). Decides nothing. Stateless.
 */
final class BenchmarkPreparation {
  private BenchmarkPreparation() {}

  /** Form 6. */
  static Prepared relativeToBenchmark(Evaluation e, RelativeToBenchmark b, Measure m) {
    Indicator ind = e.indicator(b.indicator());
    Optional<LocalDate> due = e.dueDate(b.due());
    Optional<Period> period = e.judged(b.due(), ind.reportingPeriod());
    Words w = e.words(ind, due.orElse(null));
    List<FigureUsed> values = new ArrayList<>();
    Optional<Aggregate> figure = period.flatMap(p -> e.aggregate(ind, p));
    figure.ifPresent(a -> values.add(FigureUsed.of("figure", a.value(), a.period())));
    Optional<BenchmarkValue> bench = period.flatMap(p -> e.data.benchmark(ind.id(), b.benchmark(), p, e.asAt));
    String name = name(b.benchmark());
    bench.ifPresent(v -> values.add(FigureUsed.of(name + " benchmark", v.value(), v.period())));
    b.baseline().flatMap(x -> e.baseline(ind, x)).ifPresent(values::add);
    period.ifPresent(p -> w.put("period", p));
    figure.ifPresent(a -> w.put("figure", Words.number(a.value(), ind)));
    bench.ifPresent(v -> w.put("benchmark", Words.number(v.value(), ind)));
    bench.ifPresent(v -> w.put("benchmarkSource", v.source()));   // how it was found: a computed one says so
    String threshold = b.comparison().words() + " the " + name + " average";
    w.put("threshold", threshold);
    BigDecimal tolerance = bench.map(v -> e.tolerance(ind, v.value())).orElse(null);
    if (tolerance != null) {
      w.put("tolerance", Words.number(tolerance, ind));
    }
    FigureCase fact = new FigureCase(b.id().value(), b.form(), e.asAt, due.orElse(null),
        figure.map(Aggregate::value).orElse(null), bench.map(BenchmarkValue::value).orElse(null),
        b.comparison() == Comparison.AT_LEAST, tolerance, e.strict, false, null, null);
    return new Prepared(b, m, fact, values, Optional.of(threshold), e.travelOf(ind, figure), w.map);
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
