package org.improvementnotice.model.indicator;

import static java.util.Objects.requireNonNull;

/**
 * How a rate is worked out from two counts the council reports (DOMAIN.md: "a rate derived from two other
 * series"): the proportion of referrals that lead to an initial assessment, given the number of each. For each
 * period the rate is the numerator's count over the denominator's, in the rate's unit, with the two counts as its
 * numerator and denominator, so that a longer period sums them. Immutable and thread-safe.
 *
 * @param numerator the count on top ("INITIAL ASSESSMENTS")
 * @param denominator the count below ("REFERRALS")
 */
public record Derivation(IndicatorId numerator, IndicatorId denominator) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param numerator the count on top
   * @param denominator the count below
   * @throws IllegalArgumentException if the two are the same indicator
   */
  public Derivation {
    requireNonNull(numerator, "numerator");
    requireNonNull(denominator, "denominator");
    if (numerator.equals(denominator)) {
      throw new IllegalArgumentException(String.format("A rate is derived from two counts, not %s over itself",
          numerator));
    }
  }

  @Override
  public String toString() {
    return numerator + " over " + denominator;
  }
}
