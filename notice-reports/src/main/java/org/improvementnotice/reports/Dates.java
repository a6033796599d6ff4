package org.improvementnotice.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.improvementnotice.model.time.Period;

/** Dates and periods in words: "30 June 2009", "March 2009", "January to March 2009", "financial year 2009-10". */
final class Dates {
  private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);
  private static final DateTimeFormatter MONTH_ONLY = DateTimeFormatter.ofPattern("MMMM", Locale.UK);

  private Dates() {}

  /** "30 June 2009". */
  static String date(LocalDate date) {
    return date.format(LONG);
  }

  /** "30 Jun 2009". */
  static String shortDate(LocalDate date) {
    return date.format(SHORT);
  }

  private static final java.util.regex.Pattern CODES = java.util.regex.Pattern.compile(
      "(?<![\\w/.-])(\\d{4}-\\d{2}-\\d{2}\\.\\.\\d{4}-\\d{2}-\\d{2}|\\d{4}-\\d{2}-\\d{2}|FY\\d{4}-\\d{2}|AY\\d{4}/\\d{2}"
          + "|YE\\d{4}-\\d{2}|\\d{4}-Q[1-4]|\\d{4}-\\d{2})(?![\\w/-])");

  /**
   * The sentence with its dates and period codes in words: "2009-02-20" becomes "20 Feb 2009", "2009-Q1"
   * "January to March 2009", "AY2008/09" "academic year 2008/09"; a code that does not parse is left alone.
   */
  static String inWords(String sentence) {
    java.util.regex.Matcher m = CODES.matcher(sentence);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String code = m.group(1);
      String words;
      try {
        words = code.length() == 10 ? shortDate(LocalDate.parse(code)) : period(Period.parse(code));
      } catch (RuntimeException notACode) {
        words = code;
      }
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(words));
    }
    return m.appendTail(out).toString();
  }

  /** The period in words. */
  static String period(Period period) {
    String canonical = period.toString();
    return switch (period.kind()) {
      case MONTH -> period.start().format(MONTH);
      case QUARTER -> period.start().format(MONTH_ONLY) + " to " + period.endInclusive().format(MONTH);
      case FINANCIAL_YEAR -> "financial year " + canonical.substring(2);
      case ACADEMIC_YEAR -> "academic year " + canonical.substring(2);
      case YEAR_TO_SEPTEMBER -> "year to " + period.endInclusive().format(MONTH);
      case DATE_RANGE -> shortDate(period.start()) + " to " + shortDate(period.endInclusive());
    };
  }
}
