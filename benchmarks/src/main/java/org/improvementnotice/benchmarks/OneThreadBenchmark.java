package org.improvementnotice.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The run the benchmarks share, which JMH reads from this class for each benchmark that extends it: the average
 * time of a call in milliseconds, on one thread, in one fork, after three warm-up iterations of two seconds,
 * measured over five of two seconds. A benchmark states only what it runs otherwise (its heap, longer iterations,
 * another unit); JMH takes each element a benchmark's own annotation sets over the one here.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public abstract class OneThreadBenchmark {
  /** For the benchmarks that extend it. */
  protected OneThreadBenchmark() {}
}
