package org.improvementnotice.model.time;

import java.time.LocalDate;

/**
 * The year to 30 September, 1 October to 30 September; canonical form {@code YE2009-09} (1 October 2008 to
 * 30 September 2009). Immutable and thread-safe.
 *
 * @param endYear the calendar year in which the period ends
 */
public record YearToSeptember(int endYear) implements Period {

  private static final YearFrom YEAR = YearFrom.OCTOBER;

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param endYear the calendar year in which the period ends, on 30 September (2009 for {@code YE2009-09})
   * @throws IllegalArgumentException if the year does not start and end within the years {@code java.time} holds
   */
  public YearToSeptember {
    if (!YearFrom.inRange(endYear - 1)) {
      throw new IllegalArgumentException(String.format("End year %d is out of range", endYear));
    }
  }

  /**
   * {@return the year to 30 September of {@code endYear}}
   *
   * @param endYear the calendar year in which the period ends (2009 for {@code YE2009-09})
   * @throws IllegalArgumentException if the year does not start and end within the years {@code java.time} holds
   */
  public static YearToSeptember endingIn(int endYear) {
    return new YearToSeptember(endYear);
  }

  /**
   * {@return the year to 30 September that contains the date: 30 September 2009 is in {@code YE2009-09}, 1 October
   * 2009 in {@code YE2010-09}}
   *
   * @param date any day of the period, its first and last included
   */
  public static YearToSeptember containing(LocalDate date) {
    return new YearToSeptember(YEAR.startYearOf(date) + 1);
  }

  @Override
  public LocalDate start() {
    return YEAR.start(endYear - 1);
  }

  @Override
  public LocalDate endInclusive() {
    return YEAR.endInclusive(endYear - 1);
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
    return YearFrom.text("YE", endYear, '-', 9);
  }
}
