/**
 * Benchmarks computed from published figures: England's and the region's are the files' own rows; the
 * statistical neighbour average combines the figures of a council's neighbours in a
 * {@link org.improvementnotice.data.benchmark.NeighbourModel} by a
 * {@link org.improvementnotice.data.benchmark.BenchmarkMethod} (mean by default), with a minimum number of
 * neighbours and an optional rounding ({@link org.improvementnotice.data.benchmark.BenchmarkSettings}). Every
 * {@link org.improvementnotice.data.benchmark.ComputedBenchmark} says how it was found: the neighbours used and
 * those left out, each with why. No parameter or return value is null: absence is {@link java.util.Optional}.
 */
package org.improvementnotice.data.benchmark;
