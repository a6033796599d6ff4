package org.improvementnotice.model.requirement;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.improvementnotice.model.time.Deadline;

/**
 * Form 16, a recurring action: "within two months of the date of this notice, and six-monthly thereafter",
 * "review at least every six months until the notice is withdrawn". A first deadline, a cadence and an end (a
 * deadline, the end of the notice, or none). Each occurrence is a dated action: the first due by {@code first},
 * the k-th by {@code first} moved on by k - 1 cadences (months from the first deadline's own day, the month's
 * last day where it is shorter; a {@code before} deadline excludes the day of each occurrence). The occurrences
 * are those whose last day on time falls on or before the end, the first always; without an end, or while the end
 * cannot be resolved, they go on. The k-th completion recorded (in date order) stands for the k-th occurrence.
 * Decided as the worst occurrence due so far (overdue, then done late, then done), naming it; while none is due,
 * as the first occurrence. Immutable and thread-safe.
 *
 * @param id the requirement's id
 * @param action what must be done each time, in words
 * @param first by when the first occurrence is due
 * @param every how often it recurs after the first
 * @param until the end: no occurrence is due after it; empty for none
 */
public record RecurringAction(RequirementId id, String action, Deadline first, Cadence every, Optional<Deadline> until)
    implements Requirement {

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param id the requirement's id
   * @param action what must be done each time, in words
   * @param first by when the first occurrence is due
   * @param every how often it recurs after the first
   * @param until the end, a deadline that includes its day (not a {@code before}); empty for none
   * @throws IllegalArgumentException if the action is blank or the end is a {@code before} deadline
   */
  public RecurringAction {
    requireNonNull(id, "id");
    requireNonNull(action, "action");
    requireNonNull(first, "first");
    requireNonNull(every, "every");
    requireNonNull(until, "until");
    Components.requireNotBlank(id, action, "action");
    if (until.filter(Deadline::isStrict).isPresent()) {
      throw new IllegalArgumentException(String.format(
          "Requirement %s: the end of a recurring action includes its day; write until %s", id,
          ((Deadline.Before) until.get()).inner()));
    }
  }

  @Override
  public RequirementForm form() {
    return RequirementForm.RECURRING_ACTION;
  }
}
