package org.improvementnotice.benchmarks.reference;

import java.time.LocalDate;
import java.util.Optional;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.time.DeadlineContext;

/**
 * Deadlines as DOMAIN.md reads them ("By" and "before"): "by", "in time for", "within" and "no later than"
 * include the day itself; "prior to" and "before" exclude it, so done on the day is done late. Stateless.
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
}
