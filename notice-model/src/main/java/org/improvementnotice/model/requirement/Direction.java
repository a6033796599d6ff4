package org.improvementnotice.model.requirement;

/** What a direction-only requirement asks. */
public enum Direction {
  /** "To improve the percentage ...": better than the baseline. */
  IMPROVE,
  /**
   * "Thereafter minimising the number of each": no period may be worse than the one before by more than
   * the tolerance.
   */
  MINIMISE
}
