package org.improvementnotice.model.requirement;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * The stable identifier of a requirement within its notice ({@code ni59.1}, {@code smt-in-place}); findings
 * and evidence cite it. Letters, digits and the separators {@code . _ -}, starting with a letter or digit.
 * Immutable and thread-safe.
 *
 * @param value the identifier
 */
public record RequirementId(String value) implements Comparable<RequirementId> {

  /** The longest id, in characters. */
  static final int MAX_LENGTH = 80;

  static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX_LENGTH - 1) + "}");

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param value the identifier: 1 to 80 letters, digits, '.', '_' or '-', starting with a letter or digit
   * @throws IllegalArgumentException if the value does not have that form
   */
  public RequirementId {
    requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(String.format(
          "Requirement id must be 1-80 letters, digits, '.', '_' or '-', starting with a letter or digit: '%s'",
          value));
    }
  }

  /**
   * {@return the identifier {@code value}}
   *
   * @param value 1 to 80 letters, digits, '.', '_' or '-', starting with a letter or digit
   * @throws IllegalArgumentException if the value does not have that form
   */
  public static RequirementId of(String value) {
    return new RequirementId(value);
  }

  /**
   * {@return the id of stage {@code n} (1-based) of staged targets with this id: {@code ni59} stage 2 is {@code
   * ni59.2}}
   *
   * @param n the stage's number, from 1
   * @throws IllegalArgumentException if {@code n} is less than 1, or the stage's id would be longer than 80
   *     characters
   */
  public RequirementId stage(int n) {
    if (n < 1) {
      throw new IllegalArgumentException(String.format("Stage numbers start at 1, was %d", n));
    }
    return new RequirementId(value + "." + n);
  }

  @Override
  public int compareTo(RequirementId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
