package org.improvementnotice.benchmarks.reference;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Decision;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.requirement.Baseline;
import org.improvementnotice.model.requirement.Stage;
import org.improvementnotice.rules.Status;

/**
 * The forecast family, read from DOMAIN.md ("Forecast for a requirement not yet due"): a numeric target of form
 * 1 or 2 (and form 3's stages), or of form 6 against the latest benchmark known at the date, not yet due. The
 * trajectory is a line through the baseline (the value at issue, or the stated baseline, at the end of its
 * period), then each stage's target at its date. Without a baseline it starts at the first stage: before the
 * first stage's date the expected value is the first stage's target, between two stages the straight line; the
 * final target alone is never the expectation while an earlier stage lies ahead or between. The latest
 * observation for a period after the baseline's (any, without a baseline) against the trajectory's value at its
 * period's end: ON_TRACK on or better, AT_RISK behind by no more than the tolerance, OFF_TRACK beyond; with no
 * such observation NO_DATA (the baseline is never compared with itself), and NO_DATA when the baseline taken from
 * the data or the latest figure is withheld ("Suppressed and unavailable figures"). Stateless.
 */
final class ForecastVerdicts {
  private ForecastVerdicts() {}

  /**
   * The latest observation after the baseline against the trajectory from the baseline (the stated one, or the
   * value at issue when there is one) through the earlier stages to the target at the due date.
   */
  static Decision forecast(Evaluation e, Indicator indicator, Baseline baseline, List<Stage> earlierStages,
      BigDecimal target, LocalDate due, boolean atLeast, BigDecimal tolerance) {
    // never forecast from an older figure past a withheld one: the baseline's or the latest
    if (e.baselineWithheld(indicator, baseline)) {
      return Decision.of(Status.NO_DATA);
    }
    Optional<Point> start = baselinePoint(e, indicator, baseline);
    Optional<Observation> latest = e.data.latest(indicator.id(), indicator.reportingPeriod(), e.asAt, e.asAt);
    if (e.latestWithheld(indicator, Optional.empty(), indicator.reportingPeriod(), e.asAt)) {
      latest = Optional.empty();
    }
    if (start.isPresent() && !e.broken(Break.FORECAST_FROM_BASELINE_ITSELF)) {
      LocalDate baselineEnd = start.get().day();
      latest = latest.filter(o -> o.period().start().isAfter(baselineEnd));
    }
    if (latest.isEmpty()) {
      return Decision.of(Status.NO_DATA);
    }
    BigDecimal expected = expected(e, start, earlierStages, target, due, latest.get().period().endInclusive());
    return Evaluation.judge(latest.get().value(), expected, atLeast, tolerance, Status.ON_TRACK, Status.AT_RISK,
        Status.OFF_TRACK);
  }

  /** A point the trajectory passes through: its value on a day. */
  private record Point(LocalDate day, BigDecimal value) {}

  /**
   * The baseline as a point of the trajectory: a stated one at the end of its period, else the figure of the
   * latest period ending on or before the issue date, as known at the date, at the end of that period; empty
   * when there is no such figure.
   */
  private static Optional<Point> baselinePoint(Evaluation e, Indicator indicator, Baseline baseline) {
    if (baseline instanceof Baseline.Stated s) {
      return Optional.of(new Point(s.period().endInclusive(), s.value()));
    }
    return e.data.latest(indicator.id(), indicator.reportingPeriod(), e.notice.issued().date(), e.asAt)
        .map(o -> new Point(o.period().endInclusive(), o.value()));
  }

  /**
   * The trajectory's value on {@code day}: a straight line through its points (the baseline's, each earlier
   * stage at its date when that falls after the points before it, the target at the due date). Before the first
   * point its value, after the last the last. Interpolated values are rounded to six significant figures.
   */
  private static BigDecimal expected(Evaluation e, Optional<Point> start, List<Stage> earlierStages,
      BigDecimal target, LocalDate due, LocalDate day) {
    if (start.isEmpty() && e.broken(Break.FORECAST_TO_FINAL_TARGET)) {
      return target;
    }
    List<Point> points = new ArrayList<>();
    start.ifPresent(points::add);
    for (Stage stage : earlierStages) {
      Optional<LocalDate> when = e.dueDate(stage.due());
      if (when.isPresent() && (points.isEmpty() || when.get().isAfter(last(points).day()))) {
        points.add(new Point(when.get(), stage.threshold().value()));
      }
    }
    if (points.isEmpty() || due.isAfter(last(points).day())) {
      points.add(new Point(due, target));
    }
    Point before = points.get(0);
    if (!day.isAfter(before.day())) {
      return before.value();
    }
    for (Point next : points.subList(1, points.size())) {
      if (!day.isAfter(next.day())) {
        BigDecimal days = BigDecimal.valueOf(ChronoUnit.DAYS.between(before.day(), day));
        BigDecimal span = BigDecimal.valueOf(ChronoUnit.DAYS.between(before.day(), next.day()));
        return before.value().add(next.value().subtract(before.value()).multiply(days).divide(span,
            MathContext.DECIMAL64)).round(new MathContext(6));
      }
      before = next;
    }
    return last(points).value();
  }

  private static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
  }
}
