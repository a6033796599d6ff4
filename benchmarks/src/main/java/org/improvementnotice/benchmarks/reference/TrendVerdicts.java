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
 * starts. No run crosses a figure published without a value: since the last one, N worsening steps are a trend,
 * and without them and without a step that does not worsen the trend is not known (NO_DATA). The direction of travel is that of the last period of the window with a figure; no judged figure.
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
    // the figures in order, a withheld one as null
    List<BigDecimal> sequence = new ArrayList<>();
    if (!e.broken(Break.TREND_WITHOUT_FIGURE_BEFORE_WATCH)) {
      Period straddling = indicator.reportingPeriod().containing(start);
      Period lastBefore = straddling.start().isBefore(start) ? straddling : straddling.previous();
      if (e.latestWithheld(indicator, Optional.empty(), indicator.reportingPeriod(), lastBefore.endInclusive())) {
        sequence.add(null);
      } else {
        e.data.latest(indicator.id(), indicator.reportingPeriod(), lastBefore.endInclusive(), e.asAt)
            .ifPresent(o -> sequence.add(o.value()));
      }
    }
    for (Evaluation.PeriodFigure pf : e.windowFigures(indicator, t.window())) {
      if (pf.figure().isPresent()) {
        sequence.add(pf.figure().get());
      } else if (e.noticed(indicator, pf.period())) {
        sequence.add(null);
      }
    }
    // since the last withheld figure: N worsening steps decide a trend; a step that does not worsen is a real
    // break, and the figures are read as if nothing were withheld; neither yet, the trend is not known
    int lastWithheld = sequence.lastIndexOf(null);
    if (lastWithheld >= 0) {
      List<BigDecimal> since = sequence.subList(lastWithheld + 1, sequence.size());
      boolean broken = false;
      for (int i = 1; i < since.size(); i++) {
        broken |= !indicator.polarity().isWorse(since.get(i), since.get(i - 1));
      }
      if (!broken) {
        return Decision.of(since.size() >= n + 1 ? Status.TREND_DOWN : Status.NO_DATA);
      }
    }
    List<BigDecimal> figures = new ArrayList<>(sequence);
    figures.removeIf(java.util.Objects::isNull);
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
