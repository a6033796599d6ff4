package org.improvementnotice.reports;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.improvementnotice.model.Rag;
import org.improvementnotice.rules.ComplianceReport;
import org.improvementnotice.rules.Finding;

/**
 * The text report: per report a table fitted to the terminal's width (requirement, status in words, figure
 * against target with its unit, period), the verdict and what is red and why; or, in summary form, one line
 * per report and the latest report's failures. Long text is wrapped at the width, between words, never cut;
 * control characters from notices and data are neutralised ({@link SafeText}).
 */
public final class TextReport {
  /** The width used when the terminal's is not known ({@code COLUMNS} unset). */
  public static final int DEFAULT_WIDTH = 100;
  private static final int MIN_WIDTH = 60;
  private static final String[] HEADER = {"requirement", "status", "figure against target", "period"};

  private final int width;

  private TextReport(int width) {
    this.width = Math.max(MIN_WIDTH, width);
  }

  /**
   * A report as wide as the terminal.
   *
   * @return a report {@code COLUMNS} wide, else {@value #DEFAULT_WIDTH} columns
   */
  public static TextReport forTerminal() {
    int width = DEFAULT_WIDTH;
    String columns = System.getenv("COLUMNS");
    if (columns != null && columns.matches("\\d{1,4}")) {
      width = Integer.parseInt(columns);
    }
    return new TextReport(width);
  }

  /**
   * A report of the width.
   *
   * @param width the width in characters (at least 60 is used)
   * @return the report
   */
  public static TextReport ofWidth(int width) {
    return new TextReport(width);
  }

  /**
   * Writes the heading, and per report its table, verdict and what is red and why.
   *
   * @param evaluation the evaluation
   * @param out where to write; flushed, not closed
   */
  public void write(Evaluation evaluation, PrintWriter out) {
    Readings readings = new Readings(requireNonNull(evaluation, "evaluation"));
    heading(evaluation, out);
    for (ComplianceReport report : evaluation.reports()) {
      out.println();
      out.println(SafeText.oneLine(title(report)));
      table(report, readings, out);
      wrap("Verdict: " + Evaluation.verdictInWords(report) + " (" + counts(report) + ")", "", "  ")
          .forEach(out::println);
      List<Finding> red = red(report);
      if (!red.isEmpty()) {
        out.println("What is red and why:");
        red.forEach(f -> why(f, readings, "  ", out));
      }
    }
    out.flush();
  }

  /**
   * Writes the heading, one line per report, and the latest report's failures with their explanations.
   *
   * @param evaluation the evaluation
   * @param out where to write; flushed, not closed
   */
  public void writeSummary(Evaluation evaluation, PrintWriter out) {
    Readings readings = new Readings(requireNonNull(evaluation, "evaluation"));
    heading(evaluation, out);
    for (ComplianceReport report : evaluation.reports()) {
      String line = "  " + pad(SafeText.oneLine(title(report)), 48) + "  " + Evaluation.verdictInWords(report);
      if (line.length() <= width) {
        out.println(line);
      } else {
        wrap(title(report) + ": " + Evaluation.verdictInWords(report), "  ", "    ").forEach(out::println);
      }
    }
    ComplianceReport latest = evaluation.latest();
    wrap("Latest: " + counts(latest), "  ", "    ").forEach(out::println);
    for (Finding failed : latest.failed()) {
      why(failed, readings, "    ", out);
    }
    if (!latest.failedByOthers().isEmpty()) {
      out.println("  Duties of others, not counted in the verdict:");
      for (Finding failed : latest.failedByOthers()) {
        why(failed, readings, "    ", out);
      }
    }
    out.flush();
  }

  private void heading(Evaluation evaluation, PrintWriter out) {
    out.println(SafeText.oneLine("== " + evaluation.notice().id() + ": " + evaluation.notice().recipient().council()));
    wrap("Data: " + evaluation.dataSourceForPeople(), "   ", "     ").forEach(out::println);
    evaluation.note().ifPresent(note -> wrap("Note: " + SafeText.oneLine(note), "   ", "     ").forEach(out::println));
    List<String> assumed = evaluation.notice().assumedFacts();
    if (!assumed.isEmpty()) {
      wrap("Assumed, not stated in the text: " + SafeText.oneLine(String.join("; ", assumed)), "   ", "     ")
          .forEach(out::println);
    }
  }

  private void why(Finding finding, Readings readings, String indent, PrintWriter out) {
    String text = finding.requirement() + " " + StatusWords.of(finding.status()) + ": " + readings.explanation(finding);
    wrap(text, indent, indent + "  ").forEach(out::println);
  }

  /** The findings shown under "what is red and why": the failures, and any other red finding. */
  static List<Finding> red(ComplianceReport report) {
    return report.findings().stream().filter(f -> f.status().isFailure() || f.rag() == Rag.RED).toList();
  }

  private static String title(ComplianceReport report) {
    return Evaluation.assessmentName(report).map(a -> a + ", ").orElse("") + "as at " + Dates.date(report.asAt());
  }

  /**
   * The report's findings counted by colour in words.
   *
   * @param report the report
   * @return "7 red, 5 amber, 22 green, 16 grey; 50 findings"
   */
  static String counts(ComplianceReport report) {
    int total = report.findings().size();
    return report.countsByRag().entrySet().stream()
        .map(e -> e.getValue() + " " + StatusWords.of(e.getKey()).toLowerCase(java.util.Locale.ROOT))
        .collect(Collectors.joining(", ")) + "; " + total + (total == 1 ? " finding" : " findings");
  }

  private void table(ComplianceReport report, Readings readings, PrintWriter out) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    for (Finding f : report.findings()) {
      String figure = readings.figureAgainstTarget(f);
      String period = readings.period(f);
      rows.add(new String[] {f.requirement().value(), StatusWords.of(f.status()), figure.isEmpty() ? "-" : figure,
          period.isEmpty() ? "-" : period});
    }
    int[] widths = new int[HEADER.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    // the figure column gives way first, then the period, then the requirement; cells wrap between words
    widths[0] = Math.min(widths[0], 28);
    widths[3] = Math.min(widths[3], 24);
    int[] least = {12, widths[1], 16, 10};
    for (int i : new int[] {2, 3, 0}) {
      int over = widths[0] + widths[1] + widths[2] + widths[3] + 3 * 2 - width;
      if (over > 0) {
        widths[i] = Math.max(Math.min(least[i], widths[i]), widths[i] - over);
      }
    }
    for (String[] row : rows) {
      List<List<String>> cells = new ArrayList<>();
      int height = 1;
      for (int i = 0; i < row.length; i++) {
        List<String> lines = wrapWords(row[i], widths[i]);
        cells.add(lines);
        height = Math.max(height, lines.size());
      }
      for (int line = 0; line < height; line++) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
          if (i > 0) {
            text.append("  ");
          }
          List<String> lines = cells.get(i);
          text.append(pad(line < lines.size() ? lines.get(line) : "", widths[i]));
        }
        out.println(text.toString().stripTrailing());
      }
    }
  }

  /**
   * Writes a note (what the reader should know about a run's figures) wrapped between words to the report's
   * width, its later lines indented.
   *
   * @param note the note
   * @param out where to write it
   */
  public void writeNote(String note, PrintWriter out) {
    wrap(note, "", "   ").forEach(out::println);
  }

  /** The text on lines of at most the report's width, the first after {@code first}, the rest after {@code rest}. */
  List<String> wrap(String text, String first, String rest) {
    List<String> lines = wrapWords(text, width - rest.length());
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      out.add((i == 0 ? first : rest) + lines.get(i));
    }
    return out;
  }

  /**
   * The text, neutralised and on one line, broken into lines of at most {@code max} characters between
   * words; a word longer than {@code max} stands alone on its line, whole.
   */
  static List<String> wrapWords(String text, int max) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : SafeText.oneLine(text).split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > max) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
