package org.improvementnotice.model;

import static java.util.Objects.requireNonNull;

import org.improvementnotice.model.time.Deadline;

/**
 * A date at which a full verdict on the notice is expected: a quarterly assessment, "the six month review",
 * "a final review at the end of April 2013". Its name can anchor deadlines ("by the time of the six month
 * review"). Immutable and thread-safe.
 *
 * @param name the name the notice or a deadline uses for it
 * @param when when it falls
 */
public record AssessmentPoint(String name, Deadline when) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param name the name the notice or a deadline uses for it
   * @param when when it falls
   */
  public AssessmentPoint {
    requireNonNull(name, "name");
    requireNonNull(when, "when");
    Text.requireNotBlank(name, "Assessment point name");
    if (when instanceof Deadline.AtEvent) {
      throw new IllegalArgumentException(String.format(
          "Assessment point '%s' must fall on a date, not at another event", name));
    }
    if (when.isStrict()) {
      throw new IllegalArgumentException(String.format(
          "Assessment point '%s' must fall on a date, not before one (%s)", name, when));
    }
  }
}
