package org.improvementnotice.model.requirement;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.improvementnotice.model.indicator.IndicatorId;

/**
 * Form 11, target not set: "NI 51 ... (target to be set once definition confirmed)". Never met, never
 * missed.
 * Immutable and thread-safe.
 *
 * @param id the requirement's id
 * @param indicator the indicator
 * @param note what the notice says of the missing target
 */
public record TargetNotSet(RequirementId id, IndicatorId indicator, String note) implements Requirement {

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param id the requirement's id
   * @param indicator the indicator
   * @param note what the notice says of the missing target
   */
  public TargetNotSet {
    requireNonNull(id, "id");
    requireNonNull(indicator, "indicator");
    Components.requireText(id, note, "note");
  }

  @Override
  public RequirementForm form() {
    return RequirementForm.TARGET_NOT_SET;
  }

  @Override
  public List<IndicatorId> indicators() {
    return List.of(indicator);
  }
}
