package org.improvementnotice.data.benchmark;

import static java.util.Objects.requireNonNull;

import org.improvementnotice.data.council.LaNumber;

/**
 * One of a council's statistical neighbours in a model: its LA number, its rank (1 the closest) and the
 * model's word for how close it is. Immutable and thread-safe.
 *
 * @param number the neighbour's LA number
 * @param rank its rank, 1 to the model's number of neighbours
 * @param closeness the model's closeness ("Very close", "Extremely Close"), or empty
 */
public record Neighbour(LaNumber number, int rank, String closeness) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param number the neighbour's LA number
   * @param rank its rank, 1 or more (1 the closest)
   * @param closeness the model's closeness ("Very close", "Extremely Close"), or empty
   * @throws IllegalArgumentException if the rank is less than 1
   */
  public Neighbour {
    requireNonNull(number, "number");
    requireNonNull(closeness, "closeness");
    if (rank < 1) {
      throw new IllegalArgumentException("A neighbour's rank is 1 or more, not " + rank);
    }
  }
}
