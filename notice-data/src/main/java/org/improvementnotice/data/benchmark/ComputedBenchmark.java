package org.improvementnotice.data.benchmark;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.data.BenchmarkBasis;
import org.improvementnotice.model.data.BenchmarkValue;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.time.Period;

/**
 * A benchmark computed from published figures: its value, or why there is none, and how it was found (the
 * row of England or the region, or the neighbours used and left out, the method, the model and the
 * rounding). Immutable and thread-safe.
 *
 * @param indicator the indicator
 * @param kind England, region or statistical neighbours
 * @param period the period
 * @param value the value, if one was computed
 * @param unavailable why there is none
 * @param description how it was found, in words: what a finding quotes as its source
 * @param used the neighbours' figures used (statistical neighbours only)
 * @param leftOut the neighbours left out, each with why (statistical neighbours only)
 * @param published when it is taken to have become known: the latest of the figures it rests on
 */
public record ComputedBenchmark(IndicatorId indicator, BenchmarkKind kind, Period period, Optional<BigDecimal> value,
    Optional<String> unavailable, String description, List<BenchmarkBasis.Contribution> used,
    List<BenchmarkBasis.Exclusion> leftOut, LocalDate published) {

  /**
   * Checks the components and copies the lists, as the type's documentation says of each.
   *
   * @param indicator the indicator
   * @param kind England, region or statistical neighbours
   * @param period the period
   * @param value the value, if one was computed
   * @param unavailable why there is none, present exactly when the value is absent
   * @param description how it was found, in words: what a finding quotes as its source
   * @param used the neighbours' figures used (statistical neighbours only)
   * @param leftOut the neighbours left out, each with why (statistical neighbours only)
   * @param published when it is taken to have become known: the latest of the figures it rests on
   * @throws IllegalArgumentException if it has both a value and a reason for having none, or neither
   */
  public ComputedBenchmark {
    requireNonNull(indicator, "indicator");
    requireNonNull(kind, "kind");
    requireNonNull(period, "period");
    requireNonNull(value, "value");
    requireNonNull(unavailable, "unavailable");
    requireNonNull(description, "description");
    used = List.copyOf(requireNonNull(used, "used"));
    leftOut = List.copyOf(requireNonNull(leftOut, "leftOut"));
    requireNonNull(published, "published");
    if (value.isPresent() == unavailable.isPresent()) {
      throw new IllegalArgumentException("A benchmark has a value or says why it has none");
    }
  }

  /** {@return the benchmark as the engine's fact, if it has a value; its source is the description} */
  public Optional<BenchmarkValue> toBenchmarkValue() {
    return value.map(v -> new BenchmarkValue(indicator, kind, period, v, description, published, Optional.empty()));
  }

  /**
   * {@return the benchmark as the engine's fact, if it has a value: its source is the description, and for a
   * statistical-neighbour benchmark its basis the neighbours used and left out, with the method, model and
   * rounding as given}
   *
   * @param method how the neighbours' figures were combined, in words ("mean")
   * @param model the neighbour model's name
   * @param rounding the rounding, in words
   */
  public Optional<BenchmarkValue> toBenchmarkValue(String method, String model, String rounding) {
    if (kind != BenchmarkKind.STATISTICAL_NEIGHBOURS) {
      return toBenchmarkValue();
    }
    BenchmarkBasis basis = new BenchmarkBasis(method, model, rounding, used, leftOut);
    return value.map(v -> new BenchmarkValue(indicator, kind, period, v, description, published,
        Optional.of(basis)));
  }

  @Override
  public String toString() {
    return kind + " " + indicator + " " + period + ": " + value.map(BigDecimal::toPlainString)
        .orElse("none (" + unavailable.orElse("") + ")") + " - " + description;
  }
}
