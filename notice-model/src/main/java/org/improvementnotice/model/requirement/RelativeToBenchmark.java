package org.improvementnotice.model.requirement;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.indicator.IndicatorId;

/**
 * Form 6, relative to a benchmark: "in line with at least national averages", "reduces to the statistical
 * neighbour average". The threshold is the benchmark's value for the same period; the comparison follows the
 * indicator's polarity unless the notice says otherwise.
 * Immutable and thread-safe.
 *
 * @param id the requirement's id
 * @param indicator the indicator
 * @param benchmark the comparator
 * @param comparison at least or at most the benchmark
 * @param due when it is judged
 * @param baseline a stated baseline the trajectory starts from, if the notice gives one
 */
public record RelativeToBenchmark(RequirementId id, IndicatorId indicator, BenchmarkKind benchmark, Comparison comparison, Due due, Optional<Baseline> baseline) implements Requirement {

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param id the requirement's id
   * @param indicator the indicator
   * @param benchmark the comparator
   * @param comparison at least or at most the benchmark
   * @param due when it is judged
   * @param baseline a stated baseline the trajectory starts from, if the notice gives one
   */
  public RelativeToBenchmark {
    requireNonNull(id, "id");
    requireNonNull(indicator, "indicator");
    requireNonNull(benchmark, "benchmark");
    requireNonNull(comparison, "comparison");
    requireNonNull(due, "due");
    requireNonNull(baseline, "baseline");
  }

  @Override
  public RequirementForm form() {
    return RequirementForm.RELATIVE_TO_BENCHMARK;
  }

  @Override
  public List<IndicatorId> indicators() {
    return List.of(indicator);
  }
}
