package org.improvementnotice.model.requirement;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.time.Window;

/**
 * Form 5, every period: "no unallocated cases in any reporting month for the duration of this Improvement
 * Notice". Breached as soon as one reporting period inside the window falls short.
 * Immutable and thread-safe.
 *
 * @param id the requirement's id
 * @param indicator the indicator
 * @param threshold what each period must meet
 * @param window the span over which it holds
 */
public record EveryPeriod(RequirementId id, IndicatorId indicator, Threshold threshold, Window window) implements Requirement {

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param id the requirement's id
   * @param indicator the indicator
   * @param threshold what each period must meet
   * @param window the span over which it holds
   */
  public EveryPeriod {
    requireNonNull(id, "id");
    requireNonNull(indicator, "indicator");
    requireNonNull(threshold, "threshold");
    requireNonNull(window, "window");
  }

  @Override
  public RequirementForm form() {
    return RequirementForm.EVERY_PERIOD;
  }

  @Override
  public List<IndicatorId> indicators() {
    return List.of(indicator);
  }
}
