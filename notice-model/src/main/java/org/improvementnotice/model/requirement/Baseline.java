package org.improvementnotice.model.requirement;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.improvementnotice.model.indicator.Decimals;
import org.improvementnotice.model.time.Period;

/**
 * Where a trajectory or comparison starts. Implementations are immutable and thread-safe.
 */
public sealed interface Baseline {

  /** "From the 2009-10 baseline of 46%": a value stated in the notice for a period. */
  record Stated(BigDecimal value, Period period) implements Baseline {
    /** Checks the components, as the type's documentation says of each. */
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

  /** {@return a baseline stated in the notice} */
  static Baseline stated(BigDecimal value, Period period) {
    return new Stated(value, period);
  }

  /** {@return the level prevailing at issue} */
  static Baseline atIssue() {
    return new AtIssue();
  }
}
