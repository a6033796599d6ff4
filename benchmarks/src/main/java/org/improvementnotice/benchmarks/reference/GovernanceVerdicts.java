package org.improvementnotice.benchmarks.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Decision;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Verdict;
import org.improvementnotice.model.data.MeetingRecord;
import org.improvementnotice.model.requirement.GovernanceCadence;
import org.improvementnotice.rules.Status;

/**
 * The governance family, read from the domain notes: form 13, a governance cadence. LAPSED when a gap (the
 * lead-in from the window's start, between meetings, or open to the date) runs past the cadence and the
 * meeting-gap tolerance, or a meeting of the window was chaired by someone else (under strict missing data, also
 * with no chair recorded) or held without the department when it must attend; else HELD; NOT_YET_DUE before the
 * window starts. No figure, so no direction of travel (NOT_KNOWN) and no judged figure. Stateless.
 */
final class GovernanceVerdicts {
  private GovernanceVerdicts() {}

  static Verdict governance(Evaluation e, GovernanceCadence g) {
    return Verdict.withoutFigure(decide(e, g));
  }

  /**
   * The meetings of the body in the window held by the date: every gap (from the window's start to the first
   * meeting, between meetings, and from the last meeting to the date or the window's end) within the cadence and
   * the meeting-gap tolerance, and each meeting chaired and attended as required.
   */
  private static Decision decide(Evaluation e, GovernanceCadence g) {
    LocalDate start = g.window().start(e.context);
    if (e.asAt.isBefore(start)) {
      return Decision.of(Status.NOT_YET_DUE);
    }
    LocalDate end = g.window().end(e.context).filter(x -> x.isBefore(e.asAt)).orElse(e.asAt);
    List<MeetingRecord> held = new ArrayList<>();
    for (MeetingRecord m : e.data.meetings()) {
      if (sameName(m.body(), g.body()) && !m.date().isBefore(start) && !m.date().isAfter(end)) {
        held.add(m);
      }
    }
    held.sort((x, y) -> x.date().compareTo(y.date()));
    LocalDate previous = start;
    for (MeetingRecord m : held) {
      if (tooLate(e, g, previous, m.date())) {
        return Decision.of(Status.LAPSED);
      }
      previous = m.date();
    }
    if (tooLate(e, g, previous, end)) {
      return Decision.of(Status.LAPSED);
    }
    for (MeetingRecord m : held) {
      if (g.chair().isPresent()) {
        boolean chairedOtherwise = m.chair().isPresent() && !sameName(m.chair().get(), g.chair().get());
        boolean chairUnknown = m.chair().isEmpty() && e.strict;
        if (chairedOtherwise || chairUnknown) {
          return Decision.of(Status.LAPSED);
        }
      }
      if (g.departmentAttends() && !m.departmentAttended()) {
        return Decision.of(Status.LAPSED);
      }
    }
    return Decision.of(Status.HELD);
  }

  /** Whether {@code next} falls after the day the cadence makes the next meeting due, plus the tolerance. */
  private static boolean tooLate(Evaluation e, GovernanceCadence g, LocalDate previous, LocalDate next) {
    LocalDate latestOnTime = g.cadence().nextDueAfter(previous).plusDays(e.settings.meetingGapToleranceDays());
    return next.isAfter(latestOnTime);
  }

  private static boolean sameName(String a, String b) {
    return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
  }
}
