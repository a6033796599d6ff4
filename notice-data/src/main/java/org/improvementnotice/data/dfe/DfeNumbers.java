package org.improvementnotice.data.dfe;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.improvementnotice.model.indicator.Decimals;

/**
 * The numbers a published file may hold: an optional minus sign, 1 to {@value #MAX_INTEGER_DIGITS} ASCII
 * digits, and optionally a point followed by 1 to {@value #MAX_DECIMAL_PLACES} ASCII digits. Nothing else
 * is a number: no plus sign, exponent, thousands separator, space, or digits of another script.
 */
public final class DfeNumbers {
  /** The most digits before the point. */
  public static final int MAX_INTEGER_DIGITS = 15;
  /** The most digits after the point. */
  public static final int MAX_DECIMAL_PLACES = 12;

  private DfeNumbers() {}

  /**
   * Reads a number, in canonical form (no trailing zeros).
   *
   * @param text the cell's text
   * @return the number
   * @throws IllegalArgumentException saying why the text is not a number of the accepted form
   */
  public static BigDecimal parse(String text) {
    requireNonNull(text, "text");
    int n = text.length();
    int i = 0;
    if (i < n && text.charAt(i) == '-') {
      i++;
    }
    int intStart = i;
    while (i < n && isAsciiDigit(text.charAt(i))) {
      i++;
    }
    int intDigits = i - intStart;
    int decimals = 0;
    boolean point = false;
    if (i < n && text.charAt(i) == '.') {
      point = true;
      i++;
      int decStart = i;
      while (i < n && isAsciiDigit(text.charAt(i))) {
        i++;
      }
      decimals = i - decStart;
    }
    if (i != n || intDigits == 0 || (point && decimals == 0)) {
      throw new IllegalArgumentException("'" + printable(text) + "' is neither a number (ASCII digits, an optional "
          + "minus sign and decimal point) nor one of the symbols c, x, z, k, u, low");
    }
    if (intDigits > MAX_INTEGER_DIGITS) {
      throw new IllegalArgumentException("'" + printable(text) + "' has " + intDigits
          + " digits before the point; at most " + MAX_INTEGER_DIGITS + " are accepted");
    }
    if (decimals > MAX_DECIMAL_PLACES) {
      throw new IllegalArgumentException("'" + printable(text) + "' has " + decimals
          + " decimal places; at most " + MAX_DECIMAL_PLACES + " are accepted");
    }
    return Decimals.canonical(new BigDecimal(text));
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The text as an error quotes it: at most 40 characters, control and non-ASCII characters escaped. */
  static String printable(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && out.length() < 40; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return text.length() > 40 ? out + "..." : out.toString();
  }
}
