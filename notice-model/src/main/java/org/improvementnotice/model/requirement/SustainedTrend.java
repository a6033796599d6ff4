package org.improvementnotice.model.requirement;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.OptionalInt;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.time.Window;

/**
 * Form 15, a trend: "highlights areas of sustained downward trend". A sustained downward trend is N
 * consecutive periods each worse than the one before it, polarity-aware: N worsening steps, so N + 1 figures.
 * Immutable and thread-safe.
 *
 * @param id the requirement's id
 * @param indicator the indicator watched
 * @param periods N, or empty for the evaluation setting (3 by default)
 * @param window the span watched
 */
public record SustainedTrend(RequirementId id, IndicatorId indicator, OptionalInt periods, Window window) implements Requirement {

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param id the requirement's id
   * @param indicator the indicator watched
   * @param periods N, or empty for the evaluation setting (3 by default)
   * @param window the span watched
   */
  public SustainedTrend {
    requireNonNull(id, "id");
    requireNonNull(indicator, "indicator");
    requireNonNull(periods, "periods");
    requireNonNull(window, "window");
    if (periods.isPresent() && periods.getAsInt() < 2) {
      throw new IllegalArgumentException(String.format(
          "Requirement %s: a trend needs at least 2 periods, was %d", id, periods.getAsInt()));
    }
  }

  @Override
  public RequirementForm form() {
    return RequirementForm.TREND;
  }

  @Override
  public List<IndicatorId> indicators() {
    return List.of(indicator);
  }
}
