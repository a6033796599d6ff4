package org.improvementnotice.model.requirement;

import static java.util.Objects.requireNonNull;

/**
 * One stage of staged targets: a threshold and when it is due. Immutable and thread-safe.
 *
 * @param threshold the value to reach
 * @param due when it is judged
 */
public record Stage(Threshold threshold, Due due) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param threshold the value to reach
   * @param due when it is judged
   */
  public Stage {
    requireNonNull(threshold, "threshold");
    requireNonNull(due, "due");
  }

  @Override
  public String toString() {
    return threshold + " " + due;
  }
}
