package org.improvementnotice.model.requirement;

import static java.util.Objects.requireNonNull;

import org.improvementnotice.model.time.Deadline;

/**
 * Form 12, a dated action: "an effective permanent Senior Management Team in place by 1 March 2009", "within
 * two months of the date of this Improvement Notice", "in time for the January Improvement Board to sign-off".
 * Decided from action evidence: done, done late, overdue, not yet due, or unresolved deadline.
 * Immutable and thread-safe.
 *
 * @param id the requirement's id
 * @param action what must be done, in words
 * @param deadline by when
 */
public record DatedAction(RequirementId id, String action, Deadline deadline) implements Requirement {

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param id the requirement's id
   * @param action what must be done, in words
   * @param deadline by when
   */
  public DatedAction {
    requireNonNull(id, "id");
    requireNonNull(action, "action");
    requireNonNull(deadline, "deadline");
    Components.requireNotBlank(id, action, "action");
  }

  @Override
  public RequirementForm form() {
    return RequirementForm.DATED_ACTION;
  }
}
