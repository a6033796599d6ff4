package org.improvementnotice.model.time;

import java.time.LocalDate;

/**
 * An academic year, 1 September to 31 August; canonical form {@code AY2008/09} (1 September 2008 to 31 August 2009). Immutable and thread-safe.
 *
 * @param startYear the calendar year in which the period starts
 */
public record AcademicYear(int startYear) implements Period {

  private static final YearFrom YEAR = YearFrom.SEPTEMBER;

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param startYear the calendar year in which the period starts (2008 for {@code AY2008/09})
   * @throws IllegalArgumentException if the year does not start and end within the years {@code java.time} holds
   */
  public AcademicYear {
    if (!YearFrom.inRange(startYear)) {
      throw new IllegalArgumentException(String.format("Start year %d is out of range", startYear));
    }
  }

  /**
   * {@return the period that starts in {@code startYear}}
   *
   * @param startYear the calendar year in which the period starts, on 1 September (2008 for {@code AY2008/09})
   * @throws IllegalArgumentException if the year does not start and end within the years {@code java.time} holds
   */
  public static AcademicYear startingIn(int startYear) {
    return new AcademicYear(startYear);
  }

  /**
   * {@return the period that contains the date}
   *
   * @param date any day of the period, its first and last included
   */
  public static AcademicYear containing(LocalDate date) {
    return new AcademicYear(YEAR.startYearOf(date));
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
    return YearFrom.text("AY", startYear, '/', (startYear + 1) % 100);
  }
}
