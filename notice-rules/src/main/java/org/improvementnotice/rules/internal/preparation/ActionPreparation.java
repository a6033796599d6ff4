package org.improvementnotice.rules.internal.preparation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.data.ActionEvidence;
import org.improvementnotice.model.requirement.DatedAction;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.rules.DirectionOfTravel;
import org.improvementnotice.rules.facts.ActionCase;

/**
 * The action family ({@code action.drl}): form 12, a dated action, prepared as an {@link ActionCase}: the
 * deadline resolved with the meetings held by the date, and the earliest completion recorded by then. Decides
 * nothing. Stateless.
 */
final class ActionPreparation {
  private ActionPreparation() {}

  /** Form 12. */
  static Prepared action(Evaluation e, DatedAction a, Measure m) {
    LocalDate asAt = e.asAt;
    Optional<LocalDate> deadline = a.deadline().resolve(e.context);
    Optional<ActionEvidence> done = e.data.actions().stream()
        .filter(x -> x.action().equals(a.id()) && !x.recorded().isAfter(asAt) && !x.completed().isAfter(asAt))
        .min(Comparator.comparing(ActionEvidence::completed));
    Map<String, Object> w = new HashMap<>();
    w.put("subject", a.action());
    // "Before" excludes its day: the resolved date is the last day on time, the words name the day excluded.
    boolean strict = a.deadline().isStrict();
    w.put("strict", strict);
    w.put("deadline", deadline.map(d -> strict ? d.plusDays(1) : d).map(LocalDate::toString)
        .orElse(unresolved(a.deadline())));
    // A deadline before the issue date is decided as usual; the explanation says it precedes the notice.
    if (deadline.filter(d -> d.isBefore(e.notice.issued().date())).isPresent()) {
      w.put(Evaluation.PRECEDES_NOTICE, true);
    }
    done.ifPresent(x -> {
      w.put("completed", x.completed());
      w.put("reference", x.reference());
    });
    ActionCase fact = new ActionCase(a.id().value(), asAt, deadline.orElse(null),
        done.map(ActionEvidence::completed).orElse(null),
        deadline.map(d -> ChronoUnit.DAYS.between(asAt, d)).orElse(null), e.settings.dueSoonDays());
    return new Prepared(a, m, fact, List.of(), Optional.of((strict ? "before " : "by ") + w.get("deadline")),
        DirectionOfTravel.NOT_KNOWN, w);
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
