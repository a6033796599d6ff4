package org.improvementnotice.model.requirement;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.improvementnotice.model.indicator.IndicatorId;

/**
 * Form 14, a qualitative measure: "working with partners to develop preventative and early intervention
 * services". No number decides it: it is reported with the evidence and the board's own judgement, never with
 * an invented verdict.
 * Immutable and thread-safe.
 *
 * @param id the requirement's id
 * @param summary what is required, in words
 */
public record QualitativeMeasure(RequirementId id, String summary) implements Requirement {

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param id the requirement's id
   * @param summary what is required, in words
   */
  public QualitativeMeasure {
    requireNonNull(id, "id");
    requireNonNull(summary, "summary");
    if (summary.isBlank()) {
      throw new IllegalArgumentException(String.format("Requirement %s: summary must not be blank", id));
    }
  }

  @Override
  public RequirementForm form() {
    return RequirementForm.QUALITATIVE;
  }

  @Override
  public List<IndicatorId> indicators() {
    return List.of();
  }
}
