package org.improvementnotice.rules.internal.preparation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.data.Aggregate;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.UnavailableFigure;
import org.improvementnotice.model.indicator.Aggregation;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.Polarity;
import org.improvementnotice.model.requirement.AverageOverPeriod;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.requirement.Comparison;
import org.improvementnotice.model.requirement.GapBetweenSeries;
import org.improvementnotice.model.requirement.GapSource;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.Threshold;
import org.improvementnotice.model.requirement.ThresholdByDate;
import org.improvementnotice.model.requirement.ThresholdInPeriod;
import org.improvementnotice.model.requirement.Trajectory;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.rules.DirectionOfTravel;
import org.improvementnotice.rules.FigureUsed;
import org.improvementnotice.rules.facts.FigureCase;

/**
 * The threshold family ({@code threshold.drl}): forms 1 and 2 (and the stages of form 3), 9 and 10, each a
 * figure against a stated threshold once due, prepared as a {@link FigureCase}. Forms 1 and 2 also carry what
 * the forecast family ({@code forecast.drl}, {@link ForecastPreparation}) needs before they are due. Decides
 * nothing. Stateless.
 */
final class ThresholdPreparation {
  private ThresholdPreparation() {}

  /** Form 1: the figure for the period. */
  static Prepared inPeriod(Evaluation e, ThresholdInPeriod t, Measure m) {
    Indicator ind = e.indicator(t.indicator());
    return figure(e, t, m, ind, t.threshold(), t.period().endInclusive(), Optional.of(t.period()), t.trajectory(),
        t.shownBenchmark());
  }

  /** Form 2: the figure for the latest reporting period ending on or before the deadline. */
  static Prepared byDate(Evaluation e, ThresholdByDate t, Measure m) {
    Indicator ind = e.indicator(t.indicator());
    Optional<LocalDate> due = t.deadline().resolve(e.context);
    return figure(e, t, m, ind, t.threshold(), due.orElse(null),
        due.map(d -> Evaluation.judgedPeriod(ind.reportingPeriod(), d)), t.trajectory(), t.shownBenchmark());
  }

  private static Prepared figure(Evaluation e, Requirement r, Measure m, Indicator ind, Threshold threshold,
      LocalDate due, Optional<Period> period, Trajectory trajectory, Optional<BenchmarkKind> shown) {
    Words w = e.words(ind, due);
    List<FigureUsed> values = new ArrayList<>();
    Optional<Aggregate> figure = period.flatMap(p -> e.aggregate(ind, p));
    figure.ifPresent(a -> values.add(FigureUsed.of("figure", a)));
    period.ifPresent(p -> w.put("period", p));
    figure.ifPresent(a -> w.put("figure", Words.number(a.value(), ind)));
    // a figure published without a value (suppressed, not available) is no data, even when missing data is
    // strict (it exists: it is not the council's to supply), and says why
    Optional<UnavailableFigure> unavailable = period.flatMap(p -> e.withheld(ind, p));
    unavailable.ifPresent(u -> w.withheld(Words.WITHHELD, u, period, null));
    ForecastPreparation.Forecast forecast = ForecastPreparation.forecast(e, ind, trajectory, threshold, due, values, w);
    if (shown.isPresent() && period.isPresent()) {
      e.data.benchmark(ind.id(), shown.get(), period.get(), e.asAt).ifPresent(b ->
          values.add(FigureUsed.of(BenchmarkPreparation.name(shown.get()) + " benchmark", b)));
    }
    BigDecimal tolerance = e.tolerance(ind, threshold.value());
    w.put("threshold", threshold);
    w.put("tolerance", Words.number(tolerance, ind));
    FigureCase fact = new FigureCase(r.id().value(), r.form(), e.asAt, due,
        figure.map(Aggregate::value).orElse(null), threshold.value(), threshold.comparison() == Comparison.AT_LEAST,
        tolerance, e.strict && unavailable.isEmpty(), true, forecast.latestValue(), forecast.expected());
    DirectionOfTravel dot = figure.isPresent()
        ? e.travel(ind, figure.get().period(), figure.get().value())
        : forecast.latest().map(o -> e.travel(ind, o.period(), o.value())).orElse(DirectionOfTravel.NOT_KNOWN);
    return new Prepared(r, m, fact, values, Optional.of(threshold.toString()), dot, w.map);
  }

  /** Form 9: the average over the period. */
  static Prepared average(Evaluation e, AverageOverPeriod a, Measure m) {
    Indicator ind = e.indicator(a.indicator());
    Optional<Aggregate> figure = averageOver(e, ind, a.period());
    // the direction of travel compares with the average a year earlier (else over the period before), taken
    // the same way, not with the indicator's own aggregate of that period (the last month, for a count)
    DirectionOfTravel dot = figure.map(f -> Evaluation.compare(ind, f.value(),
        averageOver(e, ind, a.period().yearEarlier()).or(() -> averageOver(e, ind, a.period().previous()))))
        .orElse(DirectionOfTravel.NOT_KNOWN);
    // an average counts every part, whatever the indicator's own aggregate of the period
    Optional<UnavailableFigure> withheld = figure.isPresent() ? Optional.empty()
        : e.withheldWithout(ind, a.period(), true);
    return simpleFigure(e, a, m, ind, ind.id().value(), a.threshold(), a.period().endInclusive(),
        Optional.of(a.period()), figure.map(Aggregate::value), figure.map(Aggregate::period), parts(figure),
        List.of(), dot, withheld.map(u -> new Withheld(u, null)));
  }

  /** The average over the period: by ratio or mean where the indicator aggregates so, else the mean of its parts. */
  private static Optional<Aggregate> averageOver(Evaluation e, Indicator ind, Period period) {
    Optional<Aggregate> figure = Optional.empty();
    if (ind.aggregation() == Aggregation.RATIO || ind.aggregation() == Aggregation.MEAN) {
      figure = e.aggregate(ind, period);
    }
    return figure.isPresent() ? figure : e.data.aggregate(ind.withAggregation(Aggregation.MEAN), period, e.asAt);
  }

  /** Form 10: the gap for the judged period, supplied as its own indicator or derived from two series. */
  static Prepared gap(Evaluation e, GapBetweenSeries g, Measure m) {
    GapSource source = g.source();
    List<FigureUsed> extra = new ArrayList<>();
    if (source instanceof GapSource.Supplied s) {
      Indicator ind = e.indicator(s.gap());
      Optional<Period> period = e.judged(g.due(), ind.reportingPeriod());
      Optional<Aggregate> figure = period.flatMap(p -> e.aggregate(ind, p));
      Optional<UnavailableFigure> withheld = period.flatMap(p -> e.withheld(ind, p));
      return simpleFigure(e, g, m, ind, ind.id().value(), g.threshold(), e.dueDate(g.due()).orElse(null), period,
          figure.map(Aggregate::value), figure.map(Aggregate::period), parts(figure), extra, e.travelOf(ind, figure),
          withheld.map(u -> new Withheld(u, null)));
    }
    GapSource.Derived d = (GapSource.Derived) source;
    Indicator subject = e.indicator(d.subject());
    Indicator reference = e.indicator(d.reference());
    Optional<Period> period = e.judged(g.due(), subject.reportingPeriod());
    Optional<Aggregate> s = period.flatMap(p -> e.aggregate(subject, p));
    Optional<Aggregate> r = period.flatMap(p -> e.aggregate(reference, p));
    s.ifPresent(a -> extra.add(FigureUsed.of(subject.id().value(), a)));
    r.ifPresent(a -> extra.add(FigureUsed.of(reference.id().value(), a)));
    Optional<BigDecimal> gap = s.isPresent() && r.isPresent()
        ? Optional.of(lag(subject.polarity(), s.get().value(), r.get().value()))
        : Optional.empty();
    // either series withheld withholds the gap
    Optional<Withheld> withheld = period.flatMap(p -> e.withheld(subject, p)
        .map(u -> new Withheld(u, subject.id().value()))
        .or(() -> e.withheld(reference, p).map(u -> new Withheld(u, reference.id().value()))));
    // the explanation speaks of the gap, not of the subject's own figure ("KS2 ENG L4 CIC was 35 pp")
    return simpleFigure(e, g, m, subject, subject.id().value() + "'s gap to " + reference.id().value(),
        g.threshold(), e.dueDate(g.due()).orElse(null), period, gap, s.map(Aggregate::period), List.of(), extra,
        DirectionOfTravel.NOT_KNOWN, withheld);
  }

  /** How far the subject lags behind the reference, polarity-aware, in percentage points. */
  private static BigDecimal lag(Polarity polarity, BigDecimal subject, BigDecimal reference) {
    return polarity == Polarity.HIGHER_IS_BETTER ? reference.subtract(subject) : subject.subtract(reference);
  }

  /** The observations a figure was built from; none without one. */
  private static List<Observation> parts(Optional<Aggregate> figure) {
    return figure.map(Aggregate::parts).orElse(List.of());
  }

  /** A figure published without a value, and the indicator it is of when that is not the subject's (or null). */
  private record Withheld(UnavailableFigure figure, String indicator) {}

  /**
   * A figure against a threshold with no forecast (forms 9 and 10), the explanation speaking of {@code subject}; a
   * withheld figure is no data even when missing data is strict.
   */
  private static Prepared simpleFigure(Evaluation e, Requirement r, Measure m, Indicator ind, String subject,
      Threshold threshold, LocalDate due, Optional<Period> period, Optional<BigDecimal> figure,
      Optional<Period> figurePeriod, List<Observation> parts, List<FigureUsed> extra, DirectionOfTravel dot,
      Optional<Withheld> withheld) {
    Words w = e.words(ind, due);
    w.put("subject", subject);
    List<FigureUsed> values = new ArrayList<>();
    if (figure.isPresent()) {
      values.add(new FigureUsed("figure", figure.get(), figurePeriod.or(() -> period), parts, Optional.empty()));
      w.put("figure", threshold.unit() == ind.unit() ? Words.number(figure.get(), ind)
          : figure.get().toPlainString() + threshold.unit().suffix());
    }
    values.addAll(extra);
    period.ifPresent(p -> w.put("period", p));
    if (figure.isEmpty()) {
      withheld.ifPresent(u -> w.withheld(Words.WITHHELD, u.figure(), period, u.indicator()));
    }
    BigDecimal tolerance = e.tolerance(ind, threshold.value());
    w.put("threshold", threshold);
    w.put("tolerance", tolerance.toPlainString() + threshold.unit().suffix());
    FigureCase fact = new FigureCase(r.id().value(), r.form(), e.asAt, due, figure.orElse(null), threshold.value(),
        threshold.comparison() == Comparison.AT_LEAST, tolerance, e.strict && (figure.isPresent()
        || withheld.isEmpty()), false, null, null);
    return new Prepared(r, m, fact, values, Optional.of(threshold.toString()), dot, w.map);
  }
}
