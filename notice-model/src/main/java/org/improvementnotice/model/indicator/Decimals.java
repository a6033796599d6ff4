package org.improvementnotice.model.indicator;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.Supplier;

/**
 * The canonical form of decimal values, and the bounds of the values the model accepts.
 *
 * <p>Canonical form: no trailing zeros and no negative scale, so that 65, 65.0 and 65.00 are one value (equal
 * records, one printed form).
 *
 * <p>Bounds: a figure of performance data (an observation's value, numerator and denominator, a benchmark's
 * value) is less than 10^{@value #MAX_INTEGER_DIGITS} in magnitude (at most {@value #MAX_INTEGER_DIGITS}
 * digits before the point) and has at most {@value #MAX_SCALE} digits after the point once trailing zeros
 * are dropped. Every real statistic fits with room to spare (a count of all the children in England has 8
 * digits; a rate computed to 16 significant digits has fewer than 30 after the point), and every value within
 * them is finite as a {@code double}, so a report can draw it. {@link #parse(String)} applies the bounds to
 * text before making a number of it, so a cell such as {@code 1e999999999} or a million digits costs nothing.
 * Stateless and thread-safe.
 */
public final class Decimals {

  /** A figure is less than 10^15 in magnitude: at most this many digits before the point. */
  public static final int MAX_INTEGER_DIGITS = 15;

  /** A figure has at most this many digits after the point, trailing zeros dropped. */
  public static final int MAX_SCALE = 30;

  /** The most digits a value given to {@link #canonical} may have, trailing zeros included. */
  private static final int MAX_DIGITS_GIVEN = 1000;

  /** A canonical value has fewer than this many digits before the point, and at most this many after it. */
  private static final int MAX_CANONICAL_DIGITS = 100;

  private static final String BOUNDS = "a value must be less than 10^" + MAX_INTEGER_DIGITS
      + " in magnitude and have at most " + MAX_SCALE + " digits after the point";

  private Decimals() {}

  /**
   * The value without trailing zeros after the point: 65.0 becomes 65, 56.30 becomes 56.3, 100 stays 100.
   * Values too large to hold in that form cheaply are refused: more than 1000 digits as given, 10^100 or more
   * in magnitude, or more than 100 digits after the point.
   *
   * @param value the value
   * @return the value in canonical form
   * @throws IllegalArgumentException if the value is beyond those limits, naming it
   */
  public static BigDecimal canonical(BigDecimal value) {
    requireNonNull(value, "value");
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    // a decimal digit takes more than 3.3 bits: compare bits before counting digits, which costs more
    if (value.unscaledValue().bitLength() > 4 * MAX_DIGITS_GIVEN || value.precision() > MAX_DIGITS_GIVEN) {
      throw new IllegalArgumentException(String.format(
          "Value of %d digits is out of range: a canonical value has at most %d digits", value.precision(),
          MAX_DIGITS_GIVEN));
    }
    BigDecimal stripped = value.stripTrailingZeros();
    if ((long) stripped.precision() - stripped.scale() > MAX_CANONICAL_DIGITS || stripped.scale() > MAX_CANONICAL_DIGITS) {
      throw new IllegalArgumentException(String.format(
          "Value %s is out of range: a canonical value is less than 10^%d in magnitude and has at most %d digits "
              + "after the point", stripped, MAX_CANONICAL_DIGITS, MAX_CANONICAL_DIGITS));
    }
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * The value in canonical form, if it is within the bounds of a figure.
   *
   * @param what what the value is, for the message ("Value of NI 59 for 2009-03")
   * @param value the value
   * @return the value in canonical form
   * @throws IllegalArgumentException naming {@code what} and the value if it is outside the bounds
   */
  public static BigDecimal bounded(String what, BigDecimal value) {
    requireNonNull(what, "what");
    return bounded(() -> what, value);
  }

  /**
   * The value in canonical form, if it is within the bounds of a figure; the description is made only for a
   * value outside them.
   *
   * @param what what the value is, for the message ("Value of NI 59 for 2009-03")
   * @param value the value
   * @return the value in canonical form
   * @throws IllegalArgumentException naming {@code what} and the value if it is outside the bounds
   */
  public static BigDecimal bounded(Supplier<String> what, BigDecimal value) {
    requireNonNull(what, "what");
    requireNonNull(value, "value");
    BigDecimal c;
    try {
      c = canonical(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what.get() + " is out of range, was " + shown(value) + ": " + BOUNDS, e);
    }
    if (c.precision() - c.scale() > MAX_INTEGER_DIGITS || c.scale() > MAX_SCALE) {
      throw new IllegalArgumentException(what.get() + " is out of range, was " + c + ": " + BOUNDS);
    }
    return c;
  }

  /** The value for a message, without writing out a thousand digits. */
  private static String shown(BigDecimal value) {
    return value.precision() <= 40 ? value.toString() : "a number of " + value.precision() + " digits";
  }

  /**
   * Reads a decimal within the bounds of a figure, in canonical form: an optional sign, ASCII digits with an
   * optional point, and an optional exponent ({@code 65}, {@code -3.5}, {@code +65}, {@code 6.5e1}). Digits
   * of other scripts, grouping separators and words such as {@code NaN} are not numbers. The bounds are checked
   * on the text before a number is made of it, so neither a huge exponent nor a million digits costs time or
   * memory; zeros before the first significant digit and after the last are free.
   *
   * @param text the text
   * @return the value in canonical form
   * @throws IllegalArgumentException if the text is not a number ("Not a number: '6,5'") or the number is
   *     outside the bounds ("Number 1e999999999 is out of range: ..."), quoting the text
   */
  public static BigDecimal parse(String text) {
    requireNonNull(text, "text");
    String s = text.strip();
    int i = 0;
    int n = s.length();
    boolean negative = false;
    if (isSign(s, i)) {
      negative = s.charAt(i) == '-';
      i++;
    }
    int intStart = i;
    i = digitsEnd(s, i);
    int intEnd = i;
    int fracStart = i;
    int fracEnd = i;
    if (i < n && s.charAt(i) == '.') {
      fracStart = ++i;
      i = digitsEnd(s, i);
      fracEnd = i;
    }
    if (intEnd == intStart && fracEnd == fracStart) {
      throw notANumber(text);
    }
    long exponent = 0;
    boolean hugeExponent = false;
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      boolean negativeExponent = false;
      if (isSign(s, i)) {
        negativeExponent = s.charAt(i) == '-';
        i++;
      }
      int expStart = i;
      while (i < n && isDigit(s.charAt(i))) {
        if (exponent > Integer.MAX_VALUE) {
          hugeExponent = true;   // beyond any bound whatever the digits; keep checking the syntax
        } else {
          exponent = exponent * 10 + (s.charAt(i) - '0');
        }
        i++;
      }
      if (i == expStart) {
        throw notANumber(text);
      }
      exponent = negativeExponent ? -exponent : exponent;
    }
    if (i != n) {
      throw notANumber(text);
    }
    // the significant digits: from the first non-zero digit to the last, across the point
    String digits = s.substring(intStart, intEnd) + s.substring(fracStart, fracEnd);
    int first = 0;
    while (first < digits.length() && digits.charAt(first) == '0') {
      first++;
    }
    if (first == digits.length()) {
      return BigDecimal.ZERO;
    }
    int last = digits.length();
    while (digits.charAt(last - 1) == '0') {
      last--;
    }
    // value = significant digits x 10^power
    long power = exponent - (fracEnd - fracStart) + (digits.length() - last);
    long significant = last - first;
    if (hugeExponent || significant + power > MAX_INTEGER_DIGITS || -power > MAX_SCALE) {
      throw new IllegalArgumentException("Number " + quoted(text) + " is out of range: " + BOUNDS);
    }
    BigInteger unscaled = new BigInteger(digits.substring(first, last));
    return canonical(new BigDecimal(negative ? unscaled.negate() : unscaled, (int) -power));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether the text has a sign ({@code +} or {@code -}) at the index. */
  private static boolean isSign(String s, int i) {
    return i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-');
  }

  /** The index after the run of ASCII digits that starts at {@code from} (itself when there is none). */
  private static int digitsEnd(String s, int from) {
    int i = from;
    while (i < s.length() && isDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static IllegalArgumentException notANumber(String text) {
    return new IllegalArgumentException("Not a number: '" + quoted(text) + "'");
  }

  /** The text, cut short if long. */
  private static String quoted(String text) {
    return text.length() <= 50 ? text : text.substring(0, 40) + "... (" + text.length() + " characters)";
  }
}
