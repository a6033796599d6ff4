package org.improvementnotice.data.published;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.improvementnotice.data.benchmark.ComputedBenchmark;
import org.improvementnotice.data.council.Council;
import org.improvementnotice.data.dfe.DfeFigure;
import org.improvementnotice.model.data.PerformanceData;

/**
 * A council's data built from the published files: its performance data for the engine (observations and
 * the benchmarks with a value), and what could not go in it: its figures without a value (suppressed or
 * unavailable, each with its symbol and cell) and the benchmarks not computed (each with why). Immutable and
 * thread-safe.
 *
 * @param council the council
 * @param data the performance data
 * @param figures every figure of the council read, with or without a value
 * @param benchmarks every benchmark computed, with or without a value
 */
public record CouncilFigures(Council council, PerformanceData data, List<DfeFigure> figures,
    List<ComputedBenchmark> benchmarks) {

  /**
   * Checks the components and copies the lists, as the type's documentation says of each.
   *
   * @param council the council
   * @param data the performance data
   * @param figures every figure of the council read, with or without a value
   * @param benchmarks every benchmark computed, with or without a value
   */
  public CouncilFigures {
    requireNonNull(council, "council");
    requireNonNull(data, "data");
    figures = List.copyOf(requireNonNull(figures, "figures"));
    benchmarks = List.copyOf(requireNonNull(benchmarks, "benchmarks"));
  }

  /** {@return the council's figures without a value: suppressed or unavailable} */
  public List<DfeFigure> unavailable() {
    return figures.stream().filter(f -> !f.hasValue()).toList();
  }

  /** {@return the benchmarks that could not be computed} */
  public List<ComputedBenchmark> benchmarksUnavailable() {
    return benchmarks.stream().filter(b -> b.value().isEmpty()).toList();
  }
}
