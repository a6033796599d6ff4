package org.improvementnotice.rules.internal.preparation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.Term;
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
 * Whether a requirement's dates or values rest on the notice's issue date (DOMAIN.md, "Stated facts and assumed
 * facts": every finding whose dates or values depend on an assumed fact says so): a deadline some months after
 * issue, the notice's end when its term runs for some months from issue, a window that starts at issue (or ends
 * at such an end), the level at issue as a baseline, and the same in a trajectory's earlier stages. Stateless.
 */
final class IssueDateReliance {
  private IssueDateReliance() {}

  /**
   * Whether the requirement rests on the issue date.
   *
   * @param r a decidable requirement
   * @param term the notice's term, if it states one
   */
  static boolean of(Requirement r, Optional<Term> term) {
    boolean endFromIssue = term.filter(t -> t instanceof Term.ForMonths).isPresent();
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
    return deadlines.stream().anyMatch(d -> fromIssue(d, endFromIssue))
        || windows.stream().anyMatch(w -> w.fromInclusive().isEmpty() || w.untilInclusive().isEmpty() && endFromIssue)
        || baselines.stream().anyMatch(b -> b instanceof Baseline.AtIssue);
  }

  private static void trajectory(Trajectory t, List<Deadline> deadlines, List<Baseline> baselines) {
    t.baseline().ifPresent(baselines::add);
    for (Stage s : t.earlierStages()) {
      if (s.due() instanceof Due.ByDeadline by) {
        deadlines.add(by.deadline());
      }
    }
  }

  private static boolean fromIssue(Deadline d, boolean endFromIssue) {
    Deadline named = d instanceof Deadline.Before b ? b.inner() : d;
    return named instanceof Deadline.MonthsAfterIssue || named instanceof Deadline.EndOfNotice && endFromIssue;
  }
}
