package org.improvementnotice.model.requirement;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.improvementnotice.model.indicator.IndicatorId;

/**
 * Form 10, a gap between two series: "narrow the gap ... between children in care and their peers such that
 * it is no more than 34 percentage points by the end of the academic year 2011/12".
 * Immutable and thread-safe.
 *
 * @param id the requirement's id
 * @param source where the gap is read from
 * @param threshold the gap allowed, in percentage points
 * @param due when it is judged
 */
public record GapBetweenSeries(RequirementId id, GapSource source, Threshold threshold, Due due) implements Requirement {

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param id the requirement's id
   * @param source where the gap is read from
   * @param threshold the gap allowed, in percentage points
   * @param due when it is judged
   */
  public GapBetweenSeries {
    requireNonNull(id, "id");
    requireNonNull(source, "source");
    requireNonNull(threshold, "threshold");
    requireNonNull(due, "due");
  }

  @Override
  public RequirementForm form() {
    return RequirementForm.GAP_BETWEEN_SERIES;
  }

  @Override
  public List<IndicatorId> indicators() {
    return source.indicators();
  }
}
