package org.improvementnotice.rules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.improvementnotice.model.requirement.RequirementForm;

/**
 * A level that must hold in every reporting period of a window (forms 4, 5, 7), prepared for the rules: the
 * periods of the window that have ended by the assessment date, each with its figure as known then (null when
 * missing). Immutable.
 *
 * @param requirementId the requirement
 * @param form its form
 * @param asAt the assessment date
 * @param windowStart the window's first day
 * @param threshold the level (for form 7 the baseline); null when not known
 * @param atLeast whether figures must be at least (true) or at most (false) the level
 * @param strict whether a missing figure counts as a failure
 * @param periods the window's periods ended by the assessment date, in order
 */
public record SeriesCase(
    String requirementId, RequirementForm form, LocalDate asAt, LocalDate windowStart, BigDecimal threshold,
    boolean atLeast, boolean strict, List<PeriodValue> periods) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param requirementId the requirement
   * @param form its form
   * @param asAt the assessment date
   * @param windowStart the window's first day
   * @param threshold the level (for form 7 the baseline); null when not known
   * @param atLeast whether figures must be at least (true) or at most (false) the level
   * @param strict whether a missing figure counts as a failure
   * @param periods the window's periods ended by the assessment date, in order
   */
  public SeriesCase {
    periods = List.copyOf(periods);
  }
}
