package org.improvementnotice.model.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * A financial year, 1 April to 31 March; canonical form {@code FY2009-10} (1 April 2009 to 31 March 2010). Immutable and thread-safe.
 *
 * @param startYear the calendar year in which the period starts
 */
public record FinancialYear(int startYear) implements Period {

  private static final Month FIRST_MONTH = Month.APRIL;

  public FinancialYear {
    if (startYear < Year.MIN_VALUE + 1 || startYear >= Year.MAX_VALUE) {
      throw new IllegalArgumentException(String.format("Start year %d is out of range", startYear));
    }
  }

  /** The period that starts in {@code startYear}. */
  public static FinancialYear startingIn(int startYear) {
    return new FinancialYear(startYear);
  }

  /** The period that contains the date. */
  public static FinancialYear containing(LocalDate date) {
    return new FinancialYear(date.getMonthValue() >= FIRST_MONTH.getValue() ? date.getYear() : date.getYear() - 1);
  }

  /** The calendar year in which the period ends. */
  public int endYear() {
    return startYear + 1;
  }

  @Override
  public LocalDate start() {
    return LocalDate.of(startYear, FIRST_MONTH, 1);
  }

  @Override
  public LocalDate endInclusive() {
    return start().plusYears(1).minusDays(1);
  }

  @Override
  public PeriodKind kind() {
    return PeriodKind.FINANCIAL_YEAR;
  }

  @Override
  public FinancialYear previous() {
    return new FinancialYear(startYear - 1);
  }

  @Override
  public FinancialYear next() {
    return new FinancialYear(startYear + 1);
  }

  @Override
  public FinancialYear yearEarlier() {
    return previous();
  }

  /** Written out: periods are look-up keys, and the record's generated equals is slow where not inlined. */
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof FinancialYear other && startYear == other.startYear;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(startYear);
  }

  @Override
  public String toString() {
    if (startYear >= 1000 && startYear <= 9999) {   // the usual case, without parsing a format
      return "FY" + startYear + "-" + twoDigits((startYear + 1) % 100);
    }
    return String.format("FY%04d-%02d", startYear, (startYear + 1) % 100);
  }

  /** {@code n} (0 to 99) in two digits. */
  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
