package org.improvementnotice.model.data;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.time.Period;

/**
 * A figure that exists but is published without a value: suppressed to protect confidentiality, not
 * available, not applicable, of low reliability (the statisticians' symbols c, x, z, u, ...), or a benchmark
 * that could not be computed (too few neighbours with a figure). A requirement it would decide has no data,
 * and says why; it is never read as zero. Immutable and thread-safe.
 *
 * @param indicator the indicator
 * @param benchmark the comparator, when the figure is a benchmark; empty for the council's own figure
 * @param period the period it is for
 * @param symbol the symbol published in its place ("c"), if there is one
 * @param reason why there is no value, in words ("'c' (suppressed to protect confidentiality) in
 *     CPP_subsequent_percent")
 * @param source where it was published (file and line)
 * @param published when it became known
 */
public record UnavailableFigure(IndicatorId indicator, Optional<BenchmarkKind> benchmark, Period period,
    Optional<String> symbol, String reason, String source, LocalDate published) {

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param indicator the indicator
   * @param benchmark the comparator, when the figure is a benchmark; empty for the council's own figure
   * @param period the period it is for
   * @param symbol the symbol published in its place ("c"), if there is one
   * @param reason why there is no value, in words
   * @param source where it was published (file and line), or empty when not known
   * @param published when it became known
   */
  public UnavailableFigure {
    requireNonNull(indicator, "indicator");
    requireNonNull(benchmark, "benchmark");
    requireNonNull(period, "period");
    requireNonNull(symbol, "symbol");
    requireNonNull(reason, "reason");
    requireNonNull(source, "source");
    requireNonNull(published, "published");
  }

  /** {@return the reason and where it was published, as a finding quotes it} */
  public String describe() {
    return reason + (source.isEmpty() ? "" : ", " + source);
  }
}
