package org.improvementnotice.reports.screen;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.requirement.RequirementId;

/**
 * One council's line of the screen: its verdict and a cell per requirement, in the notice's order.
 * Immutable and thread-safe.
 *
 * @param code the council's identifier
 * @param name its name
 * @param region its region
 * @param compliedSoFar whether no finding is a failure
 * @param verdict the verdict in words
 * @param cells the findings, one per requirement
 */
public record ScreenRow(String code, String name, String region, boolean compliedSoFar, String verdict,
    List<ScreenCell> cells) {
  /**
   * Checks the components and copies the list, as the type's documentation says of each.
   *
   * @param code the council's identifier
   * @param name its name
   * @param region its region
   * @param compliedSoFar whether no finding is a failure
   * @param verdict the verdict in words
   * @param cells the findings, one per requirement
   */
  public ScreenRow {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    requireNonNull(region, "region");
    requireNonNull(verdict, "verdict");
    cells = List.copyOf(requireNonNull(cells, "cells"));
  }

  /**
   * {@return the cell of the requirement, if the notice has it}
   *
   * @param requirement the requirement
   */
  public Optional<ScreenCell> cell(RequirementId requirement) {
    return cells.stream().filter(c -> c.requirement().equals(requirement)).findFirst();
  }
}
