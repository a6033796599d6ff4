package org.improvementnotice.model.requirement;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.improvementnotice.model.indicator.Decimals;
import org.improvementnotice.model.indicator.Unit;

/**
 * A value a figure must reach: "at least 65%", "at most 200". The value is held in canonical decimal form
 * (65.0 is 65). Immutable and thread-safe.
 *
 * @param comparison at least or at most
 * @param value the threshold
 * @param unit the unit of the threshold, which must be the indicator's
 */
public record Threshold(Comparison comparison, BigDecimal value, Unit unit) {

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param comparison at least or at most
   * @param value the threshold; kept in canonical form
   * @param unit the unit of the threshold, which must be the indicator's
   * @throws IllegalArgumentException if the value is too large or too fine for {@link Decimals#canonical}
   */
  public Threshold {
    requireNonNull(comparison, "comparison");
    value = Decimals.canonical(requireNonNull(value, "value"));
    requireNonNull(unit, "unit");
  }

  /**
   * {@return at least {@code value} in {@code unit}}
   *
   * @param value the threshold as written ("65", "7.5"), as {@link Decimals#parse} reads it
   * @param unit the unit of the threshold, which must be the indicator's
   * @throws IllegalArgumentException if the value is not a number within the bounds of a figure
   */
  public static Threshold atLeast(String value, Unit unit) {
    return new Threshold(Comparison.AT_LEAST, Decimals.parse(value), unit);
  }

  /**
   * {@return at most {@code value} in {@code unit}}
   *
   * @param value the threshold as written ("65", "7.5"), as {@link Decimals#parse} reads it
   * @param unit the unit of the threshold, which must be the indicator's
   * @throws IllegalArgumentException if the value is not a number within the bounds of a figure
   */
  public static Threshold atMost(String value, Unit unit) {
    return new Threshold(Comparison.AT_MOST, Decimals.parse(value), unit);
  }

  /**
   * {@return whether the figure meets the threshold; a figure exactly at the threshold meets it}
   *
   * @param figure the value judged, in the threshold's unit
   */
  public boolean isMetBy(BigDecimal figure) {
    return comparison.holds(requireNonNull(figure, "figure"), value);
  }

  @Override
  public String toString() {
    return comparison.words() + " " + value.toPlainString() + unit.suffix();
  }
}
