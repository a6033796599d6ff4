package org.improvementnotice.rules.internal.preparation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.UnavailableFigure;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.requirement.Stage;
import org.improvementnotice.model.requirement.Threshold;
import org.improvementnotice.model.requirement.Trajectory;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.rules.FigureUsed;
import org.improvementnotice.rules.facts.FigureCase;

/**
 * The forecast family ({@code forecast.drl}): for a numeric target of form 1 or 2 (and the stages of form 3)
 * not yet due, the latest observation and the trajectory's expected value at its period end, which the
 * threshold family's {@link FigureCase} carries ({@code latest}, {@code expected}). Decides nothing. Stateless.
 */
final class ForecastPreparation {
  /** The key of the clause saying that the derived baseline's figure is withheld ({@code String}). */
  static final String BASELINE_WITHHELD = "baselineWithheld";
  /** The key of the clause saying that the latest figure is withheld ({@code String}). */
  static final String LATEST_WITHHELD = "latestWithheld";

  private ForecastPreparation() {}

  /**
   * What the forecast rules compare.
   *
   * @param latest the latest observation of the indicator's reporting kind at the assessment date, if any (for
   *     the direction of travel, whether or not it counts for the forecast)
   * @param counted the latest observation when it counts for the forecast (not yet due, and for a period after
   *     the baseline's), else empty
   * @param expected the trajectory's expected value at the counted observation's period end; null while there is
   *     none
   */
  record Forecast(Optional<Observation> latest, Optional<Observation> counted, BigDecimal expected) {
    /** The counted observation's value, or null. */
    BigDecimal latestValue() {
      return counted.map(Observation::value).orElse(null);
    }
  }

  /**
   * The forecast of a target of forms 1 and 2 (and the stages of form 3): along its trajectory to its threshold.
   */
  static Forecast forecast(Evaluation e, Indicator ind, Trajectory trajectory, Threshold threshold, LocalDate due,
      List<FigureUsed> values, Words w) {
    return along(e, ind, trajectory, threshold.value(), due, values, w);
  }

  /**
   * The latest observation and the expected value along the trajectory to {@code target} (null when not known:
   * nothing is expected). Only while the requirement is forecast (its due date resolved and not passed) are the
   * baseline, the latest figure and the expected figure added to the values used and the words; the latest
   * observation counts only for a period ending after the baseline's (the baseline is never compared with
   * itself).
   */
  static Forecast along(Evaluation e, Indicator ind, Trajectory trajectory, BigDecimal target, LocalDate due,
      List<FigureUsed> values, Words w) {
    Optional<Observation> latest = e.data.latest(ind.id(), ind.reportingPeriod(), e.asAt, e.asAt);
    if (due == null || e.asAt.isAfter(due)) {
      return new Forecast(latest, Optional.empty(), null);
    }
    // a withheld figure is never forecast from: not as the baseline (an older one does not stand in for it), nor
    // as the latest figure (the one before it is not the latest)
    Optional<UnavailableFigure> baseWithheld = e.baselineWithheld(ind, trajectory.effectiveBaseline());
    if (baseWithheld.isPresent()) {
      w.withheld(BASELINE_WITHHELD, baseWithheld.get(), Optional.empty(), null);
      return new Forecast(latest, Optional.empty(), null);
    }
    Optional<FigureUsed> base = e.baseline(ind, trajectory.effectiveBaseline());
    LocalDate after = base.map(b -> b.period().map(Period::endInclusive).orElse(e.notice.issued().date()))
        .orElse(null);
    base.ifPresent(b -> {
      values.add(b);
      w.put("baseline", Words.number(b.value(), ind) + b.period().map(p -> " for " + p).orElse(""));
    });
    Optional<UnavailableFigure> latestWithheld = e.latestWithheld(ind, e.asAt)
        .filter(u -> after == null || u.period().endInclusive().isAfter(after));
    if (latestWithheld.isPresent()) {
      w.withheld(LATEST_WITHHELD, latestWithheld.get(), Optional.empty(), null);
      return new Forecast(latest, Optional.empty(), null);
    }
    Optional<Observation> counted = latest.filter(o -> after == null || o.period().endInclusive().isAfter(after));
    if (counted.isEmpty() || target == null) {
      return new Forecast(latest, counted, null);
    }
    Observation o = counted.get();
    BigDecimal expected = expectedAt(e, base, trajectory, target, due, o.period().endInclusive());
    values.add(FigureUsed.of("latest", o));
    values.add(FigureUsed.of("expected", expected, o.period()));
    w.put("latest", Words.number(o.value(), ind) + " for " + o.period());
    w.put("expected", Words.number(expected, ind));
    return new Forecast(latest, counted, expected);
  }

  /**
   * The trajectory's expected value at {@code at}: the line through the baseline (when known) and each earlier
   * stage's target at its date to the target at its due date. Before the line's first point, that point's value:
   * the baseline, or without one the first stage's target; after the target, the target.
   */
  private static BigDecimal expectedAt(Evaluation e, Optional<FigureUsed> base, Trajectory trajectory,
      BigDecimal target, LocalDate due, LocalDate at) {
    List<LocalDate> dates = new ArrayList<>();
    List<BigDecimal> points = new ArrayList<>();
    if (base.isPresent()) {
      dates.add(base.get().period().map(Period::endInclusive).orElse(e.notice.issued().date()));
      points.add(base.get().value());
    }
    for (Stage stage : trajectory.earlierStages()) {
      Optional<LocalDate> d = e.dueDate(stage.due());
      if (d.isPresent() && (dates.isEmpty() || d.get().isAfter(dates.get(dates.size() - 1)))) {
        dates.add(d.get());
        points.add(stage.threshold().value());
      }
    }
    if (dates.isEmpty() || due.isAfter(dates.get(dates.size() - 1))) {
      dates.add(due);
      points.add(target);
    }
    if (!at.isAfter(dates.get(0))) {
      return points.get(0);
    }
    for (int i = 1; i < dates.size(); i++) {
      if (!at.isAfter(dates.get(i))) {
        BigDecimal span = BigDecimal.valueOf(ChronoUnit.DAYS.between(dates.get(i - 1), dates.get(i)));
        BigDecimal done = BigDecimal.valueOf(ChronoUnit.DAYS.between(dates.get(i - 1), at));
        BigDecimal rise = points.get(i).subtract(points.get(i - 1));
        return points.get(i - 1).add(rise.multiply(done).divide(span, Evaluation.MC)).round(new MathContext(6));
      }
    }
    return points.get(points.size() - 1);
  }
}
