package org.improvementnotice.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.requirement.RequirementForm;
import org.improvementnotice.rules.ComplianceEngine;
import org.improvementnotice.rules.ComplianceReport;
import org.improvementnotice.testkit.NoticeAndData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One notice of 30 requirements of all fifteen forms with five years of data (each indicator in its natural
 * period, monthly for most), evaluated warm on one thread. Goal: at most 0.3 ms. Reproduce with
 * {@code java -jar benchmarks/target/benchmarks.jar ComplianceEngineBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ComplianceEngineBenchmark {

  private ComplianceEngine engine;
  private Notice notice;
  private PerformanceData data;
  private LocalDate asAt;

  @Setup(Level.Trial)
  public void setUp() {
    NoticeAndData input = Workloads.notice(20090401L, 30, 60, RequirementForm.values());
    engine = ComplianceEngine.create();
    notice = input.notice();
    data = input.data();
    asAt = Workloads.assessmentDate(notice);
  }

  @Benchmark
  public ComplianceReport evaluate() {
    return engine.evaluate(notice, data, asAt);
  }
}
