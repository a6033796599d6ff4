package org.improvementnotice.model.requirement;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.time.Deadline;

/**
 * Form 2, a threshold by a date: "to 77% by 31 March 2010", "to 200 or less ... by August 2011". Judged on
 * the latest reporting period ending on or before the deadline, provided it ends within one reporting period
 * of it.
 * Immutable and thread-safe.
 *
 * @param id the requirement's id
 * @param indicator the indicator
 * @param threshold the value to reach
 * @param deadline when it must be reached
 * @param trajectory the baseline and earlier stages for the forecast
 * @param shownBenchmark a benchmark the notice names beside the number, reported beside the figure
 */
public record ThresholdByDate(RequirementId id, IndicatorId indicator, Threshold threshold, Deadline deadline, Trajectory trajectory, Optional<BenchmarkKind> shownBenchmark) implements Requirement {

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param id the requirement's id
   * @param indicator the indicator
   * @param threshold the value to reach
   * @param deadline when it must be reached
   * @param trajectory the baseline and earlier stages for the forecast
   * @param shownBenchmark a benchmark the notice names beside the number, reported beside the figure
   */
  public ThresholdByDate {
    requireNonNull(id, "id");
    requireNonNull(indicator, "indicator");
    requireNonNull(threshold, "threshold");
    requireNonNull(deadline, "deadline");
    requireNonNull(trajectory, "trajectory");
    requireNonNull(shownBenchmark, "shownBenchmark");
  }

  @Override
  public RequirementForm form() {
    return RequirementForm.THRESHOLD_BY_DATE;
  }

  @Override
  public List<IndicatorId> indicators() {
    return List.of(indicator);
  }
}
