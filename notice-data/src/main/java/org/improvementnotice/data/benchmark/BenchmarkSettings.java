package org.improvementnotice.data.benchmark;

import static java.util.Objects.requireNonNull;

/**
 * How the statistical neighbour benchmark is computed: the method, the fewest neighbours with a figure for
 * it to be computed at all, and the rounding. The England and regional benchmarks are the files' own rows
 * and take none of these. Immutable and thread-safe.
 *
 * @param method mean (default), median or pooled rate
 * @param minimumNeighbours the fewest neighbours with a figure (default 7 of 10); with fewer the benchmark
 *     is not computed and says why
 * @param rounding none (default) or one decimal place half up
 */
public record BenchmarkSettings(BenchmarkMethod method, int minimumNeighbours, Rounding rounding) {

  /** The default fewest neighbours. */
  public static final int DEFAULT_MINIMUM = 7;

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param method mean, median or pooled rate
   * @param minimumNeighbours the fewest neighbours with a figure for the benchmark to be computed, 1 to 100
   * @param rounding none or one decimal place half up
   * @throws IllegalArgumentException if the minimum is not 1 to 100
   */
  public BenchmarkSettings {
    requireNonNull(method, "method");
    requireNonNull(rounding, "rounding");
    if (minimumNeighbours < 1 || minimumNeighbours > 100) {
      throw new IllegalArgumentException("The minimum number of neighbours must be 1 to 100, not " + minimumNeighbours);
    }
  }

  /** {@return the defaults: the mean, at least 7 neighbours, not rounded} */
  public static BenchmarkSettings defaults() {
    return new BenchmarkSettings(BenchmarkMethod.MEAN, DEFAULT_MINIMUM, Rounding.NONE);
  }

  /**
   * {@return these settings with another method}
   *
   * @param other how the neighbours' figures combine
   */
  public BenchmarkSettings withMethod(BenchmarkMethod other) {
    return new BenchmarkSettings(other, minimumNeighbours, rounding);
  }

  /**
   * {@return these settings with another minimum}
   *
   * @param other the fewest neighbours with a figure, 1 to 100
   * @throws IllegalArgumentException if the minimum is not 1 to 100
   */
  public BenchmarkSettings withMinimumNeighbours(int other) {
    return new BenchmarkSettings(method, other, rounding);
  }

  /**
   * {@return these settings with another rounding}
   *
   * @param other how the computed value is rounded before it is compared
   */
  public BenchmarkSettings withRounding(Rounding other) {
    return new BenchmarkSettings(method, minimumNeighbours, other);
  }

  @Override
  public String toString() {
    return method.words() + ", at least " + minimumNeighbours + " neighbours, " + rounding.words();
  }
}
