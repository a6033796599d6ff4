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

  public IndicatorId {
    requireNonNull(value, "value");
    value = value.strip().replaceAll("\\s+", " ");
    if (value.length() > 64 || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(String.format(
          "Indicator id must be a letter followed by letters, digits and single separators (space . _ / -), "
              + "at most 64 characters: '%s'", value));
    }
  }

  /** The identifier {@code value}. */
  public static IndicatorId of(String value) {
    return new IndicatorId(value);
  }

  @Override
  public int compareTo(IndicatorId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
