package org.improvementnotice.benchmarks.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Step;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Verdict;
import org.improvementnotice.model.AssessmentPoint;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.time.DeadlineContext;

/**
 * A notice's journey, read from DOMAIN.md: "Every notice's journey ends with a final verdict ... A schedule point
 * that names the end ("final review, end of April 2013") is that final verdict"; and from the second edition's
 * "instruments that replace others": a notice may revise or supersede an earlier one from its own issue date, the
 * earlier one's final verdict being taken at that date. Stateless.
 */
final class Journeys {
  private Journeys() {}

  /** The name of a final verdict that no schedule point names. */
  static final String FINAL_VERDICT = "Final verdict";

  /** An assessment the journey will hold, before its verdicts are taken. */
  record Planned(LocalDate date, String name, boolean isFinal) {}

  /** The journey of the notice on its own, its final verdict on {@code finalDate} (empty without an end). */
  static List<Planned> plan(Notice notice, Optional<LocalDate> finalDate) {
    Optional<LocalDate> end = notice.end();
    List<Planned> out = new ArrayList<>();
    String finalName = FINAL_VERDICT;
    for (Map.Entry<String, LocalDate> point : datedPoints(notice)) {
      boolean atOrAfterEnd = end.isPresent() && !point.getValue().isBefore(end.get());
      if (atOrAfterEnd) {
        finalName = point.getKey();   // the final verdict takes its name: the last such point's
      } else {
        out.add(new Planned(point.getValue(), point.getKey(), false));
      }
    }
    String name = finalName;
    finalDate.ifPresent(d -> out.add(new Planned(d, name, true)));
    return out;
  }

  /**
   * The journey of the notice that {@code successor} supersedes: the points before the successor's issue date,
   * then the final verdict on that date; or, for a notice that ended before it, its own journey.
   */
  static List<Planned> plan(Notice notice, Notice successor, Optional<LocalDate> ownFinalDate) {
    LocalDate change = successor.issued().date();
    if (!successor.supersedes().map(notice.id()::equals).orElse(false)) {
      throw new IllegalArgumentException(successor.id() + " does not name " + notice.id() + " in supersedes");
    }
    if (!change.isAfter(notice.issued().date())) {
      throw new IllegalArgumentException(successor.id() + " is not issued after " + notice.id());
    }
    if (notice.end().filter(end -> end.isBefore(change)).isPresent()) {
      return plan(notice, ownFinalDate);
    }
    List<Planned> out = new ArrayList<>();
    for (Map.Entry<String, LocalDate> point : datedPoints(notice)) {
      if (point.getValue().isBefore(change)) {
        out.add(new Planned(point.getValue(), point.getKey(), false));
      }
    }
    out.add(new Planned(change, "Superseded by " + successor.id(), true));
    return out;
  }

  /** The verdicts taken at each planned assessment. */
  static List<Step> steps(List<Planned> plan, Function<LocalDate, Map<String, Verdict>> verdictsAt) {
    return plan.stream().map(p -> new Step(p.date(), p.name(), p.isFinal(), verdictsAt.apply(p.date()))).toList();
  }

  /**
   * The schedule's points that resolve to a date with the notice's own calendar, in time order (a journey runs
   * forward, however the schedule lists them), those of one day in the schedule's order.
   */
  static List<Map.Entry<String, LocalDate>> datedPoints(Notice notice) {
    DeadlineContext calendar = notice.deadlineContext();
    List<Map.Entry<String, LocalDate>> out = new ArrayList<>();
    for (AssessmentPoint point : notice.schedule().points()) {
      point.when().resolve(calendar).ifPresent(d -> out.add(Map.entry(point.name(), d)));
    }
    out.sort(Map.Entry.comparingByValue());
    return out;
  }
}
