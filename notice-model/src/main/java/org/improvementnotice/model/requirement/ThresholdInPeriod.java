package org.improvementnotice.model.requirement;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.time.Period;

/**
 * Form 1, a threshold in a period: "NI 59 ... to 65% in the quarter to 31 March 2009", "PAF C24 ... 7% during
 * academic year 2008-09". Judged after the period ends on the figure for the period (aggregated from
 * shorter periods where needed); before then, forecast along the trajectory.
 * Immutable and thread-safe.
 *
 * @param id the requirement's id
 * @param indicator the indicator
 * @param threshold the value to reach
 * @param period the period judged
 * @param trajectory the baseline and earlier stages for the forecast
 * @param shownBenchmark a benchmark the notice names beside the number ("the England average of 85%"), reported beside the figure but not the threshold
 */
public record ThresholdInPeriod(RequirementId id, IndicatorId indicator, Threshold threshold, Period period, Trajectory trajectory, Optional<BenchmarkKind> shownBenchmark) implements Requirement {

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param id the requirement's id
   * @param indicator the indicator
   * @param threshold the value to reach
   * @param period the period judged
   * @param trajectory the baseline and earlier stages for the forecast
   * @param shownBenchmark a benchmark the notice names beside the number ("the England average of 85%"), reported
   *     beside the figure but not the threshold
   */
  public ThresholdInPeriod {
    requireNonNull(id, "id");
    requireNonNull(indicator, "indicator");
    requireNonNull(threshold, "threshold");
    requireNonNull(period, "period");
    requireNonNull(trajectory, "trajectory");
    requireNonNull(shownBenchmark, "shownBenchmark");
  }

  @Override
  public RequirementForm form() {
    return RequirementForm.THRESHOLD_IN_PERIOD;
  }

  @Override
  public List<IndicatorId> indicators() {
    return List.of(indicator);
  }
}
