package org.improvementnotice.model.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.threeten.extra.YearQuarter;

/**
 * A calendar quarter as a reporting period; canonical form {@code 2009-Q1}. "The quarter to 31 March 2009"
 * is {@code 2009-Q1}, 1 January to 31 March 2009. Immutable and thread-safe.
 *
 * @param yearQuarter the quarter
 */
public record CalendarQuarter(YearQuarter yearQuarter) implements Period {

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param yearQuarter the quarter
   */
  public CalendarQuarter {
    requireNonNull(yearQuarter, "yearQuarter");
  }

  /**
   * {@return the quarter as a period}
   *
   * @param yearQuarter the quarter
   */
  public static CalendarQuarter of(YearQuarter yearQuarter) {
    return new CalendarQuarter(yearQuarter);
  }

  /**
   * {@return quarter {@code quarter} (1-4) of calendar year {@code year}}
   *
   * @param year the calendar year
   * @param quarter the quarter of the year, 1 (January to March) to 4 (October to December)
   * @throws java.time.DateTimeException if the quarter is not 1 to 4 or the year is out of {@link YearQuarter}'s
   *     range
   */
  public static CalendarQuarter of(int year, int quarter) {
    return new CalendarQuarter(YearQuarter.of(year, quarter));
  }

  /**
   * The quarter that ends on {@code lastDay} ("the quarter to 31 March 2009").
   *
   * @param lastDay the quarter's last day: 31 March, 30 June, 30 September or 31 December
   * @return the quarter: 31 March 2009 gives {@code 2009-Q1}
   * @throws IllegalArgumentException if the date is not the last day of a calendar quarter
   */
  public static CalendarQuarter endingOn(LocalDate lastDay) {
    requireNonNull(lastDay, "lastDay");
    YearQuarter quarter = YearQuarter.from(lastDay);
    if (!quarter.atEndOfQuarter().equals(lastDay)) {
      throw new IllegalArgumentException(String.format("%s is not the last day of a quarter", lastDay));
    }
    return new CalendarQuarter(quarter);
  }

  @Override
  public LocalDate start() {
    return yearQuarter.atDay(1);
  }

  @Override
  public LocalDate endInclusive() {
    return yearQuarter.atEndOfQuarter();
  }

  @Override
  public PeriodKind kind() {
    return PeriodKind.QUARTER;
  }

  @Override
  public CalendarQuarter previous() {
    return new CalendarQuarter(yearQuarter.minusQuarters(1));
  }

  @Override
  public CalendarQuarter next() {
    return new CalendarQuarter(yearQuarter.plusQuarters(1));
  }

  @Override
  public CalendarQuarter yearEarlier() {
    return new CalendarQuarter(yearQuarter.minusYears(1));
  }

  /**
   * The quarters counted from year 0, so consecutive quarters have consecutive hash codes ({@code YearQuarter}'s
   * own keeps the quarter in the high bits, which puts every quarter of a year in one bucket of a small table).
   */
  @Override
  public int hashCode() {
    return yearQuarter.getYear() * 4 + yearQuarter.getQuarterValue() - 1;
  }

  /** Written out, as the hash code is: periods are look-up keys, and the record's equals is slow un-inlined. */
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof CalendarQuarter other && yearQuarter.equals(other.yearQuarter);
  }

  @Override
  public String toString() {
    return yearQuarter.toString();
  }
}
