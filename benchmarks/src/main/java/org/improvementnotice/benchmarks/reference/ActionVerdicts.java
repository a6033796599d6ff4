package org.improvementnotice.benchmarks.reference;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Decision;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Verdict;
import org.improvementnotice.model.data.ActionEvidence;
import org.improvementnotice.model.requirement.DatedAction;
import org.improvementnotice.rules.Status;

/**
 * The action family, read from the domain notes: form 12, a dated action. DONE, DONE_LATE, OVERDUE, DUE_SOON
 * (within the due-soon days), NOT_YET_DUE or UNRESOLVED_DEADLINE, from the evidence recorded by the date. No
 * figure, so no direction of travel (NOT_KNOWN) and no judged figure. Stateless.
 */
final class ActionVerdicts {
  private ActionVerdicts() {}

  static Verdict action(Evaluation e, DatedAction a) {
    return Verdict.withoutFigure(decide(e, a));
  }

  /** From the evidence recorded by the date and the deadline as resolved with the meetings held by then. */
  private static Decision decide(Evaluation e, DatedAction a) {
    Optional<LocalDate> done = Optional.empty();
    for (ActionEvidence x : e.data.actions()) {
      if (x.action().equals(a.id()) && !x.recorded().isAfter(e.asAt)
          && (done.isEmpty() || x.completed().isBefore(done.get()))) {
        done = Optional.of(x.completed());
      }
    }
    Optional<LocalDate> deadline = a.deadline().resolve(e.context);
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
