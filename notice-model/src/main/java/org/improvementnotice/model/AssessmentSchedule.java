package org.improvementnotice.model;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.time.Deadline;

/**
 * When and by whom a notice's progress is assessed. Immutable and thread-safe.
 *
 * @param assessedBy who assesses ("the Department for Education")
 * @param description the schedule as the notice words it
 * @param points the dates at which a full verdict is expected, in order
 */
public record AssessmentSchedule(Optional<String> assessedBy, Optional<String> description, List<AssessmentPoint> points) {

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param assessedBy who assesses ("the Department for Education")
   * @param description the schedule as the notice words it
   * @param points the dates at which a full verdict is expected, in order
   */
  public AssessmentSchedule {
    requireNonNull(assessedBy, "assessedBy");
    requireNonNull(description, "description");
    points = List.copyOf(requireNonNull(points, "points"));
  }

  /** {@return a schedule with no points} */
  public static AssessmentSchedule none() {
    return new AssessmentSchedule(Optional.empty(), Optional.empty(), List.of());
  }

  /**
   * Quarterly points at the end of every third month from {@code first} to {@code last}, the last included
   * even when it is not three months after the one before ("quarterly ... the first assessment occurring in
   * January 2009 and the final assessment in September 2010"). Points are named "assessment 2009-01".
   *
   * @param first the month of the first assessment, which falls on its last day
   * @param last the month of the final assessment, on or after {@code first}
   * @return the points in date order, the first in {@code first} and the last in {@code last}
   * @throws IllegalArgumentException if last is before first
   */
  public static List<AssessmentPoint> quarterly(YearMonth first, YearMonth last) {
    requireNonNull(first, "first");
    requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(String.format("Last assessment %s is before the first %s", last, first));
    }
    List<AssessmentPoint> out = new ArrayList<>();
    for (YearMonth m = first; m.isBefore(last); m = m.plusMonths(3)) {
      out.add(new AssessmentPoint("assessment " + m, Deadline.endOf(m)));
    }
    out.add(new AssessmentPoint("assessment " + last, Deadline.endOf(last)));
    return List.copyOf(out);
  }
}
