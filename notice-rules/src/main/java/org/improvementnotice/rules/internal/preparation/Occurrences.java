package org.improvementnotice.rules.internal.preparation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.requirement.RecurringAction;

/**
 * The occurrences of a recurring action (form 16) at an assessment date: the last day on time of each occurrence
 * due so far, in order, and of the next one still required. The k-th occurrence is due by the first deadline's
 * own date moved on by k - 1 cadences ({@code LocalDate.plus}, so a month's last day where the month is
 * shorter), less a day for a {@code before} deadline; only the first is required when its last day on time falls
 * after the end. Immutable.
 */
final class Occurrences {
  /** No occurrence due and none known next: the first deadline has no date yet. */
  static final Occurrences NONE = new Occurrences(List.of(), Optional.empty());

  /** The last day on time of each occurrence due so far (before the assessment date), earliest first. */
  final List<LocalDate> lastDays;
  /** The last day on time of the next occurrence still required, if there is one. */
  final Optional<LocalDate> next;

  private Occurrences(List<LocalDate> lastDays, Optional<LocalDate> next) {
    this.lastDays = lastDays;
    this.next = next;
  }

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
    List<LocalDate> due = new ArrayList<>();
    for (long k = 0; ; k++) {
      LocalDate written = firstDate.plus(k * a.every().amount(), a.every().unit());
      LocalDate lastDay = strict ? written.minusDays(1) : written;
      if (k > 0 && end.isPresent() && lastDay.isAfter(end.get())) {
        return new Occurrences(due, Optional.empty());
      }
      if (!e.asAt.isAfter(lastDay)) {
        return new Occurrences(due, Optional.of(lastDay));
      }
      due.add(lastDay);
    }
  }
}
