package org.improvementnotice.rules.internal.preparation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.NamedEvent;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.Term;
import org.improvementnotice.model.data.MeetingRecord;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.requirement.Baseline;
import org.improvementnotice.model.requirement.DirectionOnly;
import org.improvementnotice.model.requirement.Due;
import org.improvementnotice.model.requirement.EveryPeriod;
import org.improvementnotice.model.requirement.GovernanceCadence;
import org.improvementnotice.model.requirement.Maintain;
import org.improvementnotice.model.requirement.RecurringAction;
import org.improvementnotice.model.requirement.RelativeToBaseline;
import org.improvementnotice.model.requirement.RelativeToBenchmark;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.Stage;
import org.improvementnotice.model.requirement.SustainedTrend;
import org.improvementnotice.model.requirement.ThresholdByDate;
import org.improvementnotice.model.requirement.ThresholdInPeriod;
import org.improvementnotice.model.requirement.Trajectory;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.time.Window;

/**
 * The assumed facts a requirement's dates or values rest on (DOMAIN.md, "Stated facts and assumed facts": every
 * finding whose dates or values depend on an assumed fact says so), each in the words an explanation quotes:
 * <ul>
 *   <li>the issue date, when assumed: a deadline some months after issue or at it ("immediately"), the notice's
 *       end when its term runs for some months from issue, a window that starts at issue (or ends at such an
 *       end), the level at issue as a baseline, and the same in a trajectory's earlier stages;</li>
 *   <li>the notice's end, when its term is assumed: a deadline at the end of the notice, a window that runs to
 *       it, a recurring action that ends with it;</li>
 *   <li>an event's date, when the calendar's date is assumed and no meeting recorded under its name has fixed
 *       it since: a deadline at the event, or before it.</li>
 * </ul>
 * An assumed issuer moves no date or value, so no finding rests on it. Stateless.
 */
final class AssumedFacts {
  private AssumedFacts() {}

  /** The deadlines, windows and baselines a requirement's dates and values come from. */
  private record Anchors(List<Deadline> deadlines, List<Window> windows, List<Baseline> baselines) {}

  /**
   * The assumed facts the requirement rests on, in words ("the issue date 2013-10-01", "the notice's end
   * 2014-09-30", "the date of \"January Board\", 2014-01-14"); empty for one resting on stated facts only.
   *
   * @param r a decidable requirement
   * @param notice the notice holding it
   * @param data the council's data, whose labelled meetings fix events' dates
   * @param asAt the assessment date
   */
  static List<String> of(Requirement r, Notice notice, PerformanceData data, LocalDate asAt) {
    Anchors a = anchors(r);
    List<String> out = new ArrayList<>(2);
    Optional<Term> term = notice.term();
    boolean endFromIssue = term.filter(t -> t instanceof Term.ForMonths).isPresent();
    if (notice.issued().assumed() && restsOnIssue(a, endFromIssue)) {
      out.add("the issue date " + notice.issued().date());
    }
    // the end as known at the date: a direction until revoked has none before its revocation
    Optional<LocalDate> end = term.flatMap(t -> t.endKnownAt(notice.issued().date(), asAt));
    if (term.filter(Term::assumed).isPresent() && end.isPresent() && restsOnEnd(a)) {
      out.add("the notice's end " + end.get());
    }
    for (Deadline d : a.deadlines()) {
      Deadline named = d instanceof Deadline.Before b ? b.inner() : d;
      if (named instanceof Deadline.AtEvent event) {
        assumedEvent(notice, event, data, asAt)
            .map(e -> "the date of \"" + e.name() + "\", " + e.date())
            .filter(words -> !out.contains(words))
            .ifPresent(out::add);
      }
    }
    return out;
  }

  private static Anchors anchors(Requirement r) {
    List<Deadline> deadlines = new ArrayList<>();
    List<Window> windows = new ArrayList<>();
    List<Baseline> baselines = new ArrayList<>();
    r.dueBy().ifPresent(deadlines::add);
    if (r instanceof ThresholdInPeriod t) {
      trajectory(t.trajectory(), deadlines, baselines);
    } else if (r instanceof ThresholdByDate t) {
      trajectory(t.trajectory(), deadlines, baselines);
    } else if (r instanceof RelativeToBenchmark b) {
      b.baseline().ifPresent(baselines::add);
    } else if (r instanceof RelativeToBaseline b) {
      baselines.add(b.baseline());
      windows.add(b.window());
    } else if (r instanceof DirectionOnly d) {
      baselines.add(d.baseline());
      windows.add(d.window());
    } else if (r instanceof Maintain m) {
      windows.add(m.window());
    } else if (r instanceof EveryPeriod p) {
      windows.add(p.window());
    } else if (r instanceof GovernanceCadence g) {
      windows.add(g.window());
    } else if (r instanceof SustainedTrend s) {
      windows.add(s.window());
    } else if (r instanceof RecurringAction a) {
      a.until().ifPresent(deadlines::add);
    }
    return new Anchors(deadlines, windows, baselines);
  }

  private static void trajectory(Trajectory t, List<Deadline> deadlines, List<Baseline> baselines) {
    t.baseline().ifPresent(baselines::add);
    for (Stage s : t.earlierStages()) {
      if (s.due() instanceof Due.ByDeadline by) {
        deadlines.add(by.deadline());
      }
    }
  }

  private static boolean restsOnIssue(Anchors a, boolean endFromIssue) {
    return a.deadlines().stream().anyMatch(d -> fromIssue(d, endFromIssue))
        || a.windows().stream().anyMatch(w -> w.fromInclusive().isEmpty()
            || w.untilInclusive().isEmpty() && endFromIssue)
        || a.baselines().stream().anyMatch(b -> b instanceof Baseline.AtIssue);
  }

  private static boolean fromIssue(Deadline d, boolean endFromIssue) {
    Deadline named = d instanceof Deadline.Before b ? b.inner() : d;
    return named instanceof Deadline.MonthsAfterIssue || named instanceof Deadline.AtIssue
        || named instanceof Deadline.EndOfNotice && endFromIssue;
  }

  /** Whether the requirement's dates run to the notice's end: a deadline at it, a window or a cadence to it. */
  private static boolean restsOnEnd(Anchors a) {
    return a.deadlines().stream().anyMatch(d -> (d instanceof Deadline.Before b ? b.inner() : d)
            instanceof Deadline.EndOfNotice)
        || a.windows().stream().anyMatch(w -> w.untilInclusive().isEmpty());
  }

  /**
   * The calendar's event the deadline names, when its date is assumed and no meeting recorded under its name by
   * the assessment date has fixed the date instead.
   */
  private static Optional<NamedEvent> assumedEvent(Notice notice, Deadline.AtEvent event, PerformanceData data,
      LocalDate asAt) {
    for (MeetingRecord m : data.meetings()) {
      if (!m.date().isAfter(asAt) && m.label().filter(l -> NamedEvent.sameName(l, event.event())).isPresent()) {
        return Optional.empty();
      }
    }
    for (NamedEvent e : notice.governance().calendar()) {
      if (NamedEvent.sameName(e.name(), event.event())) {
        return e.assumed() ? Optional.of(e) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** {@return whether the notice states any fact as assumed that a finding may rest on} */
  static boolean anyIn(Notice notice) {
    return notice.issued().assumed() || notice.term().filter(Term::assumed).isPresent()
        || notice.governance().calendar().stream().anyMatch(NamedEvent::assumed);
  }
}
