package org.improvementnotice.data;

import java.math.BigDecimal;
import org.improvementnotice.model.indicator.Decimals;

/**
 * Numbers as data files write them: ASCII digits, an optional leading {@code -}, an optional point and an
 * optional exponent ({@code 1.5E-3}, as spreadsheets write small values), within bounds checked on the text
 * before any arithmetic: at most {@value #MAX_INTEGER_DIGITS} digits before the point and
 * {@value #MAX_DECIMAL_PLACES} after it, once the exponent is applied, and at most {@value #MAX_CHARS}
 * characters. {@code 1e999999999} is refused as out of bounds, not computed.
 */
final class CsvNumbers {
  /** The most digits before the point. */
  static final int MAX_INTEGER_DIGITS = 15;
  /** The most digits after the point, trailing zeros not counted. */
  static final int MAX_DECIMAL_PLACES = 12;
  /** The longest number, in characters. */
  static final int MAX_CHARS = 40;

  private CsvNumbers() {}

  /**
   * Reads a number.
   *
   * @throws CsvRow.Refused saying why the text is not a number within bounds
   */
  static BigDecimal parse(String text) {
    String quoted = CsvRow.quote(text);
    if (text.length() > MAX_CHARS) {
      throw new CsvRow.Refused(quoted + " is not a number within bounds: longer than " + MAX_CHARS + " characters");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > 0x7F && Character.isDigit(c)) {
        throw new CsvRow.Refused(quoted + " is not a number: it has digits of another script; write numbers with "
            + "the ASCII digits 0-9");
      }
    }
    if (text.startsWith("+")) {
      throw new CsvRow.Refused(quoted + " is not a number: a sign '+' is not allowed; write positive numbers without "
          + "one");
    }
    int i = text.startsWith("-") ? 1 : 0;
    int intStart = i;
    while (i < text.length() && isDigit(text.charAt(i))) {
      i++;
    }
    String integer = text.substring(intStart, i);
    String fraction = "";
    if (i < text.length() && text.charAt(i) == '.') {
      int fracStart = ++i;
      while (i < text.length() && isDigit(text.charAt(i))) {
        i++;
      }
      fraction = text.substring(fracStart, i);
    }
    long exponent = 0;
    boolean hugeExponent = false;
    if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      boolean negative = false;
      if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
        negative = text.charAt(i) == '-';
        i++;
      }
      int expStart = i;
      while (i < text.length() && isDigit(text.charAt(i))) {
        i++;
      }
      if (i == expStart) {
        throw notANumber(quoted);
      }
      String digits = stripLeadingZeros(text.substring(expStart, i));
      // the mantissa has at most MAX_CHARS digits, so any exponent of more than four digits is out of bounds
      hugeExponent = digits.length() > 4;
      exponent = hugeExponent ? 0 : Long.parseLong(digits.isEmpty() ? "0" : digits) * (negative ? -1 : 1);
    }
    if (i != text.length() || integer.isEmpty() && fraction.isEmpty()) {
      throw notANumber(quoted);
    }
    String significant = stripLeadingZeros(integer + fraction);
    if (significant.chars().allMatch(c -> c == '0')) {
      return BigDecimal.ZERO;
    }
    if (hugeExponent) {
      throw outOfBounds(quoted);
    }
    int trailingZeros = 0;
    while (significant.charAt(significant.length() - 1 - trailingZeros) == '0') {
      trailingZeros++;
    }
    // the value is the significant digits (without trailing zeros) times ten to this power
    long power = exponent - fraction.length() + trailingZeros;
    long digits = significant.length() - trailingZeros;
    long integerDigits = Math.max(0, digits + power);
    long decimalPlaces = Math.max(0, -power);
    if (integerDigits > MAX_INTEGER_DIGITS || decimalPlaces > MAX_DECIMAL_PLACES) {
      throw outOfBounds(quoted);
    }
    return Decimals.parse(text);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static String stripLeadingZeros(String digits) {
    int i = 0;
    while (i < digits.length() - 1 && digits.charAt(i) == '0') {
      i++;
    }
    return digits.substring(i);
  }

  private static CsvRow.Refused notANumber(String quoted) {
    return new CsvRow.Refused(quoted + " is not a number");
  }

  private static CsvRow.Refused outOfBounds(String quoted) {
    return new CsvRow.Refused(quoted + " is not a number within bounds: at most " + MAX_INTEGER_DIGITS
        + " digits before the point and " + MAX_DECIMAL_PLACES + " after it");
  }
}
