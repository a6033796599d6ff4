package org.improvementnotice.alerts.facts;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.requirement.RequirementId;

/**
 * The notice's decidable requirements that read one indicator, in the notice's order; one fact per indicator an
 * alert can affect, inserted even when the list is empty. Immutable.
 *
 * @param indicator the indicator's id, as text ({@code "NI 59"})
 * @param requirements the requirements reading it
 */
public record RequirementsOn(String indicator, List<RequirementId> requirements) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param indicator the indicator's id, as text ({@code "NI 59"})
   * @param requirements the requirements reading it
   */
  public RequirementsOn {
    requireNonNull(indicator, "indicator");
    requirements = List.copyOf(requireNonNull(requirements, "requirements"));
  }

  /** {@return the indicator as an id} */
  public IndicatorId indicatorId() {
    return IndicatorId.of(indicator);
  }
}
