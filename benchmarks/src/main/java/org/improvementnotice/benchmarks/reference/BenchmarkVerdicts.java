package org.improvementnotice.benchmarks.reference;

import java.math.BigDecimal;
import java.util.Optional;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Decision;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.JudgedFigure;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Verdict;
import org.improvementnotice.model.data.Aggregate;
import org.improvementnotice.model.data.BenchmarkValue;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.requirement.Comparison;
import org.improvementnotice.model.requirement.RelativeToBenchmark;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.rules.DirectionOfTravel;
import org.improvementnotice.rules.Status;

/**
 * The benchmark family, read from the domain notes: form 6, relative to a benchmark. Once due, the figure for the
 * judged period against the benchmark for the same period; NOT_YET_DUE before; a missing benchmark is NO_DATA
 * (whatever the missing-data setting: it is not the council's figure). The judged figure and the direction of
 * travel are the figure for the judged period's, when known, due or not. Stateless.
 */
final class BenchmarkVerdicts {
  private BenchmarkVerdicts() {}

  static Verdict relativeToBenchmark(Evaluation e, RelativeToBenchmark b) {
    return Verdict.of(decide(e, b), direction(e, b), judgedFigure(e, b));
  }

  /** Once due, the figure for the period against the benchmark for the same period. */
  private static Decision decide(Evaluation e, RelativeToBenchmark b) {
    Indicator indicator = e.indicator(b.indicator().value());
    Optional<Decision> beforeDue = e.beforeDue(b.due());
    if (beforeDue.isPresent()) {
      return beforeDue.get();
    }
    Period period = e.judgedPeriod(b.due(), indicator.reportingPeriod()).get();
    Optional<BigDecimal> benchmark = e.data.benchmark(indicator.id(), b.benchmark(), period, e.asAt)
        .map(BenchmarkValue::value);
    if (benchmark.isEmpty()) {
      return Decision.of(Status.NO_DATA);
    }
    Optional<BigDecimal> figure = e.data.aggregate(indicator, period, e.asAt).map(Aggregate::value);
    return e.judgeDue(figure, benchmark.get(), b.comparison() == Comparison.AT_LEAST,
        e.band(indicator, benchmark.get()));
  }

  private static Optional<JudgedFigure> judgedFigure(Evaluation e, RelativeToBenchmark b) {
    Indicator indicator = e.indicator(b.indicator().value());
    return e.figureFor(indicator, e.judgedPeriod(b.due(), indicator.reportingPeriod()));
  }

  private static DirectionOfTravel direction(Evaluation e, RelativeToBenchmark b) {
    Indicator indicator = e.indicator(b.indicators().get(0).value());
    return judgedFigure(e, b).map(f -> e.travel(indicator, f)).orElse(DirectionOfTravel.NOT_KNOWN);
  }
}
