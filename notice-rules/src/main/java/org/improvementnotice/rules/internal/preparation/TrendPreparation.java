package org.improvementnotice.rules.internal.preparation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.requirement.SustainedTrend;
import org.improvementnotice.rules.FigureUsed;
import org.improvementnotice.rules.facts.TrendCase;

/**
 * The trend family ({@code trend.drl}): form 15, a sustained downward trend, prepared as a {@link TrendCase}:
 * the number of figures in the window and its longest run of periods each worse than the one before,
 * polarity-aware. Decides nothing. Stateless.
 */
final class TrendPreparation {
  private TrendPreparation() {}

  /** Form 15: N from the requirement, else the trend-length setting. */
  static Prepared trend(Evaluation e, SustainedTrend s, Measure m) {
    Indicator ind = e.indicator(s.indicator());
    List<WindowFigures.Figure> periods = WindowFigures.of(e, ind, s.window());
    int n = s.periods().orElse(e.settings.trendLength());
    Words w = e.words(ind, null);
    w.put("length", n);
    List<FigureUsed> values = new ArrayList<>();
    WindowFigures.addFigures(periods, values, w);
    int figures = 0;
    int run = 0;
    int longest = 0;
    String runEnd = null;
    BigDecimal previous = null;
    for (WindowFigures.Figure p : periods) {
      if (p.value() == null) {
        continue;
      }
      figures++;
      run = previous != null && ind.polarity().isWorse(p.value(), previous) ? run + 1 : 0;
      if (run > longest && (longest < n || runEnd == null)) {
        longest = run;
        runEnd = p.fact().period();
      }
      previous = p.value();
    }
    TrendCase fact = new TrendCase(s.id().value(), n, figures, longest, runEnd);
    return new Prepared(s, m, fact, values, Optional.empty(), WindowFigures.lastTravel(e, ind, periods), w.map);
  }
}
