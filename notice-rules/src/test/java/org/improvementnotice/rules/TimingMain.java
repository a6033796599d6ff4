package org.improvementnotice.rules;

import java.time.LocalDate;

/**
 * Rough timings, run by hand (not a test): JVM start to the first report, engine creation, and the mean
 * evaluation time of the Surrey notice once warm.
 * {@code java -cp target/classes:target/test-classes:<deps> org.improvementnotice.rules.TimingMain}
 */
public final class TimingMain {
  private TimingMain() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    ComplianceEngine engine = ComplianceEngine.create();
    long created = System.nanoTime();
    var notice = Surrey.notice();
    var data = Surrey.data();
    ComplianceReport first = engine.evaluate(notice, data, LocalDate.of(2009, 12, 20));
    long firstDone = System.nanoTime();
    long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
    for (int i = 0; i < 5000; i++) {
      engine.evaluate(notice, data, LocalDate.of(2009, 12, 20));
    }
    int n = 5000;
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      engine.evaluate(notice, data, LocalDate.of(2009, 12, 20));
    }
    long t1 = System.nanoTime();
    System.out.printf("create %d ms, first evaluation %d ms, JVM uptime at first report %d ms, "
        + "warm mean %d us per evaluation (%d findings)%n", (created - start) / 1_000_000,
        (firstDone - created) / 1_000_000, uptime, (t1 - t0) / n / 1000, first.findings().size());
  }
}
