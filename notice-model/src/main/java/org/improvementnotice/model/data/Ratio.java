package org.improvementnotice.model.data;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.improvementnotice.model.indicator.Decimals;

/**
 * The numerator and denominator behind a rate ("412 of 634 initial assessments within 7 working days"), so
 * that rates over longer periods aggregate correctly. An observation holds its numerator and denominator
 * to the {@linkplain Decimals bounds of a figure}; a ratio itself only refuses what
 * {@link Decimals#canonical} refuses, since sums of bounded ratios may exceed those bounds. Immutable and
 * thread-safe.
 *
 * @param numerator the count that meets the definition
 * @param denominator the count it is out of
 */
public record Ratio(BigDecimal numerator, BigDecimal denominator) {
  /**
   * A ratio.
   *
   * @param numerator the count that meets the definition; kept in its canonical form
   * @param denominator the count it is out of; kept in its canonical form
   * @throws IllegalArgumentException if a part is too large or too fine for {@link Decimals#canonical}
   */
  public Ratio {
    numerator = Decimals.canonical(requireNonNull(numerator, "numerator"));
    denominator = Decimals.canonical(requireNonNull(denominator, "denominator"));
  }

  /**
   * {@return the ratio of two whole counts}
   *
   * @param numerator the count that meets the definition
   * @param denominator the count it is out of
   */
  public static Ratio of(long numerator, long denominator) {
    return new Ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  /**
   * {@return the sum of two ratios, numerator to numerator and denominator to denominator}
   *
   * @param other the ratio to add, for another period of the same indicator
   * @throws IllegalArgumentException if a sum is too large for {@link Decimals#canonical}
   */
  public Ratio plus(Ratio other) {
    return new Ratio(numerator.add(other.numerator), denominator.add(other.denominator));
  }

  @Override
  public String toString() {
    return numerator.toPlainString() + "/" + denominator.toPlainString();
  }
}
