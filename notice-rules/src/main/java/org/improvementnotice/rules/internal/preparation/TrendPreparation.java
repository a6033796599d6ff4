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
import org.improvementnotice.model.requirement.SustainedTrend;
import org.improvementnotice.rules.FigureUsed;
import org.improvementnotice.rules.facts.TrendCase;

/**
 * The trend family ({@code trend.drl}): form 15, a sustained downward trend, prepared as a {@link TrendCase}: the
 * number of figures to compare and the current run of periods each worse than the one before, polarity-aware,
 * up to the latest figure known at the date. The first step may start from the last figure before the watch
 * starts. A run of N or more that has since been broken is history: it goes to the words, not the fact. No run
 * crosses a figure published without a value; the fact names the latest one not followed by a real break (a
 * period no worse than the one before). Decides nothing. Stateless.
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
    LocalDate watchStarts = WindowFigures.firstPeriod(e, ind, s.window()).start();
    // the last figure before the watch starts, unless the last period published by then has no value
    UnavailableFigure withheld = e.latestWithheld(ind, watchStarts.minusDays(1)).orElse(null);
    Optional<Observation> before = withheld != null ? Optional.empty()
        : e.data.latest(ind.id(), ind.reportingPeriod(), watchStarts.minusDays(1), e.asAt);
    before.ifPresent(o -> values.add(FigureUsed.of("before window", o)));
    WindowFigures.addFigures(periods, values, w);
    int figures = before.isPresent() ? 1 : 0;
    BigDecimal previous = before.map(Observation::value).orElse(null);
    String latest = null;
    int run = 0;
    for (WindowFigures.Figure p : periods) {
      if (p.value() == null) {
        if (p.fact().unavailable() != null) {
          // no run crosses a figure published without a value
          if (run >= n) {
            w.put("brokenRun", run);
            w.put("brokenEnd", latest);
          }
          withheld = e.withheld(ind, p.period()).orElseThrow();
          previous = null;
          run = 0;
        }
        continue;
      }
      figures++;
      if (previous != null && ind.polarity().isWorse(p.value(), previous)) {
        run++;
      } else {
        if (previous != null) {
          withheld = null;   // a period no worse than the one before: a real break since the withheld figure
        }
        if (run >= n) {   // a sustained downward trend, broken here: the explanation names the latest such run
          w.put("brokenRun", run);
          w.put("brokenEnd", latest);
        }
        run = 0;
      }
      previous = p.value();
      latest = p.fact().period();
    }
    w.put("run", run);
    if (withheld != null) {
      w.withheld(Words.WITHHELD, withheld, Optional.empty(), null);
    }
    TrendCase fact = new TrendCase(s.id().value(), n, figures, run, latest,
        withheld == null ? null : withheld.period().toString());
    return new Prepared(s, m, fact, values, Optional.empty(), WindowFigures.lastTravel(e, ind, periods), w.map);
  }
}
