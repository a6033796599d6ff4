package org.improvementnotice.model.requirement;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.time.Window;

/**
 * Form 7, relative to a baseline: "at least maintaining ... at the levels prevailing when this Improvement
 * Notice was issued". Every reporting period inside the window must compare with the baseline as stated.
 * Immutable and thread-safe.
 *
 * @param id the requirement's id
 * @param indicator the indicator
 * @param baseline the level compared with
 * @param comparison at least or at most the baseline
 * @param window the span over which it holds
 */
public record RelativeToBaseline(RequirementId id, IndicatorId indicator, Baseline baseline, Comparison comparison, Window window) implements Requirement {

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param id the requirement's id
   * @param indicator the indicator
   * @param baseline the level compared with
   * @param comparison at least or at most the baseline
   * @param window the span over which it holds
   */
  public RelativeToBaseline {
    requireNonNull(id, "id");
    requireNonNull(indicator, "indicator");
    requireNonNull(baseline, "baseline");
    requireNonNull(comparison, "comparison");
    requireNonNull(window, "window");
  }

  @Override
  public RequirementForm form() {
    return RequirementForm.RELATIVE_TO_BASELINE;
  }

  @Override
  public List<IndicatorId> indicators() {
    return List.of(indicator);
  }
}
