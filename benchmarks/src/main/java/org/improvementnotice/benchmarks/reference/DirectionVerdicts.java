package org.improvementnotice.benchmarks.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Decision;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.JudgedFigure;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Verdict;
import org.improvementnotice.model.data.Aggregate;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.Polarity;
import org.improvementnotice.model.requirement.Baseline;
import org.improvementnotice.model.requirement.Direction;
import org.improvementnotice.model.requirement.DirectionOnly;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.Window;
import org.improvementnotice.rules.DirectionOfTravel;
import org.improvementnotice.rules.Status;

/**
 * The direction family, read from the domain notes: form 8, direction only. To improve, the figure of the latest
 * period ending in the window (a yearly period may begin before it) and after the baseline's period, strictly
 * better than the baseline (NO_DATA without both); to minimise, no figure of the window worse than the one before
 * it (the baseline before the first, where known) by more than the tolerance of that one (NO_DATA with no pair of
 * figures to compare). A figure published without a value is never stepped over: to improve, a withheld baseline
 * taken from the data or latest figure is NO_DATA; to minimise, no pair of figures is compared across a withheld
 * one, and unless a rise beyond the tolerance decides, any withheld figure (the baseline's too) makes it NO_DATA.
 * The direction of travel: to improve, of the figure the decision rests on; to minimise, of
 * the last period of the window with a figure. No judged figure. Stateless.
 */
final class DirectionVerdicts {
  private DirectionVerdicts() {}

  static Verdict direction(Evaluation e, DirectionOnly d) {
    return Verdict.of(decide(e, d), travel(e, d), Optional.empty());
  }

  /**
   * To improve: the figure of the latest period ending in the window (after the baseline's) strictly better
   * than the baseline; NO_DATA without a baseline or such a figure. To minimise: no figure of the window worse
   * than the figure before it (the baseline before the first, where known) by more than the tolerance of that
   * figure; NO_DATA while there is no pair of figures to compare (a rise between two periods of the window is a
   * rise whether or not the baseline is known).
   */
  private static Decision decide(Evaluation e, DirectionOnly d) {
    Indicator indicator = e.indicator(d.indicator().value());
    Polarity polarity = indicator.polarity();
    Optional<FigureAt> baseline = baselineFigure(e, indicator, d.baseline());
    if (e.asAt.isBefore(d.window().start(e.context))) {
      return Decision.of(Status.NO_DATA);
    }
    boolean baselineWithheld = e.baselineWithheld(indicator, d.baseline());
    if (baselineWithheld) {
      baseline = Optional.empty();
    }
    if (d.direction() == Direction.IMPROVE) {
      if (baseline.isEmpty()) {
        return Decision.of(Status.NO_DATA);
      }
      if (latestEndingInWindowWithheld(e, indicator, d.window(), baseline.get().periodEnd())) {
        return Decision.of(Status.NO_DATA);
      }
      Optional<BigDecimal> latest = latestFigureEndingInWindow(e, indicator, d.window(), baseline.get().periodEnd())
          .map(JudgedFigure::value);
      if (latest.isEmpty()) {
        return Decision.of(Status.NO_DATA);
      }
      return Decision.of(polarity.isBetter(latest.get(), baseline.get().value()) ? Status.IMPROVED
          : Status.NOT_IMPROVED);
    }
    // a withheld figure (null here) is compared with nothing, and nothing is compared with it
    List<BigDecimal> figures = new ArrayList<>();
    boolean anyWithheld = baselineWithheld;
    for (Evaluation.PeriodFigure pf : e.windowFigures(indicator, d.window())) {
      if (pf.figure().isPresent()) {
        figures.add(pf.figure().get());
      } else if (e.noticed(indicator, pf.period())) {
        figures.add(null);
        anyWithheld = true;
      }
    }
    BigDecimal before = baseline.map(FigureAt::value).orElse(null);
    int compared = 0;
    for (BigDecimal figure : figures) {
      if (figure != null && before != null) {
        compared++;
        BigDecimal worsening =
            polarity == Polarity.HIGHER_IS_BETTER ? before.subtract(figure) : figure.subtract(before);
        if (worsening.compareTo(e.band(indicator, before)) > 0) {
          return Decision.of(Status.NOT_IMPROVED);
        }
      }
      before = figure;
    }
    return Decision.of(compared == 0 || anyWithheld ? Status.NO_DATA : Status.IMPROVED);
  }

  /**
   * Whether the latest reporting period ending in the window by the date and after the baseline's, among those
   * with a value or a notice that they have none, has only the notice.
   */
  private static boolean latestEndingInWindowWithheld(Evaluation e, Indicator indicator, Window window,
      LocalDate after) {
    LocalDate start = window.start(e.context);
    LocalDate until = window.end(e.context).filter(x -> x.isBefore(e.asAt)).orElse(e.asAt);
    for (Period p = Evaluation.latestPeriodEndingBy(indicator.reportingPeriod(), until);
        !p.endInclusive().isBefore(start) && p.endInclusive().isAfter(after); p = p.previous()) {
      if (e.data.aggregate(indicator, p, e.asAt).isPresent()) {
        return false;
      }
      if (e.noticed(indicator, p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * To improve, the direction of travel of the figure the decision rests on: the latest ending in the window
   * after the baseline's period (after the issue date while the baseline is not known or withheld), NOT_KNOWN when
   * that latest figure is withheld. To minimise, of the last period of the window with a figure.
   */
  private static DirectionOfTravel travel(Evaluation e, DirectionOnly x) {
    if (x.direction() != Direction.IMPROVE) {
      return e.lastInWindow(e.indicator(x.indicator().value()), x.window());
    }
    Indicator indicator = e.indicator(x.indicator().value());
    if (e.asAt.isBefore(x.window().start(e.context))) {
      return DirectionOfTravel.NOT_KNOWN;
    }
    Optional<FigureAt> baseline = e.baselineWithheld(indicator, x.baseline()) ? Optional.empty()
        : baselineFigure(e, indicator, x.baseline());
    LocalDate after = baseline.map(FigureAt::periodEnd).orElse(e.notice.issued().date());
    if (latestEndingInWindowWithheld(e, indicator, x.window(), after)) {
      return DirectionOfTravel.NOT_KNOWN;   // the latest figure is withheld: the decision rests on none
    }
    return latestFigureEndingInWindow(e, indicator, x.window(), after).map(f -> e.travel(indicator, f))
        .orElse(DirectionOfTravel.NOT_KNOWN);
  }

  /** A baseline's value and the last day of the period it is for. */
  private record FigureAt(BigDecimal value, LocalDate periodEnd) {}

  private static Optional<FigureAt> baselineFigure(Evaluation e, Indicator indicator, Baseline baseline) {
    if (baseline instanceof Baseline.Stated s) {
      return Optional.of(new FigureAt(s.value(), s.period().endInclusive()));
    }
    return e.data.latest(indicator.id(), indicator.reportingPeriod(), e.notice.issued().date(), e.asAt)
        .map(o -> new FigureAt(o.value(), o.period().endInclusive()));
  }

  /**
   * The figure of the latest reporting period that ends inside the window (it may begin before the window: a
   * yearly period straddles a notice issued mid-year), by the date, and after the baseline's period.
   */
  private static Optional<JudgedFigure> latestFigureEndingInWindow(Evaluation e, Indicator indicator, Window window,
      LocalDate after) {
    LocalDate start = window.start(e.context);
    LocalDate until = window.end(e.context).filter(x -> x.isBefore(e.asAt)).orElse(e.asAt);
    for (Period p = Evaluation.latestPeriodEndingBy(indicator.reportingPeriod(), until);
        !p.endInclusive().isBefore(start) && p.endInclusive().isAfter(after); p = p.previous()) {
      Optional<BigDecimal> figure = e.data.aggregate(indicator, p, e.asAt).map(Aggregate::value);
      if (figure.isPresent()) {
        return Optional.of(new JudgedFigure(figure.get(), p));
      }
    }
    return Optional.empty();
  }
}
