package org.improvementnotice.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.improvementnotice.model.indicator.Unit;
import org.improvementnotice.model.requirement.Threshold;

/**
 * Values for people: rounded half up to a number of decimals, with thousands separated, and with their unit
 * in words ("67.2%", "23 per 1,000", "12 days"). A value too large or too small to write in full (more than
 * fifteen digits before the point) is written in scientific notation ("1.00E+400"), never refused.
 */
final class Quantities {
  /** The most digits before the point written in full. */
  private static final int MAX_FULL_DIGITS = 15;
  private static final Pattern LONG_DECIMAL = Pattern.compile("(?<![\\d.])(\\d+)\\.(\\d{4,})(?![\\d.])");
  private static final Pattern RAW_RATE = Pattern.compile(" per (1000|10000)\\b");

  private Quantities() {}

  /** The value rounded half up to {@code decimals} places, in plain notation with thousands separated. */
  static String number(BigDecimal value, int decimals) {
    if (value.precision() - value.scale() > MAX_FULL_DIGITS) {
      return String.format(Locale.ROOT, "%.2E", value);
    }
    BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    format.setRoundingMode(RoundingMode.HALF_UP);
    String text = format.format(rounded);
    return text.matches("-0(\\.0+)?") ? text.substring(1) : text;
  }

  /** The value rounded, with its unit ("67.2%", "23 per 1,000", "3.5 percentage points", "12 days"). */
  static String of(BigDecimal value, Unit unit, int decimals) {
    return number(value, decimals) + suffix(unit);
  }

  /** What follows a value of the unit. */
  static String suffix(Unit unit) {
    return words(unit).suffix();
  }

  /** The unit as a chart's axis names it ("Percent (%)", "Rate per 10,000"). */
  static String axisLabel(Unit unit) {
    return words(unit).axisLabel();
  }

  /** How the reports write a unit: after a value, and on a chart's axis. */
  private record UnitWords(String suffix, String axisLabel) {}

  private static UnitWords words(Unit unit) {
    return switch (unit) {
      case PERCENT -> new UnitWords("%", "Percent (%)");
      case COUNT -> new UnitWords("", "Number");
      case RATE_PER_1000 -> new UnitWords(" per 1,000", "Rate per 1,000");
      case RATE_PER_10000 -> new UnitWords(" per 10,000", "Rate per 10,000");
      case PERCENTAGE_POINTS -> new UnitWords(" percentage points", "Percentage points");
      case DAYS -> new UnitWords(" days", "Days");
      case SCORE -> new UnitWords(" points", "Score (points)");
    };
  }

  /** The threshold in words, its value as the notice gives it ("at least 65%", "at most 23 per 1,000"). */
  static String threshold(Threshold threshold) {
    return threshold.comparison().words() + " " + number(threshold.value(), Math.max(0, threshold.value().scale()))
        + suffix(threshold.unit());
  }

  /**
   * A sentence from the rules made easier to read: decimals of four places or more rounded to
   * {@code decimals}, and rates written with their thousands separated ("per 1,000").
   */
  static String forPeople(String sentence, int decimals) {
    Matcher m = LONG_DECIMAL.matcher(sentence);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(number(new BigDecimal(m.group()), decimals)));
    }
    m.appendTail(out);
    Matcher rate = RAW_RATE.matcher(out.toString());
    StringBuilder rates = new StringBuilder();
    while (rate.find()) {
      rate.appendReplacement(rates, rate.group(1).equals("1000") ? " per 1,000" : " per 10,000");
    }
    return rate.appendTail(rates).toString();
  }
}
