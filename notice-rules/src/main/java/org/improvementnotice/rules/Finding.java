package org.improvementnotice.rules;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.Bearer;
import org.improvementnotice.model.MeasureId;
import org.improvementnotice.model.Rag;
import org.improvementnotice.model.requirement.RequirementForm;
import org.improvementnotice.model.requirement.RequirementId;

/**
 * What the rules decided for one requirement at the assessment date. Immutable and thread-safe.
 *
 * @param requirement the requirement's id
 * @param measure the measure (clause) that holds it
 * @param form the requirement's form
 * @param status its status
 * @param rag its colour
 * @param values the values the decision used, with their periods
 * @param threshold the threshold or level compared with, in words ("at least 65%", "the England average"), if any
 * @param rule the name of the rule that decided
 * @param clause the clause, quoted as the notice words it
 * @param explanation one sentence a board member can read
 * @param direction the direction of travel of the figure used, where there is one
 * @param bearer who bears the duty (the measure's bearer): a duty of another party is reported, never counted in
 *     the council's verdict
 * @param evidence the records beside the figures the decision rests on: the completions of an action, the meetings
 *     of a cadence or the one that fixed an event's deadline, the board's judgement; empty where it used none
 */
public record Finding(
    RequirementId requirement, MeasureId measure, RequirementForm form, Status status, Rag rag,
    List<FigureUsed> values, Optional<String> threshold, String rule, String clause, String explanation,
    DirectionOfTravel direction, Bearer bearer, List<EvidenceUsed> evidence) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param requirement the requirement's id
   * @param measure the measure (clause) that holds it
   * @param form the requirement's form
   * @param status its status
   * @param rag its colour
   * @param values the values the decision used, with their periods
   * @param threshold the threshold or level compared with, in words ("at least 65%", "the England average"), if any
   * @param rule the name of the rule that decided
   * @param clause the clause, quoted as the notice words it
   * @param explanation one sentence a board member can read
   * @param direction the direction of travel of the figure used, where there is one
   * @param bearer who bears the duty
   * @param evidence the records beside the figures the decision rests on
   */
  public Finding {
    requireNonNull(requirement, "requirement");
    requireNonNull(measure, "measure");
    requireNonNull(form, "form");
    requireNonNull(status, "status");
    requireNonNull(rag, "rag");
    values = List.copyOf(requireNonNull(values, "values"));
    requireNonNull(threshold, "threshold");
    requireNonNull(rule, "rule");
    requireNonNull(clause, "clause");
    requireNonNull(explanation, "explanation");
    requireNonNull(direction, "direction");
    requireNonNull(bearer, "bearer");
    evidence = List.copyOf(requireNonNull(evidence, "evidence"));
  }

  /** {@return whether the finding counts against the council's verdict: a failure of a duty the council bears} */
  public boolean countsAgainstTheCouncil() {
    return status.isFailure() && bearer.isCouncils();
  }

  @Override
  public String toString() {
    return requirement + " " + status + " " + rag + " (" + rule + "): " + explanation;
  }
}
