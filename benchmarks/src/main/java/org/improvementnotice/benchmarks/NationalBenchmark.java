package org.improvementnotice.benchmarks;

import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The run of the benchmarks over every council's published figures, whose calls take a tenth of a second or more:
 * a heap of one to two gigabytes for the councils' data, and iterations of five seconds (three to warm up, five
 * measured), so that each holds dozens of calls. The rest is {@link OneThreadBenchmark}'s.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public abstract class NationalBenchmark extends OneThreadBenchmark {
  /** For the benchmarks that extend it. */
  protected NationalBenchmark() {}
}
