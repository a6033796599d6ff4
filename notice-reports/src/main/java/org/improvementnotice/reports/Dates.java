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
