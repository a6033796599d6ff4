package org.improvementnotice.benchmarks;

import java.util.List;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator;
import org.improvementnotice.model.requirement.RequirementForm;
import org.improvementnotice.rules.ComplianceEngine;
import org.improvementnotice.rules.Settings;
import org.improvementnotice.rules.internal.preparation.Preparer;
import org.improvementnotice.testkit.NoticeAndData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A national batch: 150 councils, each a notice of 25 requirements with 60 months of data, evaluated by the
 * Drools engine and by the plain-Java {@link ReferenceEvaluator} in the same run, on one thread. The goal is the
 * engine within 3x of the reference (the ratio of the two scores). The notices hold requirements of all sixteen
 * forms, and both compute the same content per requirement that the oracle compares (status, colour, direction of
 * travel, the judged figure); the engine also builds each finding's values and explanation. Reproduce with
 * {@code java -jar benchmarks/target/benchmarks.jar NationalBatchBenchmark}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
public class NationalBatchBenchmark extends OneThreadBenchmark {

  private ComplianceEngine engine;
  private ReferenceEvaluator reference;
  private List<NoticeAndData> councils;

  @Setup(Level.Trial)
  public void setUp() {
    councils = Workloads.councils(20080101L, 150, 25, 60,
        ReferenceEvaluator.FORMS.toArray(new RequirementForm[0]));
    engine = ComplianceEngine.create();
    reference = new ReferenceEvaluator();
  }

  @Benchmark
  public void engine(Blackhole bh) {
    for (NoticeAndData c : councils) {
      bh.consume(engine.evaluate(c.notice(), c.data(), Workloads.assessmentDate(c.notice())));
    }
  }

  /** The engine's preparation alone (look-ups and arithmetic, no rules): where the engine's time goes. */
  @Benchmark
  public void enginePreparationOnly(Blackhole bh) {
    for (NoticeAndData c : councils) {
      bh.consume(new Preparer(c.notice(), c.data(), Workloads.assessmentDate(c.notice()), Settings.defaults())
          .prepareAll());
    }
  }

  @Benchmark
  public void reference(Blackhole bh) {
    for (NoticeAndData c : councils) {
      bh.consume(reference.evaluate(c.notice(), c.data(), Workloads.assessmentDate(c.notice())));
    }
  }
}
