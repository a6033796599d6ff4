package org.improvementnotice.model.data;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.improvementnotice.model.indicator.Decimals;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.time.Period;

/**
 * The value of an indicator for one period for the council, as published (or revised) on a date. A later
 * observation of the same indicator and period with a later publication date is a revision; an evaluation
 * "as at" a date uses the latest revision published on or before it. The value, numerator and denominator
 * are within the {@linkplain Decimals bounds of a figure}. Immutable and thread-safe.
 *
 * @param indicator the indicator
 * @param period the period the value is for
 * @param value the value, in the indicator's unit
 * @param ratio the numerator and denominator, where the indicator is a rate and they are known
 * @param source where the figure comes from ("CIN census 2009-10", "monthly performance report")
 * @param published when this figure became known
 */
public record Observation(
    IndicatorId indicator, Period period, BigDecimal value, Optional<Ratio> ratio, String source, LocalDate published) {

  /**
   * An observation.
   *
   * @param indicator the indicator
   * @param period the period the value is for
   * @param value the value, in the indicator's unit; kept in its canonical form
   * @param ratio the numerator and denominator, where the indicator is a rate and they are known
   * @param source where the figure comes from ("CIN census 2009-10", "monthly performance report")
   * @param published when this figure became known
   * @throws IllegalArgumentException if the value, numerator or denominator is outside the
   *     {@linkplain Decimals bounds of a figure}, naming the figure and the value
   */
  public Observation {
    requireNonNull(indicator, "indicator");
    requireNonNull(period, "period");
    IndicatorId i = indicator;
    Period p = period;
    value = Decimals.bounded(() -> "Value of " + i + " for " + p, requireNonNull(value, "value"));
    requireNonNull(ratio, "ratio");
    ratio.ifPresent(r -> {
      Decimals.bounded(() -> "Numerator of " + i + " for " + p, r.numerator());
      Decimals.bounded(() -> "Denominator of " + i + " for " + p, r.denominator());
    });
    requireNonNull(source, "source");
    requireNonNull(published, "published");
  }

  /**
   * {@return an observation with no numerator and denominator}
   *
   * @param indicator the indicator
   * @param period the period the value is for
   * @param value the value, in the indicator's unit
   * @param source where the figure comes from
   * @param published when this figure became known
   * @throws IllegalArgumentException if the value is outside the {@linkplain Decimals bounds of a figure}
   */
  public static Observation of(IndicatorId indicator, Period period, BigDecimal value, String source, LocalDate published) {
    return new Observation(indicator, period, value, Optional.empty(), source, published);
  }
}
