package org.improvementnotice.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.improvementnotice.model.Notice;
import org.improvementnotice.rules.Status;
import org.junit.jupiter.api.Test;

class TextReportTest {

  private static String write(Evaluation evaluation, int width, boolean summary) {
    StringWriter out = new StringWriter();
    TextReport report = TextReport.ofWidth(width);
    if (summary) {
      report.writeSummary(evaluation, new PrintWriter(out));
    } else {
      report.write(evaluation, new PrintWriter(out));
    }
    return out.toString();
  }

  @Test
  void explanationsAreWrappedAtTheWidthAndNeverCut() {
    Evaluation evaluation = Reports.failing();
    for (int width : new int[] {60, 80, 100}) {
      for (boolean summary : new boolean[] {true, false}) {
        String text = write(evaluation, width, summary);
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(width));
        assertThat(text).doesNotContain("…");
        // every word of every explanation is there whole
        String flat = text.replaceAll("\\s+", " ");
        evaluation.latest().failed().forEach(f -> assertThat(flat).contains(new Readings(evaluation).explanation(f)));
      }
    }
  }

  @Test
  void aLongNoteIsWrappedAtTheWidthWithEveryWordKept() {
    String note = "-- REAL FIGURES: kent-2011-dfe for Kent (886). Every figure is the DfE's published statistics "
        + "(d3_cpps_subsequent_plan_2013_to_2025.csv, d5_cpps_at31march_by_duration_2013_to_2025.csv; Open Government "
        + "Licence v3.0); publication dates assumed from the DfE calendar.";
    StringWriter out = new StringWriter();
    TextReport.ofWidth(80).writeNote(note, new PrintWriter(out, true));
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSizeGreaterThan(2).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    assertThat(lines.get(0)).startsWith("-- REAL FIGURES");
    assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).startsWith("   "));
    assertThat(String.join(" ", lines).replaceAll("\\s+", " ")).isEqualTo(note);
  }

  @Test
  void statusesAreInWordsValuesHaveUnitsAndTheOriginIsAPath() {
    String text = write(Reports.failing().withNote(Evaluation.ILLUSTRATIVE), 100, false);
    assertThat(text).contains("Missed", "Data: data from /tmp/test data/", "Note: The figures are illustrative",
        "% against at least 65%", "January to March 2013", "as at 30 June 2013");
    assertThat(text).doesNotContain("file:", "MISSED", "ON_TRACK", "NOT_YET_DUE", "RED ", "GREY ");
  }

  @Test
  void controlCharactersFromTheNoticeNeverReachTheTerminal() {
    for (String payload : SafeTextTest.PAYLOADS) {
      Notice notice = Reports.notice("Council " + payload.replace("\"", ""), "NI 59 " + payload.replace("\"", ""));
      Evaluation evaluation = Reports.evaluation(notice, Reports.data(notice.recipient().council(), "50", "50", "50",
          "50", "50", "50"), java.time.LocalDate.of(2013, 6, 30));
      String text = write(evaluation, 100, false) + write(evaluation, 100, true);
      assertThat(SafeTextTest.controls(text)).as("payload %s", Arrays.toString(payload.chars().toArray())).isZero();
    }
  }

  @Test
  void everyStatusHasItsWords() {
    assertThat(Status.values()).allSatisfy(s -> assertThat(StatusWords.hasWords(s)).as("%s", s).isTrue());
    assertThat(Arrays.stream(Status.values()).map(StatusWords::of).distinct()).hasSize(Status.values().length);
  }

  @Property
  void wrappingKeepsEveryWordWholeAndInOrder(@ForAll @StringLength(max = 400) String text,
      @ForAll @IntRange(min = 5, max = 120) int width) {
    List<String> lines = TextReport.wrapWords(text, width);
    String joined = String.join(" ", lines);
    assertThat(joined).isEqualTo(SafeText.oneLine(text));
    assertThat(lines).allSatisfy(line -> assertThat(line.length() <= width || !line.contains(" ")).isTrue());
  }
}
