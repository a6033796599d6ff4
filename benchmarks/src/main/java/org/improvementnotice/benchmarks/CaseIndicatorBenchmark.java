package org.improvementnotice.benchmarks;

import java.time.LocalDate;
import java.util.Optional;
import java.util.SplittableRandom;
import org.improvementnotice.cases.CaseId;
import org.improvementnotice.cases.CaseRecord;
import org.improvementnotice.cases.CaseRecords;
import org.improvementnotice.cases.CoreAssessment;
import org.improvementnotice.cases.IndicatorCalculator;
import org.improvementnotice.cases.InitialAssessment;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.time.Period;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * NI 59 and NI 60 for a financial year from 1,000,000 referrals, each with an initial assessment and a core
 * assessment, on one thread. Goal: at most 0.5 s for both. Reproduce with
 * {@code java -jar benchmarks/target/benchmarks.jar CaseIndicatorBenchmark}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class CaseIndicatorBenchmark extends OneThreadBenchmark {

  private static final LocalDate PUBLISHED = LocalDate.of(2010, 5, 1);
  private static final Period YEAR = Period.parse("FY2009-10");

  @Param("1000000")
  public int referrals;

  private IndicatorCalculator calculator;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20090401L);
    CaseRecords.Builder b = CaseRecords.builder();
    LocalDate first = YEAR.start().minusDays(30);
    for (int i = 0; i < referrals; i++) {
      CaseId caseId = CaseId.of("C" + i);
      LocalDate referral = first.plusDays(random.nextInt(395));
      b.addCase(new CaseRecord(caseId, referral, Optional.empty()));
      b.addInitialAssessment(new InitialAssessment("IA" + i, caseId, referral,
          Optional.of(referral.plusDays(random.nextInt(20)))));
      LocalDate commenced = referral.plusDays(random.nextInt(15));
      b.addCoreAssessment(new CoreAssessment("CA" + i, caseId, commenced,
          random.nextInt(10) == 0 ? Optional.empty() : Optional.of(commenced.plusDays(random.nextInt(70)))));
    }
    calculator = IndicatorCalculator.of(b.build());
  }

  @Benchmark
  public Observation ni59() {
    return calculator.ni59(YEAR, "benchmark", PUBLISHED).orElseThrow();
  }

  @Benchmark
  public Observation ni60() {
    return calculator.ni60(YEAR, "benchmark", PUBLISHED).orElseThrow();
  }

  @Benchmark
  public Observation[] ni59AndNi60() {
    return new Observation[] {ni59(), ni60()};
  }
}
