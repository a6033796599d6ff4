package org.improvementnotice.model.requirement;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.time.Window;

/**
 * Form 4, maintain: "to maintain that level by 31 March 2010", "at least maintain that over the period
 * 2012-13". Every reporting period of the indicator inside the window must meet the threshold.
 * Immutable and thread-safe.
 *
 * @param id the requirement's id
 * @param indicator the indicator
 * @param threshold the level to hold
 * @param window the span over which it holds
 */
public record Maintain(RequirementId id, IndicatorId indicator, Threshold threshold, Window window) implements Requirement {

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param id the requirement's id
   * @param indicator the indicator
   * @param threshold the level to hold
   * @param window the span over which it holds
   */
  public Maintain {
    requireNonNull(id, "id");
    requireNonNull(indicator, "indicator");
    requireNonNull(threshold, "threshold");
    requireNonNull(window, "window");
  }

  @Override
  public RequirementForm form() {
    return RequirementForm.MAINTAIN;
  }

  @Override
  public List<IndicatorId> indicators() {
    return List.of(indicator);
  }
}
