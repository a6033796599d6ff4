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
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One notice of 30 requirements of all sixteen forms with five years of data (each indicator in its natural
 * period, monthly for most), evaluated warm on one thread. Goal: at most 0.3 ms. Reproduce with
 * {@code java -jar benchmarks/target/benchmarks.jar ComplianceEngineBenchmark}.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ComplianceEngineBenchmark extends OneThreadBenchmark {

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
