package org.improvementnotice.data.council;

import static java.util.Objects.requireNonNull;

/**
 * The Department for Education's three-digit local authority number ({@code old_la_code}: Kent is 886,
 * Somerset 933). It identifies a council across reorganisations that change its nine-character ONS code.
 * Immutable and thread-safe.
 *
 * @param value the three digits
 */
public record LaNumber(String value) implements Comparable<LaNumber> {

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param value the three digits
   * @throws IllegalArgumentException if the value is not three ASCII digits
   */
  public LaNumber {
    requireNonNull(value, "value");
    if (value.length() != 3 || !Character.isDigit(value.charAt(0)) || value.chars().anyMatch(c -> c < '0' || c > '9')) {
      throw new IllegalArgumentException("An LA number is three ASCII digits (Kent is 886), not '" + value + "'");
    }
  }

  /**
   * The LA number written as {@code text}.
   *
   * @param text three digits
   * @return the number
   * @throws IllegalArgumentException when the text is not three ASCII digits
   */
  public static LaNumber of(String text) {
    return new LaNumber(text);
  }

  /**
   * {@return whether the text is an LA number (three ASCII digits)}
   *
   * @param text the text, as written (not stripped)
   */
  public static boolean isLaNumber(String text) {
    return text.length() == 3 && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  @Override
  public int compareTo(LaNumber other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
