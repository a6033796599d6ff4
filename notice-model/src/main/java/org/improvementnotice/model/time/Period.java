package org.improvementnotice.model.time;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Range;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;

/**
 * A reporting period: a closed span of whole days with a kind (month, quarter, financial year, academic
 * year, year to 30 September, or an arbitrary date range).
 *
 * <p>Every period has a canonical text form that {@link #parse(CharSequence)} reads back:
 * <ul>
 *   <li>{@code 2009-03}: the calendar month March 2009;</li>
 *   <li>{@code 2009-Q1}: the calendar quarter January to March 2009 ("the quarter to 31 March 2009");</li>
 *   <li>{@code FY2009-10}: the financial year 1 April 2009 to 31 March 2010;</li>
 *   <li>{@code AY2008/09}: the academic year 1 September 2008 to 31 August 2009;</li>
 *   <li>{@code YE2009-09}: the year to 30 September 2009 (1 October 2008 to 30 September 2009);</li>
 *   <li>{@code 2009-01-05..2009-02-20}: an arbitrary range, both dates inclusive.</li>
 * </ul>
 *
 * <p>Periods are ordered by their last day, then by their first day (the longer first), then by kind.
 * Implementations are immutable and thread-safe.
 */
public sealed interface Period extends Comparable<Period>
    permits CalendarMonth, CalendarQuarter, FinancialYear, AcademicYear, YearToSeptember, DateRange {

  /** The order of periods: by last day, then first day (earlier first, so the longer period first), then kind. */
  Comparator<Period> ORDER = Comparator.comparing(Period::endInclusive)
      .thenComparing(Period::start)
      .thenComparing(Period::kind);

  /** {@return the first day of the period} */
  LocalDate start();

  /** {@return the last day of the period} */
  LocalDate endInclusive();

  /** {@return the kind of the period} */
  PeriodKind kind();

  /** {@return the period of the same kind and length that ends on the day before this one starts} */
  Period previous();

  /** {@return the period of the same kind and length that starts on the day after this one ends} */
  Period next();

  /**
   * The same period one year earlier (for a date range, both ends moved back a year, 29 February becoming
   * 28 February), used for the direction of travel.
   *
   * @return the same period one year earlier (for a date range, both ends moved back a year, 29 February becoming 28
   *     February), used for the direction of travel
   */
  Period yearEarlier();

  /** {@return the day after the last day of the period} */
  default LocalDate endExclusive() {
    return endInclusive().plusDays(1);
  }

  /**
   * {@return whether the date lies in the period, both ends included}
   *
   * @param date the day
   */
  default boolean contains(LocalDate date) {
    requireNonNull(date, "date");
    return !date.isBefore(start()) && !date.isAfter(endInclusive());
  }

  /**
   * {@return whether every day of {@code other} lies in this period; a period contains itself}
   *
   * @param other a period of any kind
   */
  default boolean contains(Period other) {
    requireNonNull(other, "other");
    return !other.start().isBefore(start()) && !other.endInclusive().isAfter(endInclusive());
  }

  /**
   * {@return whether the two periods share at least one day}
   *
   * @param other a period of any kind
   */
  default boolean overlaps(Period other) {
    requireNonNull(other, "other");
    return !other.start().isAfter(endInclusive()) && !other.endInclusive().isBefore(start());
  }

  /** {@return the number of days in the period} */
  default long lengthInDays() {
    return ChronoUnit.DAYS.between(start(), endExclusive());
  }

  /** {@return the period as a closed Guava range of dates} */
  default Range<LocalDate> toRange() {
    return Range.closed(start(), endInclusive());
  }

  @Override
  default int compareTo(Period other) {
    return ORDER.compare(this, other);
  }

  /**
   * Reads the canonical text form of any kind of period (see the type's documentation).
   *
   * @param text the text, such as {@code 2009-Q1} or {@code FY2009-10}
   * @return the period, whose {@code toString()} gives the text back
   * @throws IllegalArgumentException if the text is not a period in one of the canonical forms
   */
  static Period parse(CharSequence text) {
    return PeriodParser.parse(text);
  }
}
