package org.improvementnotice.benchmarks.reference;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Decision;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Verdict;
import org.improvementnotice.model.data.ActionEvidence;
import org.improvementnotice.model.requirement.DatedAction;
import org.improvementnotice.model.requirement.RecurringAction;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.rules.Status;

/**
 * Form 16, a recurring action, read from the domain notes ("Recurring obligations"): a first deadline, a cadence
 * and an end. Each occurrence is decided as a dated action; the requirement's status is that of its worst
 * occurrence due so far. Read here by counting: by the last day on time of its k-th occurrence, a recurring
 * action done on time has been done at least k times; done k times by the assessment date but not by then, the
 * k-th occurrence was done late; done fewer than k times, it is overdue. While no occurrence is due, the first is
 * the action. No figure. Stateless.
 */
final class RecurringVerdicts {
  private RecurringVerdicts() {}

  static Verdict recurring(Evaluation e, RecurringAction a) {
    if (e.broken(Break.RECURRING_AS_ITS_FIRST_OCCURRENCE)) {
      return ActionVerdicts.action(e, new DatedAction(a.id(), a.action(), a.first()));
    }
    List<LocalDate> done = new ArrayList<>();
    for (ActionEvidence x : e.data.actions()) {
      if (x.action().equals(a.id()) && !x.recorded().isAfter(e.asAt)) {
        done.add(x.completed());
      }
    }
    List<LocalDate> due = new ArrayList<>();
    for (LocalDate lastDay : lastDaysOnTime(e, a)) {
      if (e.isDue(lastDay)) {
        due.add(lastDay);
      }
    }
    if (due.isEmpty()) {
      return ActionVerdicts.action(e, new DatedAction(a.id(), a.action(), a.first()));
    }
    Status worst = Status.DONE;
    for (int k = 1; k <= due.size(); k++) {
      LocalDate lastDay = due.get(k - 1);
      long byThen = done.stream().filter(d -> !d.isAfter(lastDay)).count();
      if (done.size() < k) {
        worst = Status.OVERDUE;
      } else if (byThen < k && worst != Status.OVERDUE) {
        worst = Status.DONE_LATE;
      }
    }
    return Verdict.withoutFigure(Decision.of(worst));
  }

  /**
   * The last day on time of each occurrence required and due by the assessment date, and of the one after: the
   * first deadline's date, then that date moved on by one cadence, two, and so on (a month from the 31st ends on
   * a shorter month's last day), the day before each for "before"; a later occurrence only while its last day on
   * time is on or before the end. Empty while the first deadline has no date.
   */
  private static List<LocalDate> lastDaysOnTime(Evaluation e, RecurringAction a) {
    boolean before = a.first() instanceof Deadline.Before;
    Optional<LocalDate> firstDate = (a.first() instanceof Deadline.Before b ? b.inner() : a.first())
        .resolve(e.context);
    List<LocalDate> out = new ArrayList<>();
    if (firstDate.isEmpty()) {
      return out;
    }
    Optional<LocalDate> end = a.until().flatMap(u -> u.resolve(e.context));
    ChronoUnit unit = a.every().unit();
    for (int k = 0; ; k++) {
      LocalDate date = firstDate.get().plus((long) k * a.every().amount(), unit);
      LocalDate lastDay = before && !e.broken(Break.BEFORE_READ_AS_BY) ? date.minusDays(1) : date;
      if (k > 0 && end.isPresent() && lastDay.isAfter(end.get())) {
        return out;
      }
      out.add(lastDay);
      if (!e.isDue(lastDay)) {
        return out;
      }
    }
  }
}
