package org.improvementnotice.rules.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * Form 13, governance cadence, prepared for the rules from the meeting records. Immutable.
 *
 * @param requirementId the requirement
 * @param asAt the assessment date
 * @param windowStart the first day the body must meet from
 * @param gaps the gaps: window start to the first meeting, meeting to meeting, and the last meeting to the
 *     assessment date (or the window's end), each with how far it overran the cadence and its tolerance
 * @param meetings the meetings held in the window by the assessment date
 */
public record CadenceCase(String requirementId, LocalDate asAt, LocalDate windowStart, List<Gap> gaps, List<Meeting> meetings) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param requirementId the requirement
   * @param asAt the assessment date
   * @param windowStart the first day the body must meet from
   * @param gaps the gaps: window start to the first meeting, meeting to meeting, and the last meeting to the assessment
   *     date (or the window's end), each with how far it overran the cadence and its tolerance
   * @param meetings the meetings held in the window by the assessment date
   */
  public CadenceCase {
    gaps = List.copyOf(gaps);
    meetings = List.copyOf(meetings);
  }

  /**
   * A gap between two days. Immutable.
   *
   * @param from its first day (the window start or a meeting)
   * @param to its last day (a meeting, or the assessment date for the open gap after the last meeting)
   * @param overrunDays days beyond the cadence and its tolerance (zero or negative: on time)
   */
  public record Gap(LocalDate from, LocalDate to, long overrunDays) {
    @Override
    public String toString() {
      return from + " to " + to;
    }
  }

  /**
   * A meeting as the rules need it. Immutable.
   *
   * @param date when
   * @param chairAsRequired whether it was chaired as the requirement says (true when it says nothing)
   * @param attendedAsRequired whether the department attended where the requirement says it will
   */
  public record Meeting(LocalDate date, boolean chairAsRequired, boolean attendedAsRequired) {}
}
