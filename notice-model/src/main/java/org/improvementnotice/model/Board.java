package org.improvementnotice.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.requirement.Cadence;

/**
 * A body a notice requires or relies on: an Improvement Board, monthly Performance Challenge meetings, the
 * Ofsted Priority Action Board. Immutable and thread-safe.
 *
 * @param name its name
 * @param chair who chairs it, as the notice says ("Independent Chair agreed with the Department")
 * @param cadence how often it meets, if the notice says
 * @param observers who attends as observer ("an official from the Department for Education")
 * @param members who it includes, as the notice says
 */
public record Board(
    String name, Optional<String> chair, Optional<Cadence> cadence, List<String> observers, List<String> members) {

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param name its name
   * @param chair who chairs it, as the notice says ("Independent Chair agreed with the Department")
   * @param cadence how often it meets, if the notice says
   * @param observers who attends as observer ("an official from the Department for Education")
   * @param members who it includes, as the notice says
   */
  public Board {
    requireNonNull(name, "name");
    requireNonNull(chair, "chair");
    requireNonNull(cadence, "cadence");
    observers = List.copyOf(requireNonNull(observers, "observers"));
    members = List.copyOf(requireNonNull(members, "members"));
    Text.requireNotBlank(name, "Board name");
  }
}
