package org.improvementnotice.rules.internal.preparation;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.rules.DirectionOfTravel;
import org.improvementnotice.rules.EvidenceUsed;
import org.improvementnotice.rules.FigureUsed;

/**
 * One requirement prepared for the rules: the fact they match, and what the finding reports beside the
 * decision (the values used, the threshold in words, the direction of travel, the words the explanation
 * needs). Immutable.
 *
 * @param requirement the requirement
 * @param measure the measure holding it
 * @param fact the fact inserted into the session
 * @param values the values used, with their periods
 * @param threshold the threshold or level in words, if any
 * @param direction the direction of travel
 * @param words named pieces of the explanation ("subject", "figure", "threshold", "due", ...), each written out
 *     by its {@code toString()} only when an explanation uses it
 * @param evidence the records beside the figures the finding rests on (completions, meetings, judgements)
 */
public record Prepared(
    Requirement requirement, Measure measure, Object fact, List<FigureUsed> values, Optional<String> threshold,
    DirectionOfTravel direction, Map<String, Object> words, List<EvidenceUsed> evidence) {
  /**
   * Takes the preparer's fresh collections without copying them (one of each per requirement per evaluation).
   *
   * @param requirement the requirement
   * @param measure the measure holding it
   * @param fact the fact inserted into the session
   * @param values the values used, with their periods; wrapped, not copied, so the caller must not change it
   * @param threshold the threshold or level in words, if any
   * @param direction the direction of travel
   * @param words named pieces of the explanation; wrapped, not copied, so the caller must not change it
   * @param evidence the records beside the figures the finding rests on
   */
  public Prepared {
    values = Collections.unmodifiableList(values);
    words = Collections.unmodifiableMap(words);
    evidence = List.copyOf(evidence);
  }

  /**
   * A requirement prepared from figures alone, with no record of evidence beside them.
   *
   * @param requirement the requirement
   * @param measure the measure holding it
   * @param fact the fact inserted into the session
   * @param values the values used, with their periods; wrapped, not copied, so the caller must not change it
   * @param threshold the threshold or level in words, if any
   * @param direction the direction of travel
   * @param words named pieces of the explanation; wrapped, not copied, so the caller must not change it
   */
  public Prepared(Requirement requirement, Measure measure, Object fact, List<FigureUsed> values,
      Optional<String> threshold, DirectionOfTravel direction, Map<String, Object> words) {
    this(requirement, measure, fact, values, threshold, direction, words, List.of());
  }
}
