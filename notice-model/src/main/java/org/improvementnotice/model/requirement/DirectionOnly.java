package org.improvementnotice.model.requirement;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.time.Window;

/**
 * Form 8, direction only: "to improve the percentage of looked after children achieving 5 A*-C GCSEs",
 * "thereafter minimising the number of each". To improve: the latest figure in the window better than the
 * baseline. To minimise: no period in the window worse than the one before by more than the tolerance.
 * Immutable and thread-safe.
 *
 * @param id the requirement's id
 * @param indicator the indicator
 * @param direction improve or minimise
 * @param baseline the level improved on
 * @param window the span judged
 */
public record DirectionOnly(RequirementId id, IndicatorId indicator, Direction direction, Baseline baseline, Window window) implements Requirement {

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param id the requirement's id
   * @param indicator the indicator
   * @param direction improve or minimise
   * @param baseline the level improved on
   * @param window the span judged
   */
  public DirectionOnly {
    requireNonNull(id, "id");
    requireNonNull(indicator, "indicator");
    requireNonNull(direction, "direction");
    requireNonNull(baseline, "baseline");
    requireNonNull(window, "window");
  }

  @Override
  public RequirementForm form() {
    return RequirementForm.DIRECTION_ONLY;
  }

  @Override
  public List<IndicatorId> indicators() {
    return List.of(indicator);
  }
}
