package org.improvementnotice.model.data;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.improvementnotice.model.time.Period;

/**
 * The dates the library evaluates and accepts in data: 1 January {@value #FIRST_YEAR} to 31 December
 * {@value #LAST_YEAR}, both included. Every notice and statistic of children's services falls well inside;
 * the bound keeps the arithmetic of periods and deadlines away from the ends of {@link LocalDate}'s range. The
 * compliance engine refuses an assessment date outside it, and
 * {@link org.improvementnotice.model.validation.DataValidator} any date or period of the data outside it,
 * each naming the date. Holds no state.
 */
public final class SupportedDates {
  /** The first year supported. */
  public static final int FIRST_YEAR = 1900;
  /** The last year supported. */
  public static final int LAST_YEAR = 2199;
  /** The first date supported, 1 January {@value #FIRST_YEAR}. */
  public static final LocalDate FIRST = LocalDate.of(FIRST_YEAR, 1, 1);
  /** The last date supported, 31 December {@value #LAST_YEAR}. */
  public static final LocalDate LAST = LocalDate.of(LAST_YEAR, 12, 31);

  private SupportedDates() {}

  /**
   * Whether the date is supported.
   *
   * @param date the date
   * @return whether it lies from {@link #FIRST} to {@link #LAST}, both included
   */
  public static boolean contains(LocalDate date) {
    requireNonNull(date, "date");
    return !date.isBefore(FIRST) && !date.isAfter(LAST);
  }

  /**
   * Whether every day of the period is supported.
   *
   * @param period the period
   * @return whether it starts on or after {@link #FIRST} and ends on or before {@link #LAST}
   */
  public static boolean contains(Period period) {
    requireNonNull(period, "period");
    return contains(period.start()) && contains(period.endInclusive());
  }

  /**
   * The rule, for messages: "outside the supported dates, 1900-01-01 to 2199-12-31".
   *
   * @return the phrase naming the range
   */
  public static String outside() {
    return "outside the supported dates, " + FIRST + " to " + LAST;
  }
}
