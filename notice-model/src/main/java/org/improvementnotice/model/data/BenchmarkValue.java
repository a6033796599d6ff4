package org.improvementnotice.model.data;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.improvementnotice.model.indicator.Decimals;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.time.Period;

/**
 * A comparator's value of an indicator for a period: the England average, the statistical neighbour
 * average, the regional average. Revised like observations. The value is within the
 * {@linkplain Decimals bounds of a figure}. Immutable and thread-safe.
 *
 * @param indicator the indicator
 * @param kind which comparator
 * @param period the period
 * @param value the value, in the indicator's unit
 * @param source where it comes from
 * @param published when this value became known
 * @param basis how it was computed from other councils' published figures, for a statistical-neighbour
 *     benchmark computed from the DfE's files; empty for a benchmark read as published
 */
public record BenchmarkValue(
    IndicatorId indicator, BenchmarkKind kind, Period period, BigDecimal value, String source, LocalDate published,
    Optional<BenchmarkBasis> basis) {

  /**
   * A benchmark value.
   *
   * @param indicator the indicator
   * @param kind which comparator
   * @param period the period
   * @param value the value, in the indicator's unit; kept in its canonical form
   * @param source where it comes from
   * @param published when this value became known
   * @param basis how it was computed from other councils' published figures, if it was
   * @throws IllegalArgumentException if the value is outside the {@linkplain Decimals bounds of a figure},
   *     naming it
   */
  public BenchmarkValue {
    requireNonNull(indicator, "indicator");
    requireNonNull(kind, "kind");
    requireNonNull(period, "period");
    BenchmarkKind k = kind;
    IndicatorId i = indicator;
    Period p = period;
    value = Decimals.bounded(() -> "Value of " + k + " " + i + " for " + p, requireNonNull(value, "value"));
    requireNonNull(source, "source");
    requireNonNull(published, "published");
    requireNonNull(basis, "basis");
  }

  /**
   * A benchmark value read as published, with no basis.
   *
   * @param indicator the indicator
   * @param kind which comparator
   * @param period the period
   * @param value the value, in the indicator's unit; kept in its canonical form
   * @param source where it comes from
   * @param published when this value became known
   * @throws IllegalArgumentException if the value is outside the {@linkplain Decimals bounds of a figure},
   *     naming it
   */
  public BenchmarkValue(IndicatorId indicator, BenchmarkKind kind, Period period, BigDecimal value, String source,
      LocalDate published) {
    this(indicator, kind, period, value, source, published, Optional.empty());
  }
}
