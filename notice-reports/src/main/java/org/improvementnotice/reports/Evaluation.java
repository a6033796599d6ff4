package org.improvementnotice.reports;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.rules.ComplianceEngine;
import org.improvementnotice.rules.ComplianceReport;

/**
 * One notice evaluated: at one date, or at each point of its assessment schedule (the last report is the
 * latest). Immutable.
 *
 * @param notice the notice
 * @param data the performance data used
 * @param dataSource where the data came from, for the reader
 * @param reports the reports, in date order, never empty
 */
public record Evaluation(Notice notice, PerformanceData data, String dataSource, List<ComplianceReport> reports) {
  public Evaluation {
    requireNonNull(notice, "notice");
    requireNonNull(data, "data");
    requireNonNull(dataSource, "dataSource");
    reports = List.copyOf(requireNonNull(reports, "reports"));
    if (reports.isEmpty()) {
      throw new IllegalArgumentException("An evaluation has at least one report");
    }
  }

  /**
   * Evaluates the notice at the date.
   *
   * @param engine the engine
   * @param notice the notice
   * @param data the performance data
   * @param dataSource where the data came from, for the reader
   * @param asAt the assessment date
   * @return the evaluation, with one report
   */
  public static Evaluation at(ComplianceEngine engine, Notice notice, PerformanceData data, String dataSource,
      LocalDate asAt) {
    return new Evaluation(notice, data, dataSource, List.of(engine.evaluate(notice, data, asAt)));
  }

  /**
   * Evaluates the notice at each assessment point; a notice without a schedule is evaluated at its end
   * date, or today if it has none.
   */
  public static Evaluation overSchedule(ComplianceEngine engine, Notice notice, PerformanceData data,
      String dataSource) {
    List<ComplianceReport> reports = engine.evaluateSchedule(notice, data);
    if (reports.isEmpty()) {
      return at(engine, notice, data, dataSource, notice.end().orElse(LocalDate.now()));
    }
    return new Evaluation(notice, data, dataSource, reports);
  }

  /** The latest report. */
  public ComplianceReport latest() {
    return reports.get(reports.size() - 1);
  }

  /** The verdict of a report: complied with so far, or not, with the number of failures. */
  public static String verdict(ComplianceReport report) {
    int failed = report.failed().size();
    return report.compliedSoFar()
        ? "COMPLIED WITH SO FAR"
        : "NOT COMPLIED WITH: " + failed + (failed == 1 ? " requirement failed" : " requirements failed");
  }
}
