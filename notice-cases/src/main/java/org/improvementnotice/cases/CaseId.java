package org.improvementnotice.cases;

import static java.util.Objects.requireNonNull;

/**
 * The case system's identifier of a child's case. Immutable and thread-safe.
 *
 * @param value the identifier, not blank
 */
public record CaseId(String value) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param value the identifier, not blank
   */
  public CaseId {
    requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("Case id must not be blank");
    }
  }

  /**
   * {@return the case id {@code value}}
   *
   * @param value the identifier, not blank
   * @throws IllegalArgumentException if the value is blank
   */
  public static CaseId of(String value) {
    return new CaseId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
