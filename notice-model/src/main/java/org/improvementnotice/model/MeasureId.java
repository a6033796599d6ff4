package org.improvementnotice.model;

/**
 * The stable identifier of a measure within its notice ({@code ni59}, {@code smt}). Immutable and
 * thread-safe.
 *
 * @param value the identifier
 */
public record MeasureId(String value) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param value the identifier: 1 to 80 letters, digits, '.', '_' or '-', starting with a letter or digit
   * @throws IllegalArgumentException if the value does not have that form
   */
  public MeasureId {
    Slug.check("Measure id", value);
  }

  /**
   * {@return the identifier {@code value}}
   *
   * @param value 1 to 80 letters, digits, '.', '_' or '-', starting with a letter or digit
   * @throws IllegalArgumentException if the value does not have that form
   */
  public static MeasureId of(String value) {
    return new MeasureId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
