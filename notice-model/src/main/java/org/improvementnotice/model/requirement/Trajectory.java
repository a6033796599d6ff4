package org.improvementnotice.model.requirement;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What the forecast of a numeric target not yet due needs: the baseline it starts from (empty: the level at
 * issue) and the earlier stages of the same staged targets, in order. The expected value at a date runs in a
 * straight line from the baseline through each earlier stage to the target. Immutable and thread-safe.
 *
 * @param baseline the stated baseline, or empty for the level at issue
 * @param earlierStages the stages due before this target, earliest first
 */
public record Trajectory(Optional<Baseline> baseline, List<Stage> earlierStages) {

  private static final Trajectory FROM_ISSUE = new Trajectory(Optional.empty(), List.of());

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param baseline the stated baseline, or empty for the level at issue
   * @param earlierStages the stages due before this target, earliest first
   */
  public Trajectory {
    requireNonNull(baseline, "baseline");
    earlierStages = List.copyOf(requireNonNull(earlierStages, "earlierStages"));
  }

  /** {@return a trajectory from the level at issue straight to the target} */
  public static Trajectory fromIssue() {
    return FROM_ISSUE;
  }

  /**
   * {@return a trajectory from a baseline straight to the target}
   *
   * @param baseline where it starts: a value stated for a period, or the level at issue
   */
  public static Trajectory from(Baseline baseline) {
    return new Trajectory(Optional.of(baseline), List.of());
  }

  /** {@return the baseline the trajectory starts from: the stated one, or the level at issue} */
  public Baseline effectiveBaseline() {
    return baseline.orElseGet(Baseline::atIssue);
  }
}
