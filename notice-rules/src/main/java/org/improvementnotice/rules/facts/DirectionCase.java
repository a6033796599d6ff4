package org.improvementnotice.rules.facts;

import java.math.BigDecimal;
import java.util.List;
import org.improvementnotice.model.requirement.Direction;

/**
 * Form 8, direction only, prepared for the rules. Immutable.
 *
 * @param requirementId the requirement
 * @param direction improve (against the baseline) or minimise (no period rising by more than the tolerance)
 * @param higherIsBetter the indicator's polarity
 * @param baseline the baseline figure, or null when not known
 * @param latest the latest figure in the window at the assessment date, or null
 * @param withheld the period of a figure published without a value that leaves the direction unknown (to
 *     improve: the baseline's or the latest figure's, which is then null; to minimise: the first in the window
 *     or the baseline's, no step crossing it), or null
 * @param steps for minimise: each period of the window after the first with its figure and the one before
 */
public record DirectionCase(
    String requirementId, Direction direction, boolean higherIsBetter, BigDecimal baseline, BigDecimal latest,
    String withheld, List<Step> steps) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param requirementId the requirement
   * @param direction improve (against the baseline) or minimise (no period rising by more than the tolerance)
   * @param higherIsBetter the indicator's polarity
   * @param baseline the baseline figure, or null when not known
   * @param latest the latest figure in the window at the assessment date, or null
   * @param withheld the period of a figure published without a value that leaves the direction unknown, or null
   * @param steps for minimise: each period of the window after the first with its figure and the one before
   */
  public DirectionCase {
    steps = List.copyOf(steps);
  }

  /**
   * One period against the one before. Immutable.
   *
   * @param period the later period
   * @param index its position in the window, from 1
   * @param worsening how much worse it is than the period before (negative when better), polarity-aware
   * @param tolerance how much worse it may be
   */
  public record Step(String period, int index, BigDecimal worsening, BigDecimal tolerance) {}
}
