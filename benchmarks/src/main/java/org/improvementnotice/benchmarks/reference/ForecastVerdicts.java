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
import org.improvementnotice.model.requirement.Threshold;
import org.improvementnotice.model.requirement.Trajectory;
import org.improvementnotice.rules.Status;

/**
 * The forecast family, read from the domain notes: a numeric target of form 1 or 2 (and form 3's stages) not yet
 * due, the latest figure against the trajectory from the baseline through the earlier stages to the target,
 * ON_TRACK, AT_RISK (behind by no more than the tolerance), OFF_TRACK, or NO_DATA with no figure to forecast
 * from. {@link ThresholdVerdicts} asks for it before the due date. Stateless.
 */
final class ForecastVerdicts {
  private ForecastVerdicts() {}

  /** The latest observation at the date against the trajectory's value at its period end. */
  static Decision forecast(Evaluation e, Indicator indicator, Threshold threshold, LocalDate due,
      Trajectory trajectory, boolean atLeast, BigDecimal tolerance) {
    Optional<Observation> latest = e.data.latest(indicator.id(), indicator.reportingPeriod(), e.asAt, e.asAt);
    if (latest.isEmpty()) {
      return Decision.of(Status.NO_DATA);
    }
    BigDecimal expected = expected(e, indicator, trajectory, threshold.value(), due,
        latest.get().period().endInclusive());
    return Evaluation.judge(latest.get().value(), expected, atLeast, tolerance, Status.ON_TRACK, Status.AT_RISK,
        Status.OFF_TRACK);
  }

  /** A point the trajectory passes through: its value on a day. */
  private record Point(LocalDate day, BigDecimal value) {}

  /**
   * The trajectory's value on {@code day}: a straight line from the baseline (at its period's end) through
   * each earlier stage (at its date) to the target (at the due date). Before the first point its value, after
   * the last the last. With no baseline, the target. Interpolated values are rounded to six significant
   * figures.
   */
  private static BigDecimal expected(Evaluation e, Indicator indicator, Trajectory trajectory, BigDecimal target,
      LocalDate due, LocalDate day) {
    List<Point> points = new ArrayList<>();
    Baseline baseline = trajectory.effectiveBaseline();
    if (baseline instanceof Baseline.Stated s) {
      points.add(new Point(s.period().endInclusive(), s.value()));
    } else {
      Optional<Observation> atIssue = e.data.latest(indicator.id(), indicator.reportingPeriod(),
          e.notice.issued().date(), e.asAt);
      if (atIssue.isEmpty()) {
        return target;
      }
      points.add(new Point(atIssue.get().period().endInclusive(), atIssue.get().value()));
    }
    for (Stage stage : trajectory.earlierStages()) {
      Optional<LocalDate> when = e.dueDate(stage.due());
      if (when.isPresent() && when.get().isAfter(last(points).day())) {
        points.add(new Point(when.get(), stage.threshold().value()));
      }
    }
    if (due.isAfter(last(points).day())) {
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
