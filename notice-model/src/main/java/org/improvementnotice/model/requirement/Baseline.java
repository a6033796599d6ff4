package org.improvementnotice.model.requirement;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.improvementnotice.model.indicator.Decimals;
import org.improvementnotice.model.time.Period;

/**
 * Where a trajectory or comparison starts. Implementations are immutable and thread-safe.
 */
public sealed interface Baseline {

  /**
   * "From the 2009-10 baseline of 46%": a value stated in the notice for a period.
   *
   * @param value the value, in the indicator's unit, in canonical form
   * @param period the period the notice says it is for
   */
  record Stated(BigDecimal value, Period period) implements Baseline {
    /**
     * Checks the components, as the type's documentation says of each.
     *
     * @param value the value, in the indicator's unit; kept in canonical form (46.0 is 46)
     * @param period the period the notice says it is for
     * @throws IllegalArgumentException if the value is too large or too fine for {@link Decimals#canonical}
     */
    public Stated {
      value = Decimals.canonical(requireNonNull(value, "value"));
      requireNonNull(period, "period");
    }

    @Override
    public String toString() {
      return value.toPlainString() + " in " + period;
    }
  }

  /**
   * "At the levels prevailing when this Improvement Notice was issued": the value of the latest reporting
   * period ending on or before the issue date.
   */
  record AtIssue() implements Baseline {
    @Override
    public String toString() {
      return "at issue";
    }
  }

  /**
   * {@return a baseline stated in the notice}
   *
   * @param value the value, in the indicator's unit
   * @param period the period the notice says it is for
   * @throws IllegalArgumentException if the value is too large or too fine for {@link Decimals#canonical}
   */
  static Baseline stated(BigDecimal value, Period period) {
    return new Stated(value, period);
  }

  /** {@return the level prevailing at issue} */
  static Baseline atIssue() {
    return new AtIssue();
  }
}
