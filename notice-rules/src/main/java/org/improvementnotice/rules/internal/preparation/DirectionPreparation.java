package org.improvementnotice.rules.internal.preparation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.UnavailableFigure;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.Polarity;
import org.improvementnotice.model.requirement.Direction;
import org.improvementnotice.model.requirement.DirectionOnly;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.rules.DirectionOfTravel;
import org.improvementnotice.rules.FigureUsed;
import org.improvementnotice.rules.facts.DirectionCase;

/**
 * The direction family ({@code direction.drl}): form 8, direction only, prepared as a {@link DirectionCase}. To
 * improve: the baseline and the latest figure for a period ending in the window after the baseline's. To
 * minimise: each figure of the window against the one before it (the baseline before the first, where known),
 * with the tolerance of that one, no step crossing a figure published without a value. A withheld baseline, latest
 * figure (to improve) or figure of the window (to minimise) is named in the fact. Decides nothing. Stateless.
 */
final class DirectionPreparation {
  private DirectionPreparation() {}

  /** Form 8. */
  static Prepared direction(Evaluation e, DirectionOnly d, Measure m) {
    Indicator ind = e.indicator(d.indicator());
    List<WindowFigures.Figure> periods = WindowFigures.of(e, ind, d.window());
    // a derived baseline published without a value is not known, and no older figure stands in for it
    Optional<UnavailableFigure> baseWithheld = e.baselineWithheld(ind, d.baseline());
    Optional<FigureUsed> base = baseWithheld.isPresent() ? Optional.empty() : e.baseline(ind, d.baseline());
    boolean higher = ind.polarity() == Polarity.HIGHER_IS_BETTER;
    Words w = e.words(ind, null);
    List<FigureUsed> values = new ArrayList<>();
    base.ifPresent(values::add);
    base.ifPresent(b -> w.put("baseline", Words.number(b.value(), ind) + b.period().map(p -> " for " + p).orElse("")));
    WindowFigures.addFigures(periods, values, w);
    List<DirectionCase.Step> steps = new ArrayList<>();
    BigDecimal latest = null;
    BigDecimal previous = d.direction() == Direction.MINIMISE ? base.map(FigureUsed::value).orElse(null) : null;
    BigDecimal fraction = e.settings.toleranceFor(ind.id());
    int index = 0;
    UnavailableFigure withheld = baseWithheld.orElse(null);
    for (WindowFigures.Figure p : periods) {
      if (p.value() == null) {
        if (p.fact().unavailable() != null && d.direction() == Direction.MINIMISE) {
          // no step crosses a figure published without a value: the rise may lie either side of it
          withheld = withheld != null ? withheld : e.withheld(ind, p.period()).orElseThrow();
          previous = null;
        }
        continue;
      }
      index++;
      latest = p.value();
      if (previous != null) {
        BigDecimal worsening = higher ? previous.subtract(p.value()) : p.value().subtract(previous);
        steps.add(new DirectionCase.Step(p.fact().period(), index, worsening,
            fraction.multiply(previous.abs(), Evaluation.MC)));
      }
      previous = p.value();
    }
    DirectionOfTravel dot = WindowFigures.lastTravel(e, ind, periods);
    if (d.direction() == Direction.IMPROVE) {
      // the latest figure for a period ending inside the window (on or after its start, by its end) and after
      // the baseline's (periods of a yearly indicator begin before a notice issued mid-year, so they need not
      // lie wholly inside the window)
      LocalDate until = d.window().end(e.context).filter(x -> x.isBefore(e.asAt)).orElse(e.asAt);
      LocalDate after = base.flatMap(FigureUsed::period).map(Period::endInclusive).orElse(e.notice.issued().date());
      LocalDate windowStart = d.window().start(e.context);
      Optional<Observation> last = e.data.latest(ind.id(), ind.reportingPeriod(), until, e.asAt)
          .filter(o -> o.period().endInclusive().isAfter(after) && !o.period().endInclusive().isBefore(windowStart));
      // the latest period published by then has no value: the one before it is not the latest figure
      Optional<UnavailableFigure> lastWithheld = e.latestWithheld(ind, until).filter(u ->
          u.period().endInclusive().isAfter(after) && !u.period().endInclusive().isBefore(windowStart));
      if (lastWithheld.isPresent()) {
        withheld = withheld != null ? withheld : lastWithheld.get();   // the baseline's is named first
        last = Optional.empty();
      }
      latest = last.map(Observation::value).orElse(null);
      last.ifPresent(o -> {
        if (values.stream().noneMatch(v -> v.period().equals(Optional.of(o.period())))) {
          values.add(FigureUsed.of("figure", o));
        }
      });
      // the direction of travel of the figure the decision rests on
      dot = last.map(o -> e.travel(ind, o.period(), o.value())).orElse(DirectionOfTravel.NOT_KNOWN);
    }
    if (withheld != null) {
      w.withheld(Words.WITHHELD, withheld, Optional.empty(), null);
    }
    DirectionCase fact = new DirectionCase(d.id().value(), d.direction(), higher, base.map(FigureUsed::value)
        .orElse(null), latest, withheld == null ? null : withheld.period().toString(), steps);
    return new Prepared(d, m, fact, values, Optional.of(d.direction() == Direction.IMPROVE
        ? "better than the baseline" : "no period worse than the one before by more than the tolerance"),
        dot, w.map);
  }
}
