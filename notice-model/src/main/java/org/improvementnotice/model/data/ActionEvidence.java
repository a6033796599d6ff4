package org.improvementnotice.model.data;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.improvementnotice.model.requirement.RequirementId;

/**
 * Evidence that a dated action was done: when, and where that is recorded (a board minute, a document).
 * Immutable and thread-safe.
 *
 * @param action the id of the dated action
 * @param completed the day it was done
 * @param reference where that is recorded
 * @param recorded when the evidence became known (an evaluation as at an earlier date does not see it)
 */
public record ActionEvidence(RequirementId action, LocalDate completed, String reference, LocalDate recorded) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param action the id of the dated action
   * @param completed the day it was done
   * @param reference where that is recorded
   * @param recorded when the evidence became known (an evaluation as at an earlier date does not see it)
   */
  public ActionEvidence {
    requireNonNull(action, "action");
    requireNonNull(completed, "completed");
    requireNonNull(reference, "reference");
    requireNonNull(recorded, "recorded");
  }
}
