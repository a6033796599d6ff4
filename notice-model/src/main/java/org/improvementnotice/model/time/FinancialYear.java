package org.improvementnotice.model.time;

import java.time.LocalDate;

/**
 * A financial year, 1 April to 31 March; canonical form {@code FY2009-10} (1 April 2009 to 31 March 2010). Immutable and thread-safe.
 *
 * @param startYear the calendar year in which the period starts
 */
public record FinancialYear(int startYear) implements Period {

  private static final YearFrom YEAR = YearFrom.APRIL;

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param startYear the calendar year in which the period starts (2009 for {@code FY2009-10})
   * @throws IllegalArgumentException if the year does not start and end within the years {@code java.time} holds
   */
  public FinancialYear {
    if (!YearFrom.inRange(startYear)) {
      throw new IllegalArgumentException(String.format("Start year %d is out of range", startYear));
    }
  }

  /**
   * {@return the period that starts in {@code startYear}}
   *
   * @param startYear the calendar year in which the period starts, on 1 April (2009 for {@code FY2009-10})
   * @throws IllegalArgumentException if the year does not start and end within the years {@code java.time} holds
   */
  public static FinancialYear startingIn(int startYear) {
    return new FinancialYear(startYear);
  }

  /**
   * {@return the period that contains the date}
   *
   * @param date any day of the period, its first and last included
   */
  public static FinancialYear containing(LocalDate date) {
    return new FinancialYear(YEAR.startYearOf(date));
  }

  /** {@return the calendar year in which the period ends} */
  public int endYear() {
    return startYear + 1;
  }

  @Override
  public LocalDate start() {
    return YEAR.start(startYear);
  }

  @Override
  public LocalDate endInclusive() {
    return YEAR.endInclusive(startYear);
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
    return YearFrom.text("FY", startYear, '-', (startYear + 1) % 100);
  }
}
