package org.improvementnotice.benchmarks.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Decision;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.JudgedFigure;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Verdict;
import org.improvementnotice.model.data.Aggregate;
import org.improvementnotice.model.indicator.Aggregation;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.Polarity;
import org.improvementnotice.model.requirement.AverageOverPeriod;
import org.improvementnotice.model.requirement.Comparison;
import org.improvementnotice.model.requirement.GapBetweenSeries;
import org.improvementnotice.model.requirement.GapSource;
import org.improvementnotice.model.requirement.Threshold;
import org.improvementnotice.model.requirement.ThresholdByDate;
import org.improvementnotice.model.requirement.ThresholdInPeriod;
import org.improvementnotice.model.requirement.Trajectory;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.rules.DirectionOfTravel;
import org.improvementnotice.rules.Status;

/**
 * The threshold family, read from the domain notes: a figure against a stated threshold once due.
 * <ul>
 *   <li>forms 1 and 2, a threshold in a period or by a date, and form 3, staged targets (each stage a requirement
 *       of form 1 or 2): once due (the day after the period ends or the deadline passes) the figure against the
 *       threshold, amber when short by no more than the tolerance; before, the forecast ({@link ForecastVerdicts});
 *       UNRESOLVED_DEADLINE while the deadline has no date;</li>
 *   <li>form 9, average over a period, and form 10, gap between two series (supplied as its own indicator, or the
 *       reference minus the subject when higher is better, the subject minus the reference when lower is
 *       better): a figure against a threshold once due, NOT_YET_DUE before.</li>
 * </ul>
 * The judged figure: the figure for the judged period (form 1's period; for a deadline, the latest reporting
 * period ending by it), the average over form 9's period, the gap for form 10's. The direction of travel: of the
 * judged figure, else (forms 1 and 2) of the latest observation; form 9's against averages taken the same way; a
 * derived gap's is NOT_KNOWN. Stateless.
 */
final class ThresholdVerdicts {
  private ThresholdVerdicts() {}

  // ---- forms 1, 2, 3 ----------------------------------------------------------------------------------------

  static Verdict inPeriod(Evaluation e, ThresholdInPeriod t) {
    return Verdict.of(decide(e, t), direction(e, t), judgedFigure(e, t));
  }

  static Verdict byDate(Evaluation e, ThresholdByDate t) {
    return Verdict.of(decide(e, t), direction(e, t), judgedFigure(e, t));
  }

  private static Decision decide(Evaluation e, ThresholdInPeriod t) {
    Indicator indicator = e.indicator(t.indicator().value());
    return threshold(e, indicator, t.threshold(), Optional.of(t.period().endInclusive()), Optional.of(t.period()),
        t.trajectory());
  }

  private static Decision decide(Evaluation e, ThresholdByDate t) {
    Indicator indicator = e.indicator(t.indicator().value());
    Optional<LocalDate> due = e.lastDayOnTime(t.deadline());
    Optional<Period> judged = due.map(d -> Evaluation.latestPeriodEndingBy(indicator.reportingPeriod(), d));
    return threshold(e, indicator, t.threshold(), due, judged, t.trajectory());
  }

  /** Once due, the figure against the threshold; before, the latest figure against the trajectory. */
  private static Decision threshold(Evaluation e, Indicator indicator, Threshold threshold, Optional<LocalDate> due,
      Optional<Period> judged, Trajectory trajectory) {
    if (due.isEmpty()) {
      return Decision.of(Status.UNRESOLVED_DEADLINE);
    }
    boolean atLeast = threshold.comparison() == Comparison.AT_LEAST;
    BigDecimal tolerance = e.band(indicator, threshold.value());
    if (e.isDue(due.get())) {
      Optional<BigDecimal> figure = e.data.aggregate(indicator, judged.get(), e.asAt).map(Aggregate::value);
      return e.judgeDue(figure, e.withheld(indicator, judged.get(), false), threshold.value(), atLeast, tolerance);
    }
    return ForecastVerdicts.forecast(e, indicator, trajectory.effectiveBaseline(), trajectory.earlierStages(),
        threshold.value(), due.get(), atLeast, tolerance);
  }

  /** The figure for the period, as known at the date, due or not. */
  private static Optional<JudgedFigure> judgedFigure(Evaluation e, ThresholdInPeriod t) {
    return e.figureFor(e.indicator(t.indicator().value()), Optional.of(t.period()));
  }

  /** The figure for the latest reporting period ending by the deadline, as known at the date, due or not. */
  private static Optional<JudgedFigure> judgedFigure(Evaluation e, ThresholdByDate t) {
    Indicator indicator = e.indicator(t.indicator().value());
    return e.figureFor(indicator, e.lastDayOnTime(t.deadline())
        .map(d -> Evaluation.latestPeriodEndingBy(indicator.reportingPeriod(), d)));
  }

  private static DirectionOfTravel direction(Evaluation e, ThresholdInPeriod t) {
    return travelOfUsed(e, e.indicator(t.indicators().get(0).value()), judgedFigure(e, t));
  }

  private static DirectionOfTravel direction(Evaluation e, ThresholdByDate t) {
    return travelOfUsed(e, e.indicator(t.indicators().get(0).value()), judgedFigure(e, t));
  }

  /** The direction of travel of the figure used: the judged figure, else the latest observation. */
  private static DirectionOfTravel travelOfUsed(Evaluation e, Indicator indicator, Optional<JudgedFigure> judged) {
    Optional<JudgedFigure> used = judged.or(() -> e.latestObservation(indicator));
    return used.map(f -> e.travel(indicator, f)).orElse(DirectionOfTravel.NOT_KNOWN);
  }

  // ---- form 9 -----------------------------------------------------------------------------------------------

  static Verdict average(Evaluation e, AverageOverPeriod a) {
    return Verdict.of(decide(e, a), direction(e, a), judgedFigure(e, a));
  }

  /** The mean (by numerator and denominator where the indicator is a ratio) over the period, once it has ended. */
  private static Decision decide(Evaluation e, AverageOverPeriod a) {
    Indicator indicator = e.indicator(a.indicator().value());
    if (!e.isDue(a.period().endInclusive())) {
      return Decision.of(Status.NOT_YET_DUE);
    }
    Threshold t = a.threshold();
    Optional<BigDecimal> average = averageOver(e, indicator, a.period());
    return e.judgeDue(average, average.isEmpty() && e.withheld(indicator, a.period(), true), t.value(),
        t.comparison() == Comparison.AT_LEAST, e.band(indicator, t.value()));
  }

  /** The average over the period, as known at the date, due or not. */
  private static Optional<JudgedFigure> judgedFigure(Evaluation e, AverageOverPeriod a) {
    return averageOver(e, e.indicator(a.indicator().value()), a.period()).map(v -> new JudgedFigure(v, a.period()));
  }

  /** The average against the averages a year earlier, else over the period before, taken the same way. */
  private static DirectionOfTravel direction(Evaluation e, AverageOverPeriod a) {
    Indicator indicator = e.indicator(a.indicator().value());
    return judgedFigure(e, a).map(f -> Evaluation.travel(indicator, f, p -> averageOver(e, indicator, p)))
        .orElse(DirectionOfTravel.NOT_KNOWN);
  }

  /**
   * The average over the period as known at the date: by numerator and denominator for a ratio indicator, the
   * indicator's own mean for a mean, else (or when that gives nothing) the mean of the parts.
   */
  private static Optional<BigDecimal> averageOver(Evaluation e, Indicator indicator, Period period) {
    Optional<Aggregate> figure = Optional.empty();
    if (indicator.aggregation() == Aggregation.RATIO || indicator.aggregation() == Aggregation.MEAN) {
      figure = e.data.aggregate(indicator, period, e.asAt);
    }
    if (figure.isEmpty()) {
      figure = e.data.aggregate(indicator.withAggregation(Aggregation.MEAN), period, e.asAt);
    }
    return figure.map(Aggregate::value);
  }

  // ---- form 10 ----------------------------------------------------------------------------------------------

  static Verdict gap(Evaluation e, GapBetweenSeries g) {
    return Verdict.of(decide(e, g), direction(e, g), judgedFigure(e, g));
  }

  /** Once due, the gap for the period (supplied, or derived polarity-aware from two series) against the threshold. */
  private static Decision decide(Evaluation e, GapBetweenSeries g) {
    Indicator first = e.indicator(g.source().indicators().get(0).value());
    Optional<Decision> beforeDue = e.beforeDue(g.due());
    if (beforeDue.isPresent()) {
      return beforeDue.get();
    }
    Period period = e.judgedPeriod(g.due(), first.reportingPeriod()).get();
    Optional<BigDecimal> gap = gapFor(e, g.source(), period);
    // a gap is withheld when a series it is taken from is
    boolean withheld = false;
    for (var id : g.source().indicators()) {
      withheld |= e.withheld(e.indicator(id.value()), period, false);
    }
    Threshold t = g.threshold();
    return e.judgeDue(gap, withheld, t.value(), t.comparison() == Comparison.AT_LEAST, e.band(first, t.value()));
  }

  /** The gap for the judged period, as known at the date, due or not. */
  private static Optional<JudgedFigure> judgedFigure(Evaluation e, GapBetweenSeries g) {
    Indicator first = e.indicator(g.source().indicators().get(0).value());
    Optional<Period> period = e.judgedPeriod(g.due(), first.reportingPeriod());
    if (period.isEmpty()) {
      return Optional.empty();
    }
    return gapFor(e, g.source(), period.get()).map(v -> new JudgedFigure(v, period.get()));
  }

  /** A supplied gap's judged figure against the gap a year earlier, else the period before; a derived gap's, none. */
  private static DirectionOfTravel direction(Evaluation e, GapBetweenSeries g) {
    if (!(g.source() instanceof GapSource.Supplied)) {
      return DirectionOfTravel.NOT_KNOWN;
    }
    Indicator indicator = e.indicator(g.indicators().get(0).value());
    return judgedFigure(e, g).map(f -> e.travel(indicator, f)).orElse(DirectionOfTravel.NOT_KNOWN);
  }

  /**
   * The gap for the period: the supplied gap indicator's figure, or derived from the two series as how far the
   * subject lags the reference (the reference minus the subject when higher is better, else the subject minus
   * the reference); empty when a figure is missing.
   */
  private static Optional<BigDecimal> gapFor(Evaluation e, GapSource source, Period period) {
    Indicator first = e.indicator(source.indicators().get(0).value());
    if (source instanceof GapSource.Derived d) {
      Indicator reference = e.indicator(d.reference().value());
      Optional<BigDecimal> s = e.data.aggregate(first, period, e.asAt).map(Aggregate::value);
      Optional<BigDecimal> r = e.data.aggregate(reference, period, e.asAt).map(Aggregate::value);
      if (s.isEmpty() || r.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(first.polarity() == Polarity.HIGHER_IS_BETTER
          ? r.get().subtract(s.get()) : s.get().subtract(r.get()));
    }
    return e.data.aggregate(first, period, e.asAt).map(Aggregate::value);
  }
}
