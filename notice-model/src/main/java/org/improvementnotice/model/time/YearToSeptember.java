package org.improvementnotice.model.time;

import java.time.LocalDate;
import java.time.Year;

/**
 * The year to 30 September, 1 October to 30 September; canonical form {@code YE2009-09} (1 October 2008 to
 * 30 September 2009). Immutable and thread-safe.
 *
 * @param endYear the calendar year in which the period ends
 */
public record YearToSeptember(int endYear) implements Period {

  public YearToSeptember {
    if (endYear <= Year.MIN_VALUE + 1 || endYear > Year.MAX_VALUE) {
      throw new IllegalArgumentException(String.format("End year %d is out of range", endYear));
    }
  }

  /** The year to 30 September of {@code endYear}. */
  public static YearToSeptember endingIn(int endYear) {
    return new YearToSeptember(endYear);
  }

  /** The year to 30 September that contains the date. */
  public static YearToSeptember containing(LocalDate date) {
    return new YearToSeptember(date.getMonthValue() >= 10 ? date.getYear() + 1 : date.getYear());
  }

  @Override
  public LocalDate start() {
    return LocalDate.of(endYear - 1, 10, 1);
  }

  @Override
  public LocalDate endInclusive() {
    return LocalDate.of(endYear, 9, 30);
  }

  @Override
  public PeriodKind kind() {
    return PeriodKind.YEAR_TO_SEPTEMBER;
  }

  @Override
  public YearToSeptember previous() {
    return new YearToSeptember(endYear - 1);
  }

  @Override
  public YearToSeptember next() {
    return new YearToSeptember(endYear + 1);
  }

  @Override
  public YearToSeptember yearEarlier() {
    return previous();
  }

  /** Written out: periods are look-up keys, and the record's generated equals is slow where not inlined. */
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof YearToSeptember other && endYear == other.endYear;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(endYear);
  }

  @Override
  public String toString() {
    if (endYear >= 1000 && endYear <= 9999) {   // the usual case, without parsing a format
      return "YE" + endYear + "-09";
    }
    return String.format("YE%04d-09", endYear);
  }
}
