package org.improvementnotice.model.indicator;

/** How values of an indicator over shorter periods combine into a value over a longer one. */
public enum Aggregation {
  /**
   * Sum of numerators over sum of denominators, in the indicator's "per N" unit; never an average of the
   * percentages. Needs every part to carry its numerator and denominator.
   */
  RATIO,
  /** The sum of the parts (flows: referrals received, children adopted). */
  SUM,
  /** The value of the last part (stocks counted at a date: unallocated cases at the month end). */
  LATEST,
  /** The plain mean of the parts (scores). */
  MEAN
}
