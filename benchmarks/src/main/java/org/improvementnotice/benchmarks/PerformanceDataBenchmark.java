package org.improvementnotice.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.PeriodKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Building performance data from many revisions of one figure (one revision a day, added oldest first,
 * newest first or shuffled), and looking up the latest month of a five-year series by dates near the data and
 * a million years away. Reproduce with {@code java -jar benchmarks/target/benchmarks.jar PerformanceDataBenchmark}.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class PerformanceDataBenchmark extends OneThreadBenchmark {

  private static final IndicatorId NI59 = IndicatorId.of("NI 59");
  private static final Period MARCH = Period.parse("2009-03");
  private static final LocalDate FIRST = LocalDate.of(2009, 4, 1);

  /** The revisions of one figure, in the order they are added. */
  @State(Scope.Benchmark)
  public static class Revisions {
    @Param({"100000", "1000000"})
    public int revisions;

    @Param({"oldestFirst", "newestFirst", "shuffled"})
    public String order;

    List<Observation> added;

    @Setup(Level.Trial)
    public void setUp() {
      added = new ArrayList<>(revisions);
      for (int i = 0; i < revisions; i++) {
        added.add(Observation.of(NI59, MARCH, BigDecimal.valueOf(i), "revision", FIRST.plusDays(i)));
      }
      switch (order) {
        case "oldestFirst" -> { }
        case "newestFirst" -> Collections.reverse(added);
        case "shuffled" -> Collections.shuffle(added, new Random(15));
        default -> throw new IllegalArgumentException("Unknown order " + order);
      }
    }
  }

  /** Five years of monthly figures, each published ten days after its month. */
  @State(Scope.Benchmark)
  public static class Series {
    PerformanceData data;

    @Setup(Level.Trial)
    public void setUp() {
      PerformanceData.Builder b = PerformanceData.builder("Surrey");
      Period month = Period.parse("2009-04");
      for (int i = 0; i < 60; i++, month = month.next()) {
        b.addObservation(Observation.of(NI59, month, BigDecimal.valueOf(50 + i % 30), "monthly return",
            month.endInclusive().plusDays(10)));
      }
      data = b.build();
    }
  }

  @Benchmark
  public PerformanceData build(Revisions state) {
    return PerformanceData.builder("Surrey").addObservations(state.added).build();
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public Optional<Observation> latestNearTheData(Series state) {
    LocalDate date = LocalDate.of(2012, 6, 5);
    return state.data.latest(NI59, PeriodKind.MONTH, date, date);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public Optional<Observation> latestAMillionYearsAway(Series state) {
    LocalDate date = LocalDate.of(1_000_000, 1, 1);
    return state.data.latest(NI59, PeriodKind.MONTH, date, date);
  }
}
