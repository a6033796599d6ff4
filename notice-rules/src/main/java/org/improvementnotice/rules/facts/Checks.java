package org.improvementnotice.rules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The comparisons the rules use in their constraints, null-safe (a null figure meets nothing). Stateless.
 */
public final class Checks {
  private Checks() {}

  /**
   * {@return whether {@code value} meets {@code threshold}: at least it, or at most it; exactly at it meets}
   *
   * @param value the figure, or null when there is none (which meets nothing)
   * @param threshold the level, in the same unit, or null (which nothing meets)
   * @param atLeast true when the figure must be at least the threshold, false when at most
   */
  public static boolean meets(BigDecimal value, BigDecimal threshold, boolean atLeast) {
    if (value == null || threshold == null) {
      return false;
    }
    int c = value.compareTo(threshold);
    return atLeast ? c >= 0 : c <= 0;
  }

  /**
   * Whether {@code value} misses {@code threshold} by no more than {@code tolerance} (a value that meets it is
   * also within).
   *
   * @param value the figure, or null when there is none (never within)
   * @param threshold the level, in the same unit, or null
   * @param atLeast true when the figure must be at least the threshold, false when at most
   * @param tolerance how far short still counts as within, in the indicator's unit (not a fraction), or null
   * @return whether the figure is within the tolerance of the threshold; false when any of them is null
   */
  public static boolean within(BigDecimal value, BigDecimal threshold, boolean atLeast, BigDecimal tolerance) {
    if (value == null || threshold == null || tolerance == null) {
      return false;
    }
    return meets(value, atLeast ? threshold.subtract(tolerance) : threshold.add(tolerance), atLeast);
  }

  /**
   * Whether a period's figure fails the level: it misses it, or it is missing and missing data is strict.
   *
   * @param value the period's figure, or null when it has none
   * @param threshold the level, in the same unit
   * @param atLeast true when the figure must be at least the threshold, false when at most
   * @param strict whether missing data is {@linkplain org.improvementnotice.rules.MissingData#STRICT strict}
   * @return whether the period fails the level
   */
  public static boolean fails(BigDecimal value, BigDecimal threshold, boolean atLeast, boolean strict) {
    return value == null ? strict : !meets(value, threshold, atLeast);
  }

  /**
   * Whether a period of a window fails the level: its figure misses it, or it has no figure, missing data is
   * strict, and it was not published without a value (a figure published without one is no data, never a
   * shortfall: DOMAIN.md, "Suppressed and unavailable figures").
   *
   * @param value the period's figure, or null when it has none
   * @param unavailable with no figure, why it was published without a value, or null when it simply has none
   * @param threshold the level, in the same unit
   * @param atLeast true when the figure must be at least the threshold, false when at most
   * @param strict whether missing data is {@linkplain org.improvementnotice.rules.MissingData#STRICT strict}
   * @return whether the period's figure fails the level
   */
  public static boolean fails(BigDecimal value, String unavailable, BigDecimal threshold, boolean atLeast,
      boolean strict) {
    return value == null ? strict && unavailable == null : !meets(value, threshold, atLeast);
  }

  /**
   * Whether {@code day} is on or after {@code first} (a window that starts on the assessment date has
   * started). Written as a helper because the executable model reads a negated {@code isBefore} as a temporal
   * operator.
   *
   * @param day the day asked about (the assessment date)
   * @param first the first day of the span (a window's start)
   * @return whether {@code day} is on or after {@code first}
   */
  public static boolean onOrAfter(LocalDate day, LocalDate first) {
    return !day.isBefore(first);
  }

  /**
   * {@return whether {@code value} is strictly better than {@code reference} given the polarity; false when either
   * is null}
   *
   * @param value the figure, or null
   * @param reference what it is compared with (the baseline), in the same unit, or null
   * @param higherIsBetter the indicator's polarity
   */
  public static boolean better(BigDecimal value, BigDecimal reference, boolean higherIsBetter) {
    if (value == null || reference == null) {
      return false;
    }
    int c = value.compareTo(reference);
    return higherIsBetter ? c > 0 : c < 0;
  }
}
