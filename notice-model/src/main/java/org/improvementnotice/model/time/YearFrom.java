package org.improvementnotice.model.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * A year of twelve months that starts on the first day of a given month: what {@link FinancialYear} (from
 * April), {@link AcademicYear} (from September) and {@link YearToSeptember} (from October) share. Each of those
 * public types holds its year and delegates the arithmetic and the text form here. A year is named by the
 * calendar year in which it starts.
 */
enum YearFrom {
  /** 1 April to 31 March. */
  APRIL(Month.APRIL),
  /** 1 September to 31 August. */
  SEPTEMBER(Month.SEPTEMBER),
  /** 1 October to 30 September. */
  OCTOBER(Month.OCTOBER);

  private final Month firstMonth;
  private final Month lastMonth;

  YearFrom(Month firstMonth) {
    this.firstMonth = firstMonth;
    this.lastMonth = firstMonth.minus(1);
    if (lastMonth == Month.FEBRUARY) {
      throw new AssertionError("The last day of a year ending in February depends on the year");
    }
  }

  /** Whether a year starting in {@code startYear} ends within the calendar {@code java.time} can hold. */
  static boolean inRange(int startYear) {
    return startYear >= Year.MIN_VALUE + 1 && startYear < Year.MAX_VALUE;
  }

  /** The calendar year in which the year containing {@code date} starts. */
  int startYearOf(LocalDate date) {
    return date.getMonthValue() >= firstMonth.getValue() ? date.getYear() : date.getYear() - 1;
  }

  /** The first day of the year starting in {@code startYear}. */
  LocalDate start(int startYear) {
    return LocalDate.of(startYear, firstMonth, 1);
  }

  /** The last day of the year starting in {@code startYear}. */
  LocalDate endInclusive(int startYear) {
    return LocalDate.of(startYear + 1, lastMonth, lastMonth.maxLength());
  }

  /**
   * A canonical text: {@code prefix}, {@code year} in (at least) four digits, {@code separator}, then
   * {@code suffix} in two digits: {@code FY2009-10}, {@code AY2008/09}, {@code YE2009-09}.
   */
  static String text(String prefix, int year, char separator, int suffix) {
    if (year >= 1000 && year <= 9999 && suffix >= 0 && suffix <= 99) {   // the usual case, without a format
      return prefix + year + separator + (suffix < 10 ? "0" + suffix : Integer.toString(suffix));
    }
    return String.format("%s%04d%c%02d", prefix, year, separator, suffix);
  }
}
