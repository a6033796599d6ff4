package org.improvementnotice.benchmarks.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Decision;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Verdict;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.requirement.SustainedTrend;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.rules.Status;

/**
 * The trend family, read from DOMAIN.md (form 15): a sustained downward trend is N consecutive periods each worse
 * than the one before (N from the requirement, else the settings), polarity-aware, and it is a statement about
 * now. At the date it is TREND_DOWN when the latest N steps known then each worsen; the first figure of the first
 * step may be the last one before the watch starts (the latest figure of a period beginning before the window's
 * start). A run broken since is history: NO_TREND. NO_DATA with fewer than N + 1 figures, and before the watch
 * starts. The direction of travel is that of the last period of the window with a figure; no judged figure.
 * Stateless.
 */
final class TrendVerdicts {
  private TrendVerdicts() {}

  static Verdict trend(Evaluation e, SustainedTrend t) {
    return Verdict.of(decide(e, t), e.lastInWindow(e.indicator(t.indicator().value()), t.window()),
        Optional.empty());
  }

  private static Decision decide(Evaluation e, SustainedTrend t) {
    Indicator indicator = e.indicator(t.indicator().value());
    int n = t.periods().orElse(e.settings.trendLength());
    LocalDate start = t.window().start(e.context);
    if (e.asAt.isBefore(start)) {
      return Decision.of(Status.NO_DATA);
    }
    List<BigDecimal> figures = new ArrayList<>();
    if (!e.broken(Break.TREND_WITHOUT_FIGURE_BEFORE_WATCH)) {
      Period straddling = indicator.reportingPeriod().containing(start);
      Period lastBefore = straddling.start().isBefore(start) ? straddling : straddling.previous();
      e.data.latest(indicator.id(), indicator.reportingPeriod(), lastBefore.endInclusive(), e.asAt)
          .ifPresent(o -> figures.add(o.value()));
    }
    e.windowFigures(indicator, t.window()).forEach(pf -> pf.figure().ifPresent(figures::add));
    if (figures.size() < n + 1) {
      return Decision.of(Status.NO_DATA);
    }
    if (e.broken(Break.TREND_ANY_RUN)) {
      int worseningSteps = 0;
      for (int i = 1; i < figures.size(); i++) {
        worseningSteps = indicator.polarity().isWorse(figures.get(i), figures.get(i - 1)) ? worseningSteps + 1 : 0;
        if (worseningSteps == n) {
          return Decision.of(Status.TREND_DOWN);
        }
      }
      return Decision.of(Status.NO_TREND);
    }
    for (int i = figures.size() - n; i < figures.size(); i++) {
      if (!indicator.polarity().isWorse(figures.get(i), figures.get(i - 1))) {
        return Decision.of(Status.NO_TREND);
      }
    }
    return Decision.of(Status.TREND_DOWN);
  }
}
