package org.improvementnotice.model.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * A date as precisely as a document states it: a day ("5 August 2013") or only a month ("July 2008").
 * Canonical forms {@code 2013-08-05} and {@code 2008-07}. Implementations are immutable and thread-safe.
 */
public sealed interface StatedDate {

  /** {@return the first day the stated date can mean} */
  LocalDate earliest();

  /** {@return the last day the stated date can mean} */
  LocalDate latest();

  /**
   * A day.
   *
   * @param date the day stated
   */
  record OfDay(LocalDate date) implements StatedDate {
    /**
     * Checks the components, as the type's documentation says of each.
     *
     * @param date the day stated
     */
    public OfDay {
      requireNonNull(date, "date");
    }

    @Override
    public LocalDate earliest() {
      return date;
    }

    @Override
    public LocalDate latest() {
      return date;
    }

    @Override
    public String toString() {
      return date.toString();
    }
  }

  /**
   * A month, the day not stated.
   *
   * @param month the month stated; it can mean any of its days
   */
  record OfMonth(YearMonth month) implements StatedDate {
    /**
     * Checks the components, as the type's documentation says of each.
     *
     * @param month the month stated; it can mean any of its days
     */
    public OfMonth {
      requireNonNull(month, "month");
    }

    @Override
    public LocalDate earliest() {
      return month.atDay(1);
    }

    @Override
    public LocalDate latest() {
      return month.atEndOfMonth();
    }

    @Override
    public String toString() {
      return month.toString();
    }
  }

  /**
   * Reads {@code 2013-08-05} or {@code 2008-07}.
   *
   * @param text the canonical form of a day or a month; leading and trailing white space is ignored
   * @return a day for {@code 2013-08-05}, a month for {@code 2008-07}
   * @throws IllegalArgumentException if the text is neither
   */
  static StatedDate parse(CharSequence text) {
    String s = requireNonNull(text, "text").toString().trim();
    try {
      return s.length() == 7 ? new OfMonth(YearMonth.parse(s)) : new OfDay(LocalDate.parse(s));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Not a stated date (2013-08-05 or 2008-07): '" + s + "'", e);
    }
  }
}
