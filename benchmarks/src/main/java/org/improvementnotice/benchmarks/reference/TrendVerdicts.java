package org.improvementnotice.benchmarks.reference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Decision;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Verdict;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.requirement.SustainedTrend;
import org.improvementnotice.rules.Status;

/**
 * The trend family, read from the domain notes: form 15, TREND_DOWN when N + 1 figures in a row of the window
 * each are worse than the one before (N from the requirement, else the settings), NO_TREND otherwise, NO_DATA
 * with fewer than N + 1 figures. The direction of travel is that of the last period of the window with a figure;
 * no judged figure. Stateless.
 */
final class TrendVerdicts {
  private TrendVerdicts() {}

  static Verdict trend(Evaluation e, SustainedTrend t) {
    return Verdict.of(decide(e, t), e.lastInWindow(e.indicator(t.indicator().value()), t.window()),
        Optional.empty());
  }

  /**
   * A sustained downward trend: somewhere among the figures of the window, N + 1 in a row each worse than the
   * one before (N from the requirement, else the settings); NO_DATA with fewer than N + 1 figures.
   */
  private static Decision decide(Evaluation e, SustainedTrend t) {
    Indicator indicator = e.indicator(t.indicator().value());
    int n = t.periods().orElse(e.settings.trendLength());
    List<BigDecimal> figures = new ArrayList<>();
    if (!e.asAt.isBefore(t.window().start(e.context))) {
      e.windowFigures(indicator, t.window()).forEach(pf -> pf.figure().ifPresent(figures::add));
    }
    if (figures.size() < n + 1) {
      return Decision.of(Status.NO_DATA);
    }
    int worseningSteps = 0;
    for (int i = 1; i < figures.size(); i++) {
      worseningSteps = indicator.polarity().isWorse(figures.get(i), figures.get(i - 1)) ? worseningSteps + 1 : 0;
      if (worseningSteps == n) {
        return Decision.of(Status.TREND_DOWN);
      }
    }
    return Decision.of(Status.NO_TREND);
  }
}
