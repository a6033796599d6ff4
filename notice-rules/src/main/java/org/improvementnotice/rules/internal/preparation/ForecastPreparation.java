package org.improvementnotice.rules.internal.preparation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.data.Observation;
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
  private ForecastPreparation() {}

  /**
   * What the forecast rules compare.
   *
   * @param latest the latest observation of the indicator's reporting kind at the assessment date, if any
   * @param expected the trajectory's expected value at the latest observation's period end; the target while
   *     there is no observation or no due date
   */
  record Forecast(Optional<Observation> latest, BigDecimal expected) {
    /** The latest observation's value, or null. */
    BigDecimal latestValue() {
      return latest.map(Observation::value).orElse(null);
    }
  }

  /**
   * The latest observation and the expected value, adding the baseline, the latest figure and the expected
   * figure to the values used and the words where there is a forecast to make.
   */
  static Forecast forecast(Evaluation e, Indicator ind, Trajectory trajectory, Threshold threshold, LocalDate due,
      List<FigureUsed> values, Words w) {
    Optional<Observation> latest = e.data.latest(ind.id(), ind.reportingPeriod(), e.asAt, e.asAt);
    BigDecimal expected = threshold.value();
    if (latest.isPresent() && due != null) {
      Optional<FigureUsed> base = e.baseline(ind, trajectory.effectiveBaseline());
      base.ifPresent(values::add);
      expected = expectedAt(e, base, trajectory, threshold.value(), due, latest.get().period().endInclusive());
      values.add(FigureUsed.of("latest", latest.get().value(), latest.get().period()));
      values.add(FigureUsed.of("expected", expected, latest.get().period()));
      w.put("latest", Words.number(latest.get().value(), ind) + " for " + latest.get().period());
      w.put("expected", Words.number(expected, ind));
    }
    return new Forecast(latest, expected);
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
