package org.improvementnotice.rules;

/**
 * Whether a figure is better or worse than the one it is compared with: the same period a year earlier where
 * there is one, else the previous period. Polarity-aware.
 */
public enum DirectionOfTravel {
  /** Better than the comparison. */
  IMPROVING,
  /** The same as the comparison. */
  UNCHANGED,
  /** Worse than the comparison. */
  WORSENING,
  /** No figure, or nothing to compare it with. */
  NOT_KNOWN
}
