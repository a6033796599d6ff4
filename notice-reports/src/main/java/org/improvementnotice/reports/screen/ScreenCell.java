package org.improvementnotice.reports.screen;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.improvementnotice.model.Rag;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.rules.Status;

/**
 * One council's finding on one requirement, as the screen shows it. Immutable and thread-safe.
 *
 * @param requirement the requirement
 * @param status its status
 * @param rag its colour
 * @param figure the figure judged (or the latest, for a forecast), if there is one
 * @param target what it was judged against (the threshold, the benchmark, the baseline), if there is one
 * @param distance how far the figure is better than the target (negative: worse), in the indicator's unit,
 *     the direction of "better" taken from the requirement's comparison or the indicator's polarity; empty
 *     without a figure and a target
 * @param explanation the finding's explanation
 */
public record ScreenCell(RequirementId requirement, Status status, Rag rag, Optional<BigDecimal> figure,
    Optional<BigDecimal> target, Optional<BigDecimal> distance, String explanation) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param requirement the requirement
   * @param status its status
   * @param rag its colour
   * @param figure the figure judged (or the latest, for a forecast), if there is one
   * @param target what it was judged against (the threshold, the benchmark, the baseline), if there is one
   * @param distance how far the figure is better than the target (negative: worse), in the indicator's unit; empty
   *     without a figure and a target
   * @param explanation the finding's explanation
   */
  public ScreenCell {
    requireNonNull(requirement, "requirement");
    requireNonNull(status, "status");
    requireNonNull(rag, "rag");
    requireNonNull(figure, "figure");
    requireNonNull(target, "target");
    requireNonNull(distance, "distance");
    requireNonNull(explanation, "explanation");
  }
}
