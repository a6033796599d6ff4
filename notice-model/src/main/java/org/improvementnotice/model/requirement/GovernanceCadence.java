package org.improvementnotice.model.requirement;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.improvementnotice.model.time.Window;

/**
 * Form 13, a governance cadence: "an Improvement Board ... meet once a month", "monthly Performance
 * Challenge meetings ... chaired by the Chief Executive", "an official from the Department for Education will
 * attend". Decided from meeting records: the longest gap between meetings against the cadence, the chair and
 * the attendance.
 * Immutable and thread-safe.
 *
 * @param id the requirement's id
 * @param body the name of the body that meets, a board of the notice governance
 * @param cadence how often it must meet
 * @param chair who must chair it, if the notice says ("Chief Executive", "Independent Chair")
 * @param departmentAttends whether an official of the department must attend
 * @param window the span over which it must meet
 */
public record GovernanceCadence(RequirementId id, String body, Cadence cadence, Optional<String> chair, boolean departmentAttends, Window window) implements Requirement {

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param id the requirement's id
   * @param body the name of the body that meets, a board of the notice governance
   * @param cadence how often it must meet
   * @param chair who must chair it, if the notice says ("Chief Executive", "Independent Chair")
   * @param departmentAttends whether an official of the department must attend
   * @param window the span over which it must meet
   */
  public GovernanceCadence {
    requireNonNull(id, "id");
    requireNonNull(body, "body");
    requireNonNull(cadence, "cadence");
    requireNonNull(chair, "chair");
    requireNonNull(window, "window");
    Components.requireNotBlank(id, body, "body");
  }

  @Override
  public RequirementForm form() {
    return RequirementForm.GOVERNANCE_CADENCE;
  }
}
