package org.improvementnotice.benchmarks.reference;

import java.time.LocalDate;
import java.util.Optional;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.requirement.AverageOverPeriod;
import org.improvementnotice.model.requirement.DatedAction;
import org.improvementnotice.model.requirement.Due;
import org.improvementnotice.model.requirement.GapBetweenSeries;
import org.improvementnotice.model.requirement.RecurringAction;
import org.improvementnotice.model.requirement.RelativeToBenchmark;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.ThresholdByDate;
import org.improvementnotice.model.requirement.ThresholdInPeriod;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.time.DeadlineContext;

/**
 * Deadlines as DOMAIN.md reads them ("By" and "before"): "by", "in time for", "within" and "no later than"
 * include the day itself; "prior to" and "before" exclude it, so done on the day is done late. And "a deadline
 * before the issue date": a warning, the requirement decided as usual. Stateless.
 */
final class Deadlines {
  private Deadlines() {}

  /**
   * The last day on time: for "by" the deadline's date, for "before" the day before the inner deadline's date
   * (read here from the inner deadline, not from the strict deadline's own resolution); empty while unresolved.
   * With {@code beforeAsBy} (a deliberate fault), "before" is read as "by".
   */
  static Optional<LocalDate> lastDayOnTime(Deadline deadline, DeadlineContext context, boolean beforeAsBy) {
    if (deadline instanceof Deadline.Before before) {
      Optional<LocalDate> day = before.inner().resolve(context);
      return beforeAsBy ? day : day.map(d -> d.minusDays(1));
    }
    return deadline.resolve(context);
  }

  /**
   * Whether the requirement's deadline, with the context, falls before the notice's issue date: a dated action's
   * (a recurring action's first occurrence's), or the last day on time of a figure due in a period or by a date.
   */
  static boolean precedesNotice(Notice notice, Requirement requirement, DeadlineContext context) {
    if (requirement instanceof DatedAction a) {
      return ActionVerdicts.deadlinePrecedesNotice(notice, a, context);
    }
    if (requirement instanceof RecurringAction a) {
      // its first occurrence's deadline, as a dated action's
      return ActionVerdicts.deadlinePrecedesNotice(notice, new DatedAction(a.id(), a.action(), a.first()), context);
    }
    // a figure due by a date or in a period: its last day on time
    Optional<LocalDate> due = Optional.empty();
    if (requirement instanceof ThresholdInPeriod t) {
      due = Optional.of(t.period().endInclusive());
    } else if (requirement instanceof AverageOverPeriod a) {
      due = Optional.of(a.period().endInclusive());
    } else if (requirement instanceof ThresholdByDate t) {
      due = lastDayOnTime(t.deadline(), context, false);
    } else if (requirement instanceof RelativeToBenchmark b) {
      due = lastDayOnTime(context, b.due());
    } else if (requirement instanceof GapBetweenSeries g) {
      due = lastDayOnTime(context, g.due());
    }
    return due.filter(d -> d.isBefore(notice.issued().date())).isPresent();
  }

  private static Optional<LocalDate> lastDayOnTime(DeadlineContext context, Due due) {
    return due instanceof Due.InPeriod in ? Optional.of(in.period().endInclusive())
        : lastDayOnTime(((Due.ByDeadline) due).deadline(), context, false);
  }
}
