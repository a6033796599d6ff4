package org.improvementnotice.testkit.internal;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.time.DeadlineContext;

/** Strict deadlines ("before", "prior to"): the last day on time is the day before the inner deadline's date. */
final class StrictDeadlines {
  private StrictDeadlines() {}

  /**
   * The deadlines, a share of them made strict; a deadline falling on the issue date stays "by" (before it, the
   * last day on time would precede the notice: that is {@code withDeadlinesBeforeIssue}'s business).
   *
   * @return the deadlines, a share of them made strict
   */
  static Arbitrary<Deadline> some(Arbitrary<Deadline> deadlines, double share, LocalDate issue, LocalDate end) {
    if (share <= 0) {
      return deadlines;
    }
    DeadlineContext dates = DeadlineContext.of(issue, Optional.of(end), event -> Optional.empty());
    return Generators.chance(share).flatMap(strict -> deadlines.map(d -> strict
        && d.resolve(dates).filter(day -> !day.isAfter(issue)).isEmpty() ? Deadline.before(d) : d));
  }
}
