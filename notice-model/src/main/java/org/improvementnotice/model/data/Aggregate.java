package org.improvementnotice.model.data;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.indicator.Aggregation;
import org.improvementnotice.model.indicator.Decimals;
import org.improvementnotice.model.time.Period;

/**
 * The value of an indicator over a period, read directly or combined from the observations of shorter
 * periods that tile it. Immutable and thread-safe.
 *
 * @param period the period
 * @param value the value in the indicator's unit
 * @param ratio the summed numerator and denominator, when aggregated by ratio (or read with one)
 * @param method how the parts were combined
 * @param parts the observations used, in period order (one when read directly)
 */
public record Aggregate(Period period, BigDecimal value, Optional<Ratio> ratio, Aggregation method, List<Observation> parts) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param period the period
   * @param value the value in the indicator's unit
   * @param ratio the summed numerator and denominator, when aggregated by ratio (or read with one)
   * @param method how the parts were combined
   * @param parts the observations used, in period order (one when read directly)
   */
  public Aggregate {
    requireNonNull(period, "period");
    value = Decimals.canonical(requireNonNull(value, "value"));
    requireNonNull(ratio, "ratio");
    requireNonNull(method, "method");
    parts = List.copyOf(requireNonNull(parts, "parts"));
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("An aggregate needs at least one part");
    }
  }

  /** {@return whether the value was read from one observation of exactly the period} */
  public boolean isDirect() {
    return parts.size() == 1 && parts.get(0).period().equals(period);
  }
}
