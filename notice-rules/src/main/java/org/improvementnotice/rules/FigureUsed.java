package org.improvementnotice.rules;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.improvementnotice.model.time.Period;

/**
 * One value a finding used, with what it is and the period it is for: "figure 67.2 for 2009-Q1", "England
 * benchmark 85 for AY2011/12", "expected 70.5 at 2009-06". Immutable and thread-safe.
 *
 * @param role what the value is ("figure", "benchmark", "baseline", "expected", "latest", "year earlier")
 * @param value the value, in the indicator's unit
 * @param period the period it is for, if it is for one
 */
public record FigureUsed(String role, BigDecimal value, Optional<Period> period) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param role what the value is ("figure", "benchmark", "baseline", "expected", "latest", "year earlier")
   * @param value the value, in the indicator's unit
   * @param period the period it is for, if it is for one
   */
  public FigureUsed {
    requireNonNull(role, "role");
    requireNonNull(value, "value");
    requireNonNull(period, "period");
  }

  /**
   * {@return a value for a period}
   *
   * @param role what the value is ("figure", "benchmark", "baseline", "expected", "latest", "year earlier")
   * @param value the value, in the indicator's unit
   * @param period the period it is for
   */
  public static FigureUsed of(String role, BigDecimal value, Period period) {
    return new FigureUsed(role, value, Optional.of(period));
  }

  @Override
  public String toString() {
    return role + " " + value.toPlainString() + period.map(p -> " for " + p).orElse("");
  }
}
