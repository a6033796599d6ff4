package org.improvementnotice.rules.internal.preparation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.improvementnotice.model.requirement.Cadence;
import org.improvementnotice.model.requirement.RecurringAction;

/**
 * The occurrences of a recurring action (form 16) at an assessment date: how many are due so far, the last day on
 * time of any of them, and of the next one still required. The k-th occurrence (from 0) is due by the first
 * deadline's own date moved on by k cadences ({@code LocalDate.plus}, so a month's last day where the month is
 * shorter), less a day for a {@code before} deadline; only the first is required when its last day on time falls
 * after the end. The count is found by a binary search over k, so an assessment date centuries on, or a daily
 * cadence, costs a few dozen date sums, never one per occurrence. Immutable.
 *
 * @param firstDate the first deadline's own date (for a {@code before} deadline, the day excluded)
 * @param strict whether the deadlines exclude their day ({@code before})
 * @param every the cadence
 * @param end the last day an occurrence may fall on to be required, if the action ends
 * @param due how many occurrences are due so far: their last day on time is before the assessment date
 * @param next the last day on time of the next occurrence still required, if there is one
 */
record Occurrences(LocalDate firstDate, boolean strict, Cadence every, Optional<LocalDate> end, long due,
    Optional<LocalDate> next) {
  /** No occurrence due and none known next: the first deadline has no date yet. */
  static final Occurrences NONE = new Occurrences(null, false, null, Optional.empty(), 0, Optional.empty());

  /**
   * The occurrences of the action at the evaluation's date.
   *
   * @param a the recurring action
   * @param firstLastDay its first occurrence's last day on time, resolved
   * @param e the evaluation (its date, and the deadline context the end resolves in)
   */
  static Occurrences of(RecurringAction a, LocalDate firstLastDay, Evaluation e) {
    boolean strict = a.first().isStrict();
    LocalDate firstDate = strict ? firstLastDay.plusDays(1) : firstLastDay;
    Optional<LocalDate> end = a.until().flatMap(u -> u.resolve(e.context));
    Occurrences o = new Occurrences(firstDate, strict, a.every(), end, 0, Optional.empty());
    // the occurrences due so far are a prefix of k = 0, 1, 2, ...: find its length
    long low = 0;
    long high = Math.max(0, a.every().unit().between(firstDate, e.asAt)) / a.every().amount() + 2;
    while (low < high) {
      long mid = low + (high - low) / 2;
      if (o.dueSoFar(mid, e.asAt)) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    long due = low;
    Optional<LocalDate> next = o.lastDayOnTime(due).filter(d -> due == 0 || o.required(d));
    return new Occurrences(firstDate, strict, a.every(), end, due, next);
  }

  /**
   * The last day on time of the k-th occurrence (from 0), empty beyond the dates {@code java.time} holds.
   *
   * @param k the occurrence's index
   */
  Optional<LocalDate> lastDayOnTime(long k) {
    try {
      LocalDate written = firstDate.plus(Math.multiplyExact(k, (long) every.amount()), every.unit());
      return Optional.of(strict ? written.minusDays(1) : written);
    } catch (DateTimeException | ArithmeticException beyondTheCalendar) {
      return Optional.empty();
    }
  }

  /** The last day on time of an occurrence due so far (so within the calendar). */
  LocalDate dueOn(long k) {
    return lastDayOnTime(k).orElseThrow();
  }

  private boolean dueSoFar(long k, LocalDate asAt) {
    Optional<LocalDate> d = lastDayOnTime(k);
    return d.isPresent() && asAt.isAfter(d.get()) && (k == 0 || required(d.get()));
  }

  private boolean required(LocalDate lastDay) {
    return end.isEmpty() || !lastDay.isAfter(end.get());
  }
}
