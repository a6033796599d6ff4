package org.improvementnotice.model.indicator;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * The identifier of an indicator as notices write it: {@code NI 59}, {@code PAF C24}, {@code SW-VACANCY}.
 * Runs of white space are folded to one space; identifiers compare exactly. Immutable and thread-safe.
 *
 * @param value the identifier
 */
public record IndicatorId(String value) implements Comparable<IndicatorId> {

  private static final Pattern FORM = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[ ._/-][A-Za-z0-9]+)*");

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param value the identifier; kept stripped, with runs of white space folded to one space
   * @throws IllegalArgumentException if it is not a letter followed by letters, digits and single separators
   *     (space . _ / -), at most 64 characters
   */
  public IndicatorId {
    requireNonNull(value, "value");
    value = value.strip().replaceAll("\\s+", " ");
    if (value.length() > 64 || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(String.format(
          "Indicator id must be a letter followed by letters, digits and single separators (space . _ / -), "
              + "at most 64 characters: '%s'", value));
    }
  }

  /**
   * {@return the identifier {@code value}, its white space folded}
   *
   * @param value the identifier as written ("NI 59", "PAF  C24"): a letter, then letters and digits with single
   *     separators (space . _ / -), at most 64 characters once stripped and folded
   * @throws IllegalArgumentException if the value does not have that form
   */
  public static IndicatorId of(String value) {
    return new IndicatorId(value);
  }

  @Override
  public int compareTo(IndicatorId other) {
    return value.compareTo(other.value);
  }

  // equals and hashCode are written out: the record's generated ones go through a method handle, which is slow
  // where the call is not inlined (hash-map look-ups with many key types), and these are look-up keys.
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof IndicatorId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
