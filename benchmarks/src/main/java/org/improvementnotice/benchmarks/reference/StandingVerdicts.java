package org.improvementnotice.benchmarks.reference;

import java.util.Optional;
import org.improvementnotice.benchmarks.reference.Evaluation.PeriodFigure;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Decision;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Verdict;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.requirement.EveryPeriod;
import org.improvementnotice.model.requirement.Maintain;
import org.improvementnotice.model.requirement.RelativeToBaseline;
import org.improvementnotice.model.requirement.Threshold;
import org.improvementnotice.model.time.Window;
import org.improvementnotice.rules.Status;

/**
 * The standing family, read from the domain notes: forms 4, 5 and 7, maintain, every period, relative to a
 * baseline. Every reporting period lying wholly in the window and ended by the date must meet the level (for form
 * 7, the baseline; NO_DATA while it is not known); NOT_YET_DUE before the window starts. The direction of travel
 * is that of the last period of the window with a figure; no judged figure (the decision rests on several).
 * Stateless.
 */
final class StandingVerdicts {
  private StandingVerdicts() {}

  /** Form 4: falling short is NOT_MAINTAINED. */
  static Verdict maintain(Evaluation e, Maintain m) {
    Indicator indicator = e.indicator(m.indicator().value());
    Decision d = standing(e, indicator, Optional.of(m.threshold()), m.window(), Status.NOT_MAINTAINED);
    return Verdict.of(d, e.lastInWindow(indicator, m.window()), Optional.empty());
  }

  /** Form 5: falling short is BREACHED. */
  static Verdict everyPeriod(Evaluation e, EveryPeriod p) {
    Indicator indicator = e.indicator(p.indicator().value());
    Decision d = standing(e, indicator, Optional.of(p.threshold()), p.window(), Status.BREACHED);
    return Verdict.of(d, e.lastInWindow(indicator, p.window()), Optional.empty());
  }

  /** Form 7: the baseline as the level; falling short is NOT_MAINTAINED. */
  static Verdict relativeToBaseline(Evaluation e, RelativeToBaseline b) {
    return Verdict.of(decide(e, b), e.lastInWindow(e.indicator(b.indicator().value()), b.window()),
        Optional.empty());
  }

  private static Decision decide(Evaluation e, RelativeToBaseline b) {
    Indicator indicator = e.indicator(b.indicator().value());
    if (e.asAt.isBefore(b.window().start(e.context))) {
      return Decision.of(Status.NOT_YET_DUE);
    }
    Optional<Threshold> level = e.baselineValue(indicator, b.baseline())
        .map(v -> new Threshold(b.comparison(), v, indicator.unit()));
    return level.isEmpty() ? Decision.of(Status.NO_DATA)
        : standing(e, indicator, level, b.window(), Status.NOT_MAINTAINED);
  }

  /**
   * Every reporting period lying wholly inside the window and ended by the date must meet the level. A period
   * with no figure is skipped, unless missing data is strict and the period has ended (it is due the day after
   * its last day): then it falls short. A period whose figure is published without a value (known by the date)
   * is neither met nor short: unless another period falls short, the window is NO_DATA ("Suppressed and
   * unavailable figures": never green).
   */
  private static Decision standing(Evaluation e, Indicator indicator, Optional<Threshold> level, Window window,
      Status fallenShort) {
    if (e.asAt.isBefore(window.start(e.context))) {
      return Decision.of(Status.NOT_YET_DUE);
    }
    boolean anyFigure = false;
    boolean anyUnavailable = false;
    for (PeriodFigure pf : e.windowFigures(indicator, window)) {
      if (pf.figure().isEmpty()) {
        boolean unavailable = e.noticed(indicator, pf.period());
        anyUnavailable |= unavailable;
        if (!unavailable && e.strict && e.isDue(pf.period().endInclusive())) {
          return Decision.of(fallenShort);
        }
        continue;
      }
      anyFigure = true;
      if (!level.get().isMetBy(pf.figure().get())) {
        return Decision.of(fallenShort);
      }
    }
    return Decision.of(anyUnavailable || !anyFigure ? Status.NO_DATA : Status.MAINTAINED);
  }
}
