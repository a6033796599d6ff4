package org.improvementnotice.reports.screen;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.improvementnotice.model.requirement.RequirementId;

/**
 * A national screen: one notice's requirements for every council screened, at one date. Immutable and
 * thread-safe.
 *
 * @param notice the notice's id
 * @param asAt the date
 * @param requirements the requirements, in the notice's order
 * @param rows one per council, in the order of {@code sort}
 * @param sort the order of the rows
 */
public record ScreenResult(String notice, LocalDate asAt, List<RequirementId> requirements, List<ScreenRow> rows,
    ScreenSort sort) {
  /**
   * Checks the components and copies the lists, as the type's documentation says of each.
   *
   * @param notice the notice's id
   * @param asAt the date
   * @param requirements the requirements, in the notice's order
   * @param rows one per council, in the order of {@code sort}
   * @param sort the order of the rows
   */
  public ScreenResult {
    requireNonNull(notice, "notice");
    requireNonNull(asAt, "asAt");
    requirements = List.copyOf(requireNonNull(requirements, "requirements"));
    rows = List.copyOf(requireNonNull(rows, "rows"));
    requireNonNull(sort, "sort");
  }

  /**
   * The same screen in another order.
   *
   * @param other the order
   * @return the screen sorted
   * @throws IllegalArgumentException when the sort names a requirement the notice does not have
   */
  public ScreenResult sortedBy(ScreenSort other) {
    requireNonNull(other, "other");
    other.requirement().ifPresent(r -> {
      if (!requirements.contains(r)) {
        throw new IllegalArgumentException("The notice has no requirement " + r + "; it has "
            + String.join(", ", requirements.stream().map(RequirementId::value).toList()));
      }
    });
    return new ScreenResult(notice, asAt, requirements, rows.stream().sorted(other.comparator()).toList(), other);
  }

  /** {@return how many councils comply so far: the rows none of whose findings is a failure} */
  public long compliedSoFar() {
    return rows.stream().filter(ScreenRow::compliedSoFar).count();
  }
}
