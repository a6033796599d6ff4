package org.improvementnotice.model.indicator;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * The canonical form of decimal values: no trailing zeros and no negative scale, so that 65, 65.0 and 65.00
 * are one value (equal records, one printed form).
 */
public final class Decimals {
  private Decimals() {}

  /** The value without trailing zeros after the point: 65.0 becomes 65, 56.30 becomes 56.3, 100 stays 100. */
  public static BigDecimal canonical(BigDecimal value) {
    requireNonNull(value, "value");
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** Reads a decimal written with a point ("65", "56.3"), in canonical form. */
  public static BigDecimal parse(String text) {
    requireNonNull(text, "text");
    try {
      return canonical(new BigDecimal(text.strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Not a number: '" + text + "'", e);
    }
  }
}
