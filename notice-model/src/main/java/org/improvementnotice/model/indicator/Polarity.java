package org.improvementnotice.model.indicator;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/** Which direction of an indicator is better. */
public enum Polarity {
  /** Higher values are better (assessments on time, children adopted). */
  HIGHER_IS_BETTER,
  /** Lower values are better (vacancy rate, unallocated cases, absence). */
  LOWER_IS_BETTER;

  /**
   * {@return positive when {@code a} is better than {@code b}, negative when worse, zero when equal}
   *
   * @param a a value of an indicator of this polarity
   * @param b another value in the same unit; values equal in {@link BigDecimal#compareTo} (65 and 65.0) are equal
   */
  public int compareBetter(BigDecimal a, BigDecimal b) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    int c = a.compareTo(b);
    return this == HIGHER_IS_BETTER ? c : -c;
  }

  /**
   * {@return whether {@code a} is strictly better than {@code b}}
   *
   * @param a a value of an indicator of this polarity
   * @param b another value in the same unit
   */
  public boolean isBetter(BigDecimal a, BigDecimal b) {
    return compareBetter(a, b) > 0;
  }

  /**
   * {@return whether {@code a} is strictly worse than {@code b}}
   *
   * @param a a value of an indicator of this polarity
   * @param b another value in the same unit
   */
  public boolean isWorse(BigDecimal a, BigDecimal b) {
    return compareBetter(a, b) < 0;
  }
}
