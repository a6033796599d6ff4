package org.improvementnotice.rules.internal.preparation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.data.MeetingRecord;
import org.improvementnotice.model.requirement.GovernanceCadence;
import org.improvementnotice.rules.DirectionOfTravel;
import org.improvementnotice.rules.EvidenceUsed;
import org.improvementnotice.rules.facts.CadenceCase;

/**
 * The governance family ({@code governance.drl}): form 13, a governance cadence, prepared as a
 * {@link CadenceCase} from the meeting records: every gap (the lead-in from the window's start, between
 * meetings, and open to the date) with how far it overran the cadence and the meeting-gap tolerance, and each
 * meeting with whether it was chaired and attended as required. Decides nothing. Stateless.
 */
final class GovernancePreparation {
  private GovernancePreparation() {}

  /** Form 13. */
  static Prepared cadence(Evaluation e, GovernanceCadence g, Measure m) {
    LocalDate asAt = e.asAt;
    LocalDate start = g.window().start(e.context);
    LocalDate end = g.window().end(e.context).filter(x -> x.isBefore(asAt)).orElse(asAt);
    List<MeetingRecord> held = e.data.meetings().stream()
        .filter(r -> r.body().equalsIgnoreCase(g.body()) && !r.date().isBefore(start) && !r.date().isAfter(end))
        .toList();
    List<CadenceCase.Gap> gaps = new ArrayList<>();
    List<CadenceCase.Meeting> meetings = new ArrayList<>();
    long longest = 0;
    if (!asAt.isBefore(start)) {
      LocalDate from = start;
      for (MeetingRecord r : held) {
        gaps.add(gap(e, g, from, r.date()));
        longest = Math.max(longest, ChronoUnit.DAYS.between(from, r.date()));
        from = r.date();
        boolean chairOk = g.chair().isEmpty() || r.chair().map(c -> sameChair(c, g.chair().get())).orElse(!e.strict);
        meetings.add(new CadenceCase.Meeting(r.date(), chairOk, !g.departmentAttends() || r.departmentAttended()));
      }
      gaps.add(gap(e, g, from, end));
      longest = Math.max(longest, ChronoUnit.DAYS.between(from, end));
    }
    Map<String, Object> w = new HashMap<>();
    w.put("subject", "The " + g.body());
    w.put("cadence", g.cadence());
    w.put("meetings", held.size());
    w.put("longest", longest);
    w.put("start", start);
    g.chair().ifPresent(c -> w.put("chair", c));
    CadenceCase fact = new CadenceCase(g.id().value(), asAt, start, gaps, meetings);
    List<EvidenceUsed> evidence = new ArrayList<>(held.size());
    if (!asAt.isBefore(start)) {
      held.forEach(r -> evidence.add(new EvidenceUsed.Meeting("meeting", r)));
    }
    return new Prepared(g, m, fact, List.of(), Optional.of("meets " + g.cadence()
        + " (tolerance " + e.settings.meetingGapToleranceDays() + " days)"), DirectionOfTravel.NOT_KNOWN, w,
        evidence);
  }

  private static CadenceCase.Gap gap(Evaluation e, GovernanceCadence g, LocalDate from, LocalDate to) {
    LocalDate latestOnTime = g.cadence().nextDueAfter(from).plusDays(e.settings.meetingGapToleranceDays());
    return new CadenceCase.Gap(from, to, ChronoUnit.DAYS.between(latestOnTime, to));
  }

  private static boolean sameChair(String recorded, String required) {
    String a = recorded.strip().toLowerCase(Locale.ROOT);
    String b = required.strip().toLowerCase(Locale.ROOT);
    return a.contains(b) || b.contains(a);
  }
}
