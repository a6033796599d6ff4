package org.improvementnotice.model.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A calendar month as a reporting period; canonical form {@code 2009-03}. Immutable and thread-safe.
 *
 * @param yearMonth the month
 */
public record CalendarMonth(YearMonth yearMonth) implements Period {

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param yearMonth the month
   */
  public CalendarMonth {
    requireNonNull(yearMonth, "yearMonth");
  }

  /**
   * {@return the month as a period}
   *
   * @param yearMonth the month
   */
  public static CalendarMonth of(YearMonth yearMonth) {
    return new CalendarMonth(yearMonth);
  }

  /**
   * {@return the month {@code month} of {@code year}, 1 = January}
   *
   * @param year the calendar year
   * @param month the month of the year, 1 (January) to 12 (December)
   * @throws java.time.DateTimeException if the month is not 1 to 12 or the year is out of {@link YearMonth}'s range
   */
  public static CalendarMonth of(int year, int month) {
    return new CalendarMonth(YearMonth.of(year, month));
  }

  @Override
  public LocalDate start() {
    return yearMonth.atDay(1);
  }

  @Override
  public LocalDate endInclusive() {
    return yearMonth.atEndOfMonth();
  }

  @Override
  public PeriodKind kind() {
    return PeriodKind.MONTH;
  }

  @Override
  public CalendarMonth previous() {
    return new CalendarMonth(yearMonth.minusMonths(1));
  }

  @Override
  public CalendarMonth next() {
    return new CalendarMonth(yearMonth.plusMonths(1));
  }

  @Override
  public CalendarMonth yearEarlier() {
    return new CalendarMonth(yearMonth.minusYears(1));
  }

  /**
   * The months counted from year 0, so consecutive months have consecutive hash codes ({@code YearMonth}'s own
   * keeps the month in the high bits, which puts every month of a year in one bucket of a small hash table).
   */
  @Override
  public int hashCode() {
    return yearMonth.getYear() * 12 + yearMonth.getMonthValue() - 1;
  }

  /** Written out, as the hash code is: periods are look-up keys, and the record's equals is slow un-inlined. */
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof CalendarMonth other && yearMonth.equals(other.yearMonth);
  }

  @Override
  public String toString() {
    return yearMonth.toString();
  }
}
