package org.improvementnotice.benchmarks.reference;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Decision;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Verdict;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.ActionEvidence;
import org.improvementnotice.model.requirement.DatedAction;
import org.improvementnotice.model.time.DeadlineContext;
import org.improvementnotice.rules.Status;

/**
 * The action family, read from the domain notes: form 12, a dated action. DONE, DONE_LATE, OVERDUE, DUE_SOON
 * (within the due-soon days), NOT_YET_DUE or UNRESOLVED_DEADLINE, from the evidence recorded by the date, against
 * the last day on time ("by" includes the day, "before" excludes it); a deadline before the issue date as any
 * other. No
 * figure, so no direction of travel (NOT_KNOWN) and no judged figure. Stateless.
 */
final class ActionVerdicts {
  private ActionVerdicts() {}

  static Verdict action(Evaluation e, DatedAction a) {
    return Verdict.withoutFigure(decide(e, a));
  }

  /**
   * Whether the action's last day on time, as resolved with the calendar given (the notice's own, or with the
   * meetings held by a date), precedes the notice's issue date (the finding must say so): "before" the issue date
   * itself precedes it, since its last day on time is the day before.
   */
  static boolean deadlinePrecedesNotice(Notice notice, DatedAction a, DeadlineContext context) {
    return Deadlines.lastDayOnTime(a.deadline(), context, false)
        .filter(d -> d.isBefore(notice.issued().date())).isPresent();
  }

  /**
   * From the evidence recorded by the date and the deadline's last day on time as resolved with the meetings held
   * by then: done on or before it DONE, later DONE_LATE; not done, OVERDUE from the day after it. A deadline before
   * the issue date is decided the same way (DOMAIN.md: a warning, never a reason to refuse the notice), so an
   * action not done is OVERDUE from the issue date on.
   */
  private static Decision decide(Evaluation e, DatedAction a) {
    Optional<LocalDate> done = Optional.empty();
    for (ActionEvidence x : e.data.actions()) {
      if (x.action().equals(a.id()) && !x.recorded().isAfter(e.asAt)
          && (done.isEmpty() || x.completed().isBefore(done.get()))) {
        done = Optional.of(x.completed());
      }
    }
    Optional<LocalDate> deadline = e.lastDayOnTime(a.deadline());
    if (e.broken(Break.DEADLINE_BEFORE_ISSUE_AT_ISSUE)) {
      deadline = deadline.map(d -> d.isBefore(e.notice.issued().date()) ? e.notice.issued().date() : d);
    }
    if (done.isPresent()) {
      return Decision.of(deadline.isPresent() && done.get().isAfter(deadline.get()) ? Status.DONE_LATE : Status.DONE);
    }
    if (deadline.isEmpty()) {
      return Decision.of(Status.UNRESOLVED_DEADLINE);
    }
    if (e.isDue(deadline.get())) {
      return Decision.of(Status.OVERDUE);
    }
    long daysLeft = ChronoUnit.DAYS.between(e.asAt, deadline.get());
    return Decision.of(daysLeft <= e.settings.dueSoonDays() ? Status.DUE_SOON : Status.NOT_YET_DUE);
  }
}
