package org.improvementnotice.model.requirement;

import static java.util.Objects.requireNonNull;

import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.time.Period;

/**
 * When a numeric target is judged: on the figure for a period ("in the quarter to 31 March 2009", "during
 * academic year 2008-09") or by a deadline ("by 31 March 2010"). Implementations are immutable and
 * thread-safe.
 */
public sealed interface Due {

  /**
   * Judged on the figure for the period.
   *
   * @param period the period whose figure decides
   */
  record InPeriod(Period period) implements Due {
    /**
     * Checks the components, as the type's documentation says of each.
     *
     * @param period the period whose figure decides
     */
    public InPeriod {
      requireNonNull(period, "period");
    }

    @Override
    public String toString() {
      return "in " + period;
    }
  }

  /**
   * Judged on the latest figure for a reporting period ending on or before the deadline.
   *
   * @param deadline the date the target is due by
   */
  record ByDeadline(Deadline deadline) implements Due {
    /**
     * Checks the components, as the type's documentation says of each.
     *
     * @param deadline the date the target is due by
     */
    public ByDeadline {
      requireNonNull(deadline, "deadline");
    }

    @Override
    public String toString() {
      return "by " + deadline;
    }
  }

  /**
   * {@return due in the period}
   *
   * @param period the period whose figure decides
   */
  static Due in(Period period) {
    return new InPeriod(period);
  }

  /**
   * {@return due by the deadline}
   *
   * @param deadline the date the target is due by
   */
  static Due by(Deadline deadline) {
    return new ByDeadline(deadline);
  }
}
