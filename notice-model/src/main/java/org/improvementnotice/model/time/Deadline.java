package org.improvementnotice.model.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * When something must be done, as a notice words it. A deadline resolves to the last day on which doing it
 * is still on time, against a {@link DeadlineContext} (the notice's issue date and end, and its board and
 * review calendar). Implementations are immutable and thread-safe.
 */
public sealed interface Deadline {

  /**
   * The last day that is on time, or empty while the context cannot tell (an event not yet in the calendar,
   * a notice with no stated end).
   *
   * @param context the notice's issue date, end and calendar, with any meetings recorded since
   * @return the last day that is on time, or empty while the context cannot tell
   */
  Optional<LocalDate> resolve(DeadlineContext context);

  /**
   * Whether the day the notice names is itself late: true for "prior to" and "before" ({@link Before}), false
   * for "by", "in time for", "within" and "no later than", which include the day.
   *
   * @return whether doing it on the day named is late
   */
  default boolean isStrict() {
    return false;
  }

  /**
   * "Immediately", "from the date of this notice": on or before the issue date itself, so that done on the day
   * the notice is issued is on time and done the day after is late. Canonical form {@code immediately}.
   */
  record AtIssue() implements Deadline {
    @Override
    public Optional<LocalDate> resolve(DeadlineContext context) {
      return Optional.of(context.issueDate());
    }

    @Override
    public String toString() {
      return "immediately";
    }
  }

  /**
   * "By 1 March 2009": on or before the date. Canonical form {@code 2009-03-01}.
   *
   * @param date the last day on time
   */
  record OnDate(LocalDate date) implements Deadline {
    /**
     * Checks the components, as the type's documentation says of each.
     *
     * @param date the last day on time
     */
    public OnDate {
      requireNonNull(date, "date");
    }

    @Override
    public Optional<LocalDate> resolve(DeadlineContext context) {
      return Optional.of(date);
    }

    @Override
    public String toString() {
      return date.toString();
    }
  }

  /**
   * "By January 2009", "by the end of February 2011": on or before the last day of the month. Canonical form
   * {@code end of 2009-01}.
   *
   * @param month the month whose last day is the last day on time
   */
  record EndOfMonth(YearMonth month) implements Deadline {
    /**
     * Checks the components, as the type's documentation says of each.
     *
     * @param month the month whose last day is the last day on time
     */
    public EndOfMonth {
      requireNonNull(month, "month");
    }

    @Override
    public Optional<LocalDate> resolve(DeadlineContext context) {
      return Optional.of(month.atEndOfMonth());
    }

    @Override
    public String toString() {
      return "end of " + month;
    }
  }

  /**
   * "Within two months of the date of this Improvement Notice": the issue date plus N months; when that day
   * does not exist in the target month, the last day of that month (31 August + 6 months = 28 or 29
   * February). Canonical form {@code 2 months after issue}.
   *
   * @param months N, the whole months after the issue date, 1 or more
   */
  record MonthsAfterIssue(int months) implements Deadline {
    /**
     * Checks the components, as the type's documentation says of each.
     *
     * @param months N, the whole months after the issue date, 1 or more
     * @throws IllegalArgumentException if {@code months} is less than 1
     */
    public MonthsAfterIssue {
      if (months < 1) {
        throw new IllegalArgumentException(String.format("Months after issue must be at least 1, was %d", months));
      }
    }

    @Override
    public Optional<LocalDate> resolve(DeadlineContext context) {
      return Optional.of(Deadline.plusMonthsClamped(context.issueDate(), months));
    }

    @Override
    public String toString() {
      return months + (months == 1 ? " month" : " months") + " after issue";
    }
  }

  /**
   * "In time for the January Improvement Board", "by the time of the six month review": the date of a named
   * meeting or review, unresolved while the calendar lacks it. Canonical form {@code at "January Improvement
   * Board"}.
   *
   * @param event the meeting's or review's name as the notice words it; the calendar matches it ignoring case
   */
  record AtEvent(String event) implements Deadline {
    /**
     * Checks the components, as the type's documentation says of each.
     *
     * @param event the meeting's or review's name as the notice words it, not blank
     * @throws IllegalArgumentException if the name is blank
     */
    public AtEvent {
      requireNonNull(event, "event");
      if (event.isBlank()) {
        throw new IllegalArgumentException("Event name must not be blank");
      }
    }

    @Override
    public Optional<LocalDate> resolve(DeadlineContext context) {
      return context.eventDate(event);
    }

    @Override
    public String toString() {
      return "at \"" + event + "\"";
    }
  }

  /** "For the duration of this Improvement Notice": the notice's last day. Canonical form {@code end of notice}. */
  record EndOfNotice() implements Deadline {
    @Override
    public Optional<LocalDate> resolve(DeadlineContext context) {
      return context.endDate();
    }

    @Override
    public String toString() {
      return "end of notice";
    }
  }

  /**
   * "Prior to the December Board", "before the end of this notice": strictly before the day the inner deadline
   * names, so the last day on time is the day before it, and doing it on the day itself is late. Canonical form
   * {@code before <inner>}. A before of a before is refused: the text never says "before before".
   *
   * @param inner the deadline whose day is itself late
   */
  record Before(Deadline inner) implements Deadline {
    /**
     * Checks the components, as the type's documentation says of each.
     *
     * @param inner the deadline whose day is itself late, any but a before
     * @throws IllegalArgumentException if the inner deadline is itself a before
     */
    public Before {
      requireNonNull(inner, "inner");
      if (inner instanceof Before) {
        throw new IllegalArgumentException(String.format("A before deadline must not wrap another, was %s", inner));
      }
    }

    /** The day before the inner deadline's day, or empty while the inner deadline cannot be given a date. */
    @Override
    public Optional<LocalDate> resolve(DeadlineContext context) {
      return inner.resolve(context).map(day -> day.minusDays(1));
    }

    @Override
    public boolean isStrict() {
      return true;
    }

    @Override
    public String toString() {
      return "before " + inner;
    }
  }

  /**
   * {@return a deadline strictly before the inner one: the last day on time is the day before it}
   *
   * @param inner the deadline whose day is itself late ("the December Board" of "prior to the December Board")
   * @throws IllegalArgumentException if the inner deadline is itself a before
   */
  static Deadline before(Deadline inner) {
    return new Before(inner);
  }

  /**
   * {@return "immediately": on or before the issue date}
   */
  static Deadline atIssue() {
    return new AtIssue();
  }

  /**
   * {@return a deadline on the date}
   *
   * @param date the last day on time
   */
  static Deadline on(LocalDate date) {
    return new OnDate(date);
  }

  /**
   * {@return a deadline at the end of the month}
   *
   * @param month the month whose last day is the last day on time ("by January 2009")
   */
  static Deadline endOf(YearMonth month) {
    return new EndOfMonth(month);
  }

  /**
   * {@return a deadline N months after the notice's issue date}
   *
   * @param months N, 1 or more
   * @throws IllegalArgumentException if {@code months} is less than 1
   */
  static Deadline monthsAfterIssue(int months) {
    return new MonthsAfterIssue(months);
  }

  /**
   * {@return a deadline at a named event of the notice's calendar}
   *
   * @param event the meeting's or review's name as the notice words it, not blank
   * @throws IllegalArgumentException if the name is blank
   */
  static Deadline atEvent(String event) {
    return new AtEvent(event);
  }

  /** {@return a deadline at the notice's end} */
  static Deadline endOfNotice() {
    return new EndOfNotice();
  }

  /**
   * The date N months after {@code date}, clamped to the last day of the target month when the day does not
   * exist in it (31 August 2011 + 6 months = 29 February 2012).
   *
   * @param date the date counted from (an issue date)
   * @param months N, the whole months to add
   * @return the date N months on, clamped to the end of its month
   */
  static LocalDate plusMonthsClamped(LocalDate date, int months) {
    // java.time already clamps to the last valid day of the month; the method names the rule.
    return date.plusMonths(months);
  }
}
