package org.improvementnotice.rules.internal.preparation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.requirement.Comparison;
import org.improvementnotice.model.requirement.EveryPeriod;
import org.improvementnotice.model.requirement.Maintain;
import org.improvementnotice.model.requirement.RelativeToBaseline;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.time.Window;
import org.improvementnotice.rules.FigureUsed;
import org.improvementnotice.rules.facts.SeriesCase;

/**
 * The standing family ({@code standing.drl}): forms 4 (maintain), 5 (every period) and 7 (relative to a
 * baseline), a level that must hold in every reporting period of a window, prepared as a {@link SeriesCase}
 * with the window's figures ({@link WindowFigures}). Decides nothing. Stateless.
 */
final class StandingPreparation {
  private StandingPreparation() {}

  /** Form 4: the stated level in every period of the window. */
  static Prepared maintain(Evaluation e, Maintain x, Measure m) {
    return series(e, x, m, e.indicator(x.indicator()), x.window(), Optional.of(x.threshold().value()),
        x.threshold().comparison(), x.threshold().toString(), Optional.empty());
  }

  /** Form 5: the stated level in every period of the window. */
  static Prepared everyPeriod(Evaluation e, EveryPeriod x, Measure m) {
    return series(e, x, m, e.indicator(x.indicator()), x.window(), Optional.of(x.threshold().value()),
        x.threshold().comparison(), x.threshold().toString(), Optional.empty());
  }

  /** Form 7: the baseline as the level in every period of the window (null while the baseline is not known). */
  static Prepared relativeToBaseline(Evaluation e, RelativeToBaseline x, Measure m) {
    Indicator ind = e.indicator(x.indicator());
    Optional<FigureUsed> base = e.baseline(ind, x.baseline());
    return series(e, x, m, ind, x.window(), base.map(FigureUsed::value), x.comparison(),
        x.comparison().words() + " the baseline" + base.map(b -> " of " + Words.number(b.value(), ind)).orElse(""),
        base);
  }

  private static Prepared series(Evaluation e, Requirement r, Measure m, Indicator ind, Window window,
      Optional<BigDecimal> level, Comparison comparison, String thresholdWords, Optional<FigureUsed> base) {
    LocalDate start = window.start(e.context);
    List<WindowFigures.Figure> periods = WindowFigures.of(e, ind, window);
    Words w = e.words(ind, window.end(e.context).orElse(null));
    w.put("threshold", thresholdWords);
    w.put("window", start + " to " + window.end(e.context).map(LocalDate::toString).orElse("the end of the notice"));
    w.put("start", start);
    List<FigureUsed> values = new ArrayList<>();
    base.ifPresent(values::add);
    WindowFigures.addFigures(periods, values, w);
    SeriesCase fact = new SeriesCase(r.id().value(), r.form(), e.asAt, start, level.orElse(null),
        comparison == Comparison.AT_LEAST, e.strict, WindowFigures.facts(periods));
    return new Prepared(r, m, fact, values, Optional.of(thresholdWords), WindowFigures.lastTravel(e, ind, periods),
        w.map);
  }
}
