package org.improvementnotice.reports;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.improvementnotice.reports.Evaluation;
import org.improvementnotice.rules.ComplianceReport;
import org.improvementnotice.rules.Finding;

/**
 * The text report: per report a table fitted to the terminal's width (requirement, status, RAG, value vs
 * target, period) and the verdict; or, in summary form, one line per report.
 */
public final class TextReport {
  /** The width used when the terminal's is not known ({@code COLUMNS} unset). */
  public static final int DEFAULT_WIDTH = 100;
  private static final int MIN_WIDTH = 60;

  private final int width;

  private TextReport(int width) {
    this.width = Math.max(MIN_WIDTH, width);
  }

  /** A report as wide as the terminal ({@code COLUMNS}), else {@value #DEFAULT_WIDTH} columns. */
  public static TextReport forTerminal() {
    int width = DEFAULT_WIDTH;
    String columns = System.getenv("COLUMNS");
    if (columns != null && columns.matches("\\d{1,4}")) {
      width = Integer.parseInt(columns);
    }
    return new TextReport(width);
  }

  /** A report of the width (at least 60). */
  public static TextReport ofWidth(int width) {
    return new TextReport(width);
  }

  /** Writes the heading, and per report its table and verdict. */
  public void write(Evaluation evaluation, PrintWriter out) {
    heading(evaluation, out);
    for (ComplianceReport report : evaluation.reports()) {
      out.println();
      out.println(title(report));
      table(report, out);
      out.println("Verdict: " + Evaluation.verdict(report) + "   " + counts(report));
    }
    out.flush();
  }

  /** Writes the heading, one line per report, and the latest report's failures. */
  public void writeSummary(Evaluation evaluation, PrintWriter out) {
    heading(evaluation, out);
    for (ComplianceReport report : evaluation.reports()) {
      out.println("  " + fit(title(report), 60) + "  " + Evaluation.verdict(report));
    }
    ComplianceReport latest = evaluation.latest();
    out.println("  Latest: " + counts(latest));
    for (Finding failed : latest.failed()) {
      out.println("    " + fit(failed.requirement() + " " + failed.status() + ": " + failed.explanation(), width - 4));
    }
    out.flush();
  }

  private static void heading(Evaluation evaluation, PrintWriter out) {
    out.println("== " + evaluation.notice().id() + ": " + evaluation.notice().recipient().council()
        + " (" + evaluation.dataSource() + ")");
  }

  private static String title(ComplianceReport report) {
    return report.assessment().map(a -> a + ", ").orElse("") + "as at " + report.asAt();
  }

  static String counts(ComplianceReport report) {
    return report.countsByRag().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", ")) + "; " + report.findings().size() + " findings";
  }

  private void table(ComplianceReport report, PrintWriter out) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"requirement", "status", "RAG", "value vs target", "period"});
    for (Finding f : report.findings()) {
      rows.add(new String[] {f.requirement().value(), f.status().name(), f.rag().name(), Figures.valueVsTarget(f),
          Figures.period(f)});
    }
    int[] widths = new int[5];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    // the value column takes what is left of the width; the others keep their natural width
    int others = widths[0] + widths[1] + widths[2] + widths[4] + 4 * 2;
    widths[3] = Math.max(10, Math.min(widths[3], width - others));
    widths[0] = Math.min(widths[0], 24);
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          line.append("  ");
        }
        line.append(pad(fit(row[i], widths[i]), widths[i]));
      }
      out.println(line.toString().stripTrailing());
    }
  }

  static String fit(String text, int max) {
    String flat = text.replaceAll("\\s+", " ");
    return flat.length() <= max ? flat : flat.substring(0, Math.max(0, max - 1)) + "…";
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
