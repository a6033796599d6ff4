package org.improvementnotice.model.requirement;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.time.Period;

/**
 * Form 9, an average over a period: "an average of at least 65% over the period 2012-13". The figure is
 * aggregated over the period by numerator and denominator where the observations carry them.
 * Immutable and thread-safe.
 *
 * @param id the requirement's id
 * @param indicator the indicator
 * @param threshold the value the average must reach
 * @param period the period averaged
 */
public record AverageOverPeriod(RequirementId id, IndicatorId indicator, Threshold threshold, Period period) implements Requirement {

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param id the requirement's id
   * @param indicator the indicator
   * @param threshold the value the average must reach
   * @param period the period averaged
   */
  public AverageOverPeriod {
    requireNonNull(id, "id");
    requireNonNull(indicator, "indicator");
    requireNonNull(threshold, "threshold");
    requireNonNull(period, "period");
  }

  @Override
  public RequirementForm form() {
    return RequirementForm.AVERAGE_OVER_PERIOD;
  }

  @Override
  public List<IndicatorId> indicators() {
    return List.of(indicator);
  }
}
