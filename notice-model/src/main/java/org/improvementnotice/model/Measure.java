package org.improvementnotice.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.improvementnotice.model.requirement.Requirement;

/**
 * One clause of a notice: its text quoted as written, the group the notice puts it in, and the requirements
 * it holds. Immutable and thread-safe.
 *
 * @param id the measure's stable id
 * @param group the heading it sits under ("Build capacity", "Partnership and Governance")
 * @param clause the clause as the notice words it
 * @param requirements what it requires, at least one
 * @param bearer who bears the clause's duties: the council unless the notice says otherwise
 */
public record Measure(MeasureId id, String group, String clause, List<Requirement> requirements, Bearer bearer) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param id the measure's stable id
   * @param group the heading it sits under ("Build capacity", "Partnership and Governance")
   * @param clause the clause as the notice words it
   * @param requirements what it requires, at least one
   * @param bearer who bears the clause's duties
   */
  public Measure {
    requireNonNull(id, "id");
    requireNonNull(bearer, "bearer");
    requireNonNull(group, "group");
    requireNonNull(clause, "clause");
    requirements = List.copyOf(requireNonNull(requirements, "requirements"));
    if (clause.isBlank()) {
      throw new IllegalArgumentException(String.format("Measure %s must quote its clause", id));
    }
  }

  /**
   * A measure whose duties the council bears.
   *
   * @param id the measure's stable id
   * @param group the heading it sits under
   * @param clause the clause as the notice words it
   * @param requirements what it requires, at least one
   */
  public Measure(MeasureId id, String group, String clause, List<Requirement> requirements) {
    this(id, group, clause, requirements, Bearer.council());
  }

  /**
   * {@return the measure, its duties borne by {@code bearer}}
   *
   * @param bearer who bears them
   */
  public Measure borneBy(Bearer bearer) {
    return new Measure(id, group, clause, requirements, bearer);
  }

  /**
   * {@return the measure with one requirement}
   *
   * @param id the measure's stable id, as {@link MeasureId} requires it
   * @param group the heading it sits under ("Build capacity")
   * @param clause the clause as the notice words it, not blank
   * @param requirement what it requires
   * @throws IllegalArgumentException if the id is not a valid measure id or the clause is blank
   */
  public static Measure of(String id, String group, String clause, Requirement requirement) {
    return new Measure(MeasureId.of(id), group, clause, List.of(requirement));
  }

  /** {@return the requirements that each receive a finding (staged targets give one per stage)} */
  public List<Requirement> decidableRequirements() {
    return requirements.stream().flatMap(r -> r.decidable().stream()).toList();
  }
}
