package org.improvementnotice.model.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * An academic year, 1 September to 31 August; canonical form {@code AY2008/09} (1 September 2008 to 31 August 2009). Immutable and thread-safe.
 *
 * @param startYear the calendar year in which the period starts
 */
public record AcademicYear(int startYear) implements Period {

  private static final Month FIRST_MONTH = Month.SEPTEMBER;

  public AcademicYear {
    if (startYear < Year.MIN_VALUE + 1 || startYear >= Year.MAX_VALUE) {
      throw new IllegalArgumentException(String.format("Start year %d is out of range", startYear));
    }
  }

  /** The period that starts in {@code startYear}. */
  public static AcademicYear startingIn(int startYear) {
    return new AcademicYear(startYear);
  }

  /** The period that contains the date. */
  public static AcademicYear containing(LocalDate date) {
    return new AcademicYear(date.getMonthValue() >= FIRST_MONTH.getValue() ? date.getYear() : date.getYear() - 1);
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
    return PeriodKind.ACADEMIC_YEAR;
  }

  @Override
  public AcademicYear previous() {
    return new AcademicYear(startYear - 1);
  }

  @Override
  public AcademicYear next() {
    return new AcademicYear(startYear + 1);
  }

  @Override
  public AcademicYear yearEarlier() {
    return previous();
  }

  /** Written out: periods are look-up keys, and the record's generated equals is slow where not inlined. */
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof AcademicYear other && startYear == other.startYear;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(startYear);
  }

  @Override
  public String toString() {
    if (startYear >= 1000 && startYear <= 9999) {   // the usual case, without parsing a format
      return "AY" + startYear + "/" + twoDigits((startYear + 1) % 100);
    }
    return String.format("AY%04d/%02d", startYear, (startYear + 1) % 100);
  }

  /** {@code n} (0 to 99) in two digits. */
  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
