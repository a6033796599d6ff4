package org.improvementnotice.model.indicator;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * The unit of an indicator's values. Percent and the rates per 1,000 and per 10,000 are all "per N" units
 * and convert into one another; the others convert only to themselves.
 */
public enum Unit {
  /** A percentage, 0 to 100: per 100. */
  PERCENT("%", 100),
  /** A count of cases, posts, children. */
  COUNT("", 0),
  /** A rate per 1,000 (pupils, children). */
  RATE_PER_1000(" per 1000", 1000),
  /** A rate per 10,000 (population aged under 18). */
  RATE_PER_10000(" per 10000", 10000),
  /** A difference between two percentages. */
  PERCENTAGE_POINTS(" pp", 0),
  /** A number of days. */
  DAYS(" days", 0),
  /** A score on an indicator's own scale (NI 51's CAMHS self-assessment, NI 54's survey). */
  SCORE(" points", 0);

  private final String suffix;
  private final int per;

  Unit(String suffix, int per) {
    this.suffix = suffix;
    this.per = per;
  }

  /** {@return the text that follows a value of this unit when printed ("%", " per 1000", "")} */
  public String suffix() {
    return suffix;
  }

  /** {@return for the "per N" units (percent, per 1,000, per 10,000), N; empty for the others} */
  public Optional<BigDecimal> scale() {
    return per == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(per));
  }

  /** {@return whether the unit is a "per N" rate (percent, per 1,000, per 10,000)} */
  public boolean isRate() {
    return per != 0;
  }

  /**
   * The value converted from this unit to {@code target}: 2.3 per 1,000 is 23 per 10,000 and 0.23%.
   *
   * @param value a value in this unit
   * @param target the unit to convert it to
   * @return the value in {@code target}, in canonical form (to 16 significant digits); {@code value} itself when
   *     {@code target} is this unit
   * @throws IllegalArgumentException if the units do not convert (only the "per N" units do, and a unit
   *     to itself)
   */
  public BigDecimal convert(BigDecimal value, Unit target) {
    requireNonNull(value, "value");
    requireNonNull(target, "target");
    if (target == this) {
      return value;
    }
    if (!isRate() || !target.isRate()) {
      throw new IllegalArgumentException(String.format("Cannot convert %s to %s", this, target));
    }
    return Decimals.canonical(value.multiply(BigDecimal.valueOf(target.per))
        .divide(BigDecimal.valueOf(per), MathContext.DECIMAL64));
  }

  /**
   * {@return the value of {@code numerator} over {@code denominator} in this "per N" unit, in canonical form (to 16
   * significant digits): 412 of 634 is 64.98... percent}
   *
   * @param numerator the count that meets the definition
   * @param denominator the count it is out of, more than zero
   * @throws IllegalArgumentException if this unit is not a "per N" rate, or the denominator is not positive
   */
  public BigDecimal ofRatio(BigDecimal numerator, BigDecimal denominator) {
    if (!isRate()) {
      throw new IllegalArgumentException(String.format("%s is not a rate: a ratio has no value in it", this));
    }
    if (denominator.signum() <= 0) {
      throw new IllegalArgumentException(String.format("Denominator must be positive, was %s", denominator));
    }
    return Decimals.canonical(numerator.multiply(BigDecimal.valueOf(per))
        .divide(denominator, MathContext.DECIMAL64));
  }
}
