package org.improvementnotice.rules.internal.preparation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.NamedEvent;
import org.improvementnotice.model.data.ActionEvidence;
import org.improvementnotice.model.data.MeetingRecord;
import org.improvementnotice.model.requirement.DatedAction;
import org.improvementnotice.model.requirement.RecurringAction;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.rules.DirectionOfTravel;
import org.improvementnotice.rules.EvidenceUsed;
import org.improvementnotice.rules.facts.ActionCase;
import org.improvementnotice.rules.facts.RecurringCase;

/**
 * The action family ({@code action.drl}): form 12, a dated action, prepared as an {@link ActionCase}: the
 * deadline resolved with the meetings held by the date, and the earliest completion recorded by then; form 16, a
 * recurring action, prepared as its first occurrence (an {@link ActionCase}) while no occurrence is due, and
 * after that as a {@link RecurringCase} counting the occurrences due, overdue and done late. Decides nothing.
 * Stateless.
 */
final class ActionPreparation {
  private ActionPreparation() {}

  /** Form 12. */
  static Prepared action(Evaluation e, DatedAction a, Measure m) {
    Map<String, Object> w = new HashMap<>();
    Optional<ActionEvidence> done = completions(e, a.id()).stream().findFirst();
    Optional<LocalDate> lastDay = a.deadline().resolve(e.context);
    ActionCase fact = occurrence(e, a.id(), a.action(), a.deadline(), lastDay, done, w);
    List<EvidenceUsed> evidence = new ArrayList<>(2);
    deadlineMeeting(e, a.deadline(), lastDay).ifPresent(evidence::add);
    done.ifPresent(x -> evidence.add(new EvidenceUsed.Completion("completion", x)));
    return new Prepared(a, m, fact, List.of(), Optional.of(due(a.deadline(), w)), DirectionOfTravel.NOT_KNOWN, w,
        evidence);
  }

  /** Form 16. */
  static Prepared recurring(Evaluation e, RecurringAction a, Measure m) {
    Map<String, Object> w = new HashMap<>();
    List<ActionEvidence> done = completions(e, a.id());
    Optional<LocalDate> first = a.first().resolve(e.context);
    Occurrences due = first.map(d -> Occurrences.of(a, d, e)).orElse(Occurrences.NONE);
    Object fact;
    List<EvidenceUsed> evidence = new ArrayList<>();
    deadlineMeeting(e, a.first(), first).ifPresent(evidence::add);
    // The k-th completion stands for the k-th occurrence: those standing for occurrences due so far are used.
    for (int k = 0; k < done.size() && k < Math.max(1, due.due()); k++) {
      evidence.add(new EvidenceUsed.Completion("completion of the " + Ordinals.of(k + 1L) + " occurrence",
          done.get(k)));
    }
    if (due.due() == 0) {
      fact = occurrence(e, a.id(), a.action(), a.first(), first, done.stream().findFirst(), w);
    } else {
      precedesNotice(e, first, w);
      fact = recurringCase(a, due, done, w);
    }
    w.put("cadence", a.every().toString());
    a.until().ifPresent(u -> w.put("until", u.resolve(e.context).map(LocalDate::toString).orElse(u.toString())));
    w.putIfAbsent("deadline", first.map(d -> wordsDate(d, a.first().isStrict())).orElse(unresolved(a.first())));
    String threshold = due(a.first(), w) + ", then " + a.every() + a.until().map(u -> " until " + w.get("until"))
        .orElse("");
    return new Prepared(a, m, fact, List.of(), Optional.of(threshold), DirectionOfTravel.NOT_KNOWN, w, evidence);
  }

  /**
   * The labelled meeting that fixed a deadline at an event ("in time for the January Board"), when a meeting
   * record and not the notice's own calendar gave its date: the first held by the assessment date with the event's
   * name as its label, as the deadline context takes it.
   */
  private static Optional<EvidenceUsed> deadlineMeeting(Evaluation e, Deadline deadline, Optional<LocalDate> lastDay) {
    Deadline d = deadline instanceof Deadline.Before b ? b.inner() : deadline;
    if (lastDay.isEmpty() || !(d instanceof Deadline.AtEvent event)) {
      return Optional.empty();
    }
    for (MeetingRecord r : e.data.meetings()) {
      if (!r.date().isAfter(e.asAt) && r.label().filter(l -> NamedEvent.sameName(l, event.event())).isPresent()) {
        return Optional.of(new EvidenceUsed.Meeting("deadline meeting", r));
      }
    }
    return Optional.empty();
  }

  /**
   * The completions recorded for the action by the assessment date and done by then, earliest first (the k-th
   * stands for a recurring action's k-th occurrence).
   */
  private static List<ActionEvidence> completions(Evaluation e, RequirementId id) {
    List<ActionEvidence> done = new ArrayList<>();
    for (ActionEvidence x : e.data.actions()) {
      if (x.action().equals(id) && !x.recorded().isAfter(e.asAt) && !x.completed().isAfter(e.asAt)) {
        done.add(x);
      }
    }
    done.sort(Comparator.comparing(ActionEvidence::completed));
    return done;
  }

  /** One action due by {@code deadline} (resolved to its last day on time, or empty), as a dated action. */
  private static ActionCase occurrence(Evaluation e, RequirementId id, String subject, Deadline deadline,
      Optional<LocalDate> lastDay, Optional<ActionEvidence> done, Map<String, Object> w) {
    LocalDate asAt = e.asAt;
    w.put("subject", subject);
    // "Before" excludes its day: the resolved date is the last day on time, the words name the day excluded.
    boolean strict = deadline.isStrict();
    w.put("strict", strict);
    w.put("deadline", lastDay.map(d -> wordsDate(d, strict)).orElse(unresolved(deadline)));
    precedesNotice(e, lastDay, w);
    done.ifPresent(x -> {
      w.put("completed", x.completed());
      w.put("reference", x.reference());
    });
    return new ActionCase(id.value(), asAt, lastDay.orElse(null), done.map(ActionEvidence::completed).orElse(null),
        lastDay.map(d -> ChronoUnit.DAYS.between(asAt, d)).orElse(null), e.settings.dueSoonDays());
  }

  /** The occurrences due so far against the completions, counted; the words name the worst and the next. */
  private static RecurringCase recurringCase(RecurringAction a, Occurrences due, List<ActionEvidence> done,
      Map<String, Object> w) {
    boolean strict = a.first().isStrict();
    w.put("subject", a.action());
    w.put("strict", strict);
    w.put("due", due.due());
    w.put("done", Math.min(done.size(), due.due()));
    long overdue = Math.max(0, due.due() - done.size());
    int late = 0;
    int firstLate = -1;
    for (int k = 0; k < due.due() && k < done.size(); k++) {
      if (done.get(k).completed().isAfter(due.dueOn(k))) {
        late++;
        firstLate = firstLate < 0 ? k : firstLate;
      }
    }
    long named = overdue > 0 ? done.size() : firstLate >= 0 ? firstLate : due.due() - 1;
    w.put("occurrence", Ordinals.of(named + 1));
    w.put("occurrenceDeadline", wordsDate(due.dueOn(named), strict));
    if (named < done.size()) {
      w.put("completed", done.get((int) named).completed());
      w.put("reference", done.get((int) named).reference());
    }
    w.put("next", due.next().map(d -> wordsDate(d, strict)).orElse(null));
    return new RecurringCase(a.id().value(), due.due(), overdue, late,
        overdue > 0 ? due.dueOn(done.size()) : null, firstLate >= 0 ? due.dueOn(firstLate) : null);
  }

  /** A last day on time as the words give it: the day itself, or for "before" the day excluded. */
  private static String wordsDate(LocalDate lastDay, boolean strict) {
    return (strict ? lastDay.plusDays(1) : lastDay).toString();
  }

  /** A deadline before the issue date is decided as usual; the explanation says it precedes the notice. */
  private static void precedesNotice(Evaluation e, Optional<LocalDate> lastDay, Map<String, Object> w) {
    if (lastDay.filter(d -> d.isBefore(e.notice.issued().date())).isPresent()) {
      w.put(Evaluation.PRECEDES_NOTICE, true);
    }
  }

  private static String due(Deadline d, Map<String, Object> w) {
    return (d.isStrict() ? "before " : "by ") + w.get("deadline");
  }

  /**
   * The deadline as written while it has no date: its canonical form, or for a "before" the event in quotes or
   * the notice's end it precedes (the explanation says "before").
   */
  private static String unresolved(Deadline d) {
    if (d instanceof Deadline.Before b) {
      return b.inner() instanceof Deadline.AtEvent e ? "\"" + e.event() + "\"" : b.inner().toString();
    }
    return d.toString();
  }
}
