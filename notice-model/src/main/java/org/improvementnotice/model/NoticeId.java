package org.improvementnotice.model;

/**
 * The stable identifier of a notice ({@code surrey-2008}). Immutable and thread-safe.
 *
 * @param value the identifier
 */
public record NoticeId(String value) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param value the identifier: 1 to 80 letters, digits, '.', '_' or '-', starting with a letter or digit
   * @throws IllegalArgumentException if the value does not have that form
   */
  public NoticeId {
    Slug.check("Notice id", value);
  }

  /**
   * {@return the identifier {@code value}}
   *
   * @param value 1 to 80 letters, digits, '.', '_' or '-', starting with a letter or digit
   * @throws IllegalArgumentException if the value does not have that form
   */
  public static NoticeId of(String value) {
    return new NoticeId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
