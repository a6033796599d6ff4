package org.improvementnotice.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.data.Ratio;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.language.NoticeLanguage;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.rules.ComplianceEngine;
import org.improvementnotice.rules.ComplianceReport;

/**
 * Cold start, JVM start to first verdict: reads the Surrey 2008 notice from its text, makes a year and a half of
 * plain figures for each of its indicators, creates the engine and evaluates once, then prints the JVM's uptime at
 * the verdict. {@code benchmarks/cold-start.sh} runs it several times and reports the median wall time.
 */
public final class ColdStartMain {
  private ColdStartMain() {}

  public static void main(String[] args) throws IOException {
    long start = System.nanoTime();
    String text;
    try (InputStream in = ColdStartMain.class.getResourceAsStream("surrey-2008.notice")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Notice notice = NoticeLanguage.parse("surrey-2008.notice", text);
    LocalDate asAt = LocalDate.of(2009, 12, 20);
    PerformanceData.Builder data = PerformanceData.builder(notice.recipient().council());
    for (Indicator ind : notice.indicators()) {
      for (Period p = ind.reportingPeriod().containing(notice.issued().date().minusMonths(6));
          p.endInclusive().isBefore(asAt); p = p.next()) {
        LocalDate published = p.endInclusive().plusDays(20);
        if (ind.unit().isRate()) {
          Ratio r = Ratio.of(13, 20);
          data.addObservation(new Observation(ind.id(), p, ind.unit().ofRatio(r.numerator(), r.denominator()),
              Optional.of(r), "cold start", published));
        } else {
          data.addObservation(Observation.of(ind.id(), p, BigDecimal.valueOf(12), "cold start", published));
        }
      }
    }
    PerformanceData built = data.build();
    long read = System.nanoTime();
    ComplianceEngine engine = ComplianceEngine.create();
    long created = System.nanoTime();
    ComplianceReport report = engine.evaluate(notice, built, asAt);
    long evaluated = System.nanoTime();
    long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
    System.out.printf("first verdict: %d findings, complied so far %s; JVM uptime %d ms = JVM start %d ms"
            + " + notice and data %d ms + engine %d ms + first evaluation %d ms%n", report.findings().size(),
        report.compliedSoFar(), uptime, uptime - (evaluated - start) / 1_000_000, (read - start) / 1_000_000,
        (created - read) / 1_000_000, (evaluated - created) / 1_000_000);
  }
}
