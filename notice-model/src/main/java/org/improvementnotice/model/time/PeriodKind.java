package org.improvementnotice.model.time;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.YearMonth;
import org.threeten.extra.YearQuarter;

/**
 * The kinds of reporting period. All but {@link #DATE_RANGE} are regular: they tile the calendar, so every
 * date lies in exactly one period of the kind.
 */
public enum PeriodKind {
  /** A calendar month. */
  MONTH(1),
  /** A calendar quarter (January-March, April-June, July-September, October-December). */
  QUARTER(3),
  /** A financial year, 1 April to 31 March. */
  FINANCIAL_YEAR(12),
  /** An academic year, 1 September to 31 August. */
  ACADEMIC_YEAR(12),
  /** The year to 30 September, 1 October to 30 September. */
  YEAR_TO_SEPTEMBER(12),
  /** An arbitrary range of dates; not regular. */
  DATE_RANGE(0);

  private final int months;

  PeriodKind(int months) {
    this.months = months;
  }

  /** {@return whether the kind tiles the calendar (every kind but {@link #DATE_RANGE})} */
  public boolean isRegular() {
    return this != DATE_RANGE;
  }

  /** {@return the length of a period of this kind in months; 0 for {@link #DATE_RANGE}} */
  public int lengthInMonths() {
    return months;
  }

  /**
   * The period of this kind that contains the date.
   *
   * @param date any day of the period
   * @return the period of this kind that contains the date
   * @throws UnsupportedOperationException for {@link #DATE_RANGE}, which is not regular
   */
  public Period containing(LocalDate date) {
    requireNonNull(date, "date");
    return switch (this) {
      // of(year, month) rather than from(date): from goes through the temporal-query machinery, on every look-up
      case MONTH -> CalendarMonth.of(YearMonth.of(date.getYear(), date.getMonthValue()));
      case QUARTER -> CalendarQuarter.of(YearQuarter.of(date.getYear(), (date.getMonthValue() + 2) / 3));
      case FINANCIAL_YEAR -> FinancialYear.containing(date);
      case ACADEMIC_YEAR -> AcademicYear.containing(date);
      case YEAR_TO_SEPTEMBER -> YearToSeptember.containing(date);
      case DATE_RANGE -> throw new UnsupportedOperationException("A date range is not a regular period kind");
    };
  }

  /**
   * Whether periods of this kind tile {@code period} exactly: it starts on the first day of one and ends on
   * the last day of one. A monthly indicator fits a quarter or a year; a quarterly one does not fit a month.
   *
   * @param period a period of any kind
   * @return whether periods of this kind tile {@code period}; always false for {@link #DATE_RANGE}
   */
  public boolean tiles(Period period) {
    requireNonNull(period, "period");
    if (!isRegular()) {
      return false;
    }
    return containing(period.start()).start().equals(period.start())
        && containing(period.endInclusive()).endInclusive().equals(period.endInclusive());
  }

  /**
   * The periods of this kind that tile {@code period}, in order.
   *
   * @param period a period that periods of this kind tile (a monthly indicator's quarter)
   * @return the periods of this kind that tile {@code period}, in order
   * @throws IllegalArgumentException if this kind does not tile the period (see {@link #tiles(Period)})
   */
  public ImmutableList<Period> periodsIn(Period period) {
    if (!tiles(period)) {
      throw new IllegalArgumentException(String.format("Periods of kind %s do not tile %s", this, period));
    }
    ImmutableList.Builder<Period> parts = ImmutableList.builder();
    for (Period p = containing(period.start()); !p.start().isAfter(period.endInclusive()); p = p.next()) {
      parts.add(p);
    }
    return parts.build();
  }
}
