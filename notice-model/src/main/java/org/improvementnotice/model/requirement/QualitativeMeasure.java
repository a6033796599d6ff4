package org.improvementnotice.model.requirement;

import static java.util.Objects.requireNonNull;

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
    Components.requireText(id, summary, "summary");
  }

  @Override
  public RequirementForm form() {
    return RequirementForm.QUALITATIVE;
  }
}
