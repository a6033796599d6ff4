package org.improvementnotice.benchmarks.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Decision;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.JudgedFigure;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Verdict;
import org.improvementnotice.model.data.Aggregate;
import org.improvementnotice.model.data.BenchmarkValue;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.requirement.Baseline;
import org.improvementnotice.model.requirement.Comparison;
import org.improvementnotice.model.requirement.RelativeToBenchmark;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.PeriodKind;
import org.improvementnotice.rules.DirectionOfTravel;
import org.improvementnotice.rules.Status;

/**
 * The benchmark family, read from the domain notes: form 6, relative to a benchmark. Once due, the figure for the
 * judged period against the benchmark for the same period; before, forecast against the latest benchmark known
 * ({@link ForecastVerdicts}); UNRESOLVED_DEADLINE while its deadline has no date; a missing benchmark is NO_DATA
 * (whatever the missing-data setting: it is not the council's figure). The judged figure and the direction of
 * travel are the figure for the judged period's, when known, due or not. Stateless.
 */
final class BenchmarkVerdicts {
  private BenchmarkVerdicts() {}

  static Verdict relativeToBenchmark(Evaluation e, RelativeToBenchmark b) {
    return Verdict.of(decide(e, b), direction(e, b), judgedFigure(e, b));
  }

  /**
   * Once due, the figure for the period against the benchmark for the same period; before, the forecast against
   * the latest benchmark known at the date.
   */
  private static Decision decide(Evaluation e, RelativeToBenchmark b) {
    Indicator indicator = e.indicator(b.indicator().value());
    Optional<Decision> beforeDue = e.beforeDue(b.due());
    if (beforeDue.isPresent()) {
      if (beforeDue.get().status() != Status.NOT_YET_DUE || e.broken(Break.BENCHMARK_NOT_FORECAST)) {
        return beforeDue.get();
      }
      return forecast(e, b, indicator);
    }
    Period period = e.judgedPeriod(b.due(), indicator.reportingPeriod()).get();
    Optional<BigDecimal> benchmark = e.data.benchmark(indicator.id(), b.benchmark(), period, e.asAt)
        .map(BenchmarkValue::value);
    if (benchmark.isEmpty()) {
      return Decision.of(Status.NO_DATA);
    }
    Optional<BigDecimal> figure = e.data.aggregate(indicator, period, e.asAt).map(Aggregate::value);
    return e.judgeDue(figure, e.withheld(indicator, period, false), benchmark.get(),
        b.comparison() == Comparison.AT_LEAST,
        e.band(indicator, benchmark.get()));
  }

  /**
   * DOMAIN.md: a target relative to a benchmark is forecast the same way as a stated one, against the latest
   * benchmark value known at the date as its target: the benchmark of the comparator for the latest period of the
   * judged period's kind with a value published by the date, its latest revision then. The trajectory starts from
   * the stated baseline, else the value at issue (there are no stages). No benchmark known: NO_DATA.
   */
  private static Decision forecast(Evaluation e, RelativeToBenchmark b, Indicator indicator) {
    PeriodKind kind = e.judgedPeriod(b.due(), indicator.reportingPeriod()).get().kind();
    Optional<Period> latestPeriod = Optional.empty();
    for (BenchmarkValue v : e.data.benchmarks()) {
      if (v.indicator().equals(indicator.id()) && v.kind() == b.benchmark() && v.period().kind() == kind
          && !v.published().isAfter(e.asAt)
          && (latestPeriod.isEmpty() || Period.ORDER.compare(v.period(), latestPeriod.get()) > 0)) {
        latestPeriod = Optional.of(v.period());
      }
    }
    Optional<BigDecimal> target = latestPeriod.flatMap(p -> e.data.benchmark(indicator.id(), b.benchmark(), p,
        e.asAt)).map(BenchmarkValue::value);
    // the latest benchmark of the kind could not be computed: the one before it is not the latest
    if (target.isEmpty() || e.latestWithheld(indicator, Optional.of(b.benchmark()), kind,
        e.judgedPeriod(b.due(), indicator.reportingPeriod()).get().endInclusive())) {
      return Decision.of(Status.NO_DATA);
    }
    LocalDate due = e.dueDate(b.due()).get();
    return ForecastVerdicts.forecast(e, indicator, b.baseline().orElse(Baseline.atIssue()), List.of(), target.get(),
        due, b.comparison() == Comparison.AT_LEAST, e.band(indicator, target.get()));
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
