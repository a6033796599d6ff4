package org.improvementnotice.reports;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.rules.ComplianceEngine;
import org.improvementnotice.rules.ComplianceReport;
import org.improvementnotice.rules.Settings;

/**
 * One notice evaluated: at one date, or at each point of its assessment schedule (the last report is the
 * latest). Immutable.
 *
 * @param notice the notice
 * @param data the performance data used
 * @param dataSource where the data came from, for the reader; a {@code file:} URI in it is shown as a path
 * @param reports the reports, in date order, never empty
 * @param note what the reader should know about the figures, shown beside them ("The figures are
 *     illustrative ..."), if anything
 * @param settings the settings of the engine that made the reports, which the audit record of the JSON report
 *     states
 */
public record Evaluation(Notice notice, PerformanceData data, String dataSource, List<ComplianceReport> reports,
    Optional<String> note, Settings settings) {
  /** The note for data made up to show the library at work, not published figures. */
  public static final String ILLUSTRATIVE = "The figures are illustrative, made up to show the library at work: "
      + "they are not the council's published statistics.";

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param notice the notice
   * @param data the performance data used
   * @param dataSource where the data came from, for the reader; a {@code file:} URI in it is shown as a path
   * @param reports the reports, in date order, never empty
   * @param note what the reader should know about the figures, shown beside them ("The figures are illustrative ..."),
   *     if anything
   * @param settings the settings of the engine that made the reports
   */
  public Evaluation {
    requireNonNull(notice, "notice");
    requireNonNull(data, "data");
    requireNonNull(dataSource, "dataSource");
    reports = List.copyOf(requireNonNull(reports, "reports"));
    requireNonNull(note, "note");
    requireNonNull(settings, "settings");
    if (reports.isEmpty()) {
      throw new IllegalArgumentException("An evaluation has at least one report");
    }
  }

  /**
   * An evaluation with no note, of reports made by an engine with the default settings.
   *
   * @param notice the notice
   * @param data the performance data used
   * @param dataSource where the data came from
   * @param reports the reports, in date order, never empty
   * @throws IllegalArgumentException if there is no report
   */
  public Evaluation(Notice notice, PerformanceData data, String dataSource, List<ComplianceReport> reports) {
    this(notice, data, dataSource, reports, Optional.empty(), Settings.defaults());
  }

  /**
   * An evaluation with no note, of reports made by an engine with the settings.
   *
   * @param notice the notice
   * @param data the performance data used
   * @param dataSource where the data came from
   * @param reports the reports, in date order, never empty
   * @param settings the settings of the engine that made the reports
   * @throws IllegalArgumentException if there is no report
   */
  public Evaluation(Notice notice, PerformanceData data, String dataSource, List<ComplianceReport> reports,
      Settings settings) {
    this(notice, data, dataSource, reports, Optional.empty(), settings);
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
    return new Evaluation(notice, data, dataSource, List.of(engine.evaluate(notice, data, asAt)), engine.settings());
  }

  /**
   * Evaluates the notice at each assessment point; a notice without a schedule is evaluated at its end
   * date, or today if it has none.
   *
   * @param engine the engine
   * @param notice the notice
   * @param data the performance data
   * @param dataSource where the data came from, for the reader
   * @return the evaluation, with one report per assessment point
   */
  public static Evaluation overSchedule(ComplianceEngine engine, Notice notice, PerformanceData data,
      String dataSource) {
    List<ComplianceReport> reports = engine.evaluateSchedule(notice, data);
    if (reports.isEmpty()) {
      return at(engine, notice, data, dataSource, notice.end().orElse(LocalDate.now()));
    }
    return new Evaluation(notice, data, dataSource, reports, engine.settings());
  }

  /**
   * {@return a notice over its schedule up to the day a later notice supersedes it, ending with its final verdict
   * taken that day} ({@link ComplianceEngine#evaluateSchedule(Notice, PerformanceData, Notice)})
   *
   * @param engine the engine
   * @param notice the earlier notice
   * @param data the council's data
   * @param dataSource where the data came from, for people
   * @param successor the later notice, which supersedes the earlier one from its issue date
   * @throws IllegalArgumentException if the successor does not supersede the notice, or is not issued after it
   */
  public static Evaluation supersededBy(ComplianceEngine engine, Notice notice, PerformanceData data,
      String dataSource, Notice successor) {
    return new Evaluation(notice, data, dataSource, engine.evaluateSchedule(notice, data, successor),
        engine.settings());
  }

  /**
   * The same evaluation with a note about its figures.
   *
   * @param text the note ({@link #ILLUSTRATIVE} for made-up figures)
   * @return a copy carrying the note
   */
  public Evaluation withNote(String text) {
    return new Evaluation(notice, data, dataSource, reports, Optional.of(requireNonNull(text, "text")), settings);
  }

  /**
   * How a report is named for a person: its assessment point, marked when it is the final verdict ("Final
   * verdict (final review)"; "Final verdict" alone when no schedule point names it).
   *
   * @param report the report
   * @return the name, or empty for a report at a date of no assessment point
   */
  public static Optional<String> assessmentName(ComplianceReport report) {
    if (!report.isFinal()) {
      return report.assessment();
    }
    String name = report.assessment().orElse(ComplianceEngine.FINAL_VERDICT);
    return Optional.of(name.equals(ComplianceEngine.FINAL_VERDICT) ? name : ComplianceEngine.FINAL_VERDICT + " (" + name
        + ")");
  }

  /**
   * The latest report.
   *
   * @return the last report
   */
  public ComplianceReport latest() {
    return reports.get(reports.size() - 1);
  }

  /**
   * Where the data came from, for a person: a {@code file:} URI is shown as the path it names
   * ({@code data from /home/a/data/}), a directory inside a jar as the jar's path and the directory.
   *
   * @return the data source with its URIs made paths
   */
  public String dataSourceForPeople() {
    return Origins.forPeople(dataSource);
  }

  /**
   * The verdict of a report: complied with so far (complied with, for a {@linkplain ComplianceReport#isFinal()
   * final verdict}), or not, with the number of failures. This is the JSON report's wording; the text and HTML
   * reports say it in sentence case.
   *
   * @param report the report
   * @return "COMPLIED WITH SO FAR" ("COMPLIED WITH" for a final verdict) or "NOT COMPLIED WITH: n requirements
   *     failed"
   */
  public static String verdict(ComplianceReport report) {
    int failed = report.failed().size();
    return report.compliedSoFar()
        ? (report.isFinal() ? "COMPLIED WITH" : "COMPLIED WITH SO FAR")
        : "NOT COMPLIED WITH: " + failed + (failed == 1 ? " requirement failed" : " requirements failed");
  }

  /**
   * The verdict for a person: "Complied with so far" ("Complied with" for a {@linkplain ComplianceReport#isFinal()
   * final verdict}) or "Not complied with: 3 requirements failed".
   *
   * @param report the report
   * @return the verdict in sentence case
   */
  public static String verdictInWords(ComplianceReport report) {
    int failed = report.failed().size();
    return report.compliedSoFar()
        ? (report.isFinal() ? "Complied with" : "Complied with so far")
        : "Not complied with: " + failed + (failed == 1 ? " requirement failed" : " requirements failed");
  }
}
