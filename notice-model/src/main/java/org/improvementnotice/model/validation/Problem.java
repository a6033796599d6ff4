package org.improvementnotice.model.validation;

import static java.util.Objects.requireNonNull;

/**
 * One problem found by validation: how serious, where (a path into the input such as
 * {@code measures[3].requirements[1].threshold} or {@code observations[12]}), and what is wrong. Immutable
 * and thread-safe.
 *
 * @param severity error or warning
 * @param path where the problem is
 * @param message what is wrong, stating the rule
 */
public record Problem(Severity severity, String path, String message) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param severity error or warning
   * @param path where the problem is
   * @param message what is wrong, stating the rule
   */
  public Problem {
    requireNonNull(severity, "severity");
    requireNonNull(path, "path");
    requireNonNull(message, "message");
  }

  /**
   * {@return an error at the path}
   *
   * @param path where the problem is ({@code observations[12]})
   * @param message what is wrong, stating the rule
   */
  public static Problem error(String path, String message) {
    return new Problem(Severity.ERROR, path, message);
  }

  /**
   * {@return a warning at the path: reported, but it refuses nothing}
   *
   * @param path where the problem is ({@code measures[3].requirements[1]})
   * @param message what is wrong, stating the rule
   */
  public static Problem warning(String path, String message) {
    return new Problem(Severity.WARNING, path, message);
  }

  /** {@return whether the problem is an error} */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public String toString() {
    return severity + " at " + path + ": " + message;
  }
}
