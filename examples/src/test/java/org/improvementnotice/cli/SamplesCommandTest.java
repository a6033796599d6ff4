package org.improvementnotice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.language.NoticeLanguage;
import org.improvementnotice.reports.Evaluation;
import org.improvementnotice.reports.TextReport;
import org.improvementnotice.rules.ComplianceEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on the five source documents and their data, which this module holds as samples. */
class SamplesCommandTest {

  @TempDir
  Path dir;

  /** What a run printed and returned. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = NoticeCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void withNoCommandEvaluatesTheFiveNoticesAndWritesTheHtmlReportSayingWhere() throws IOException {
    Path html = dir.resolve("report.html");
    Run run = run("--out", html.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("== surrey-2008: Surrey County Council", "== kent-2011: Kent County Council",
        "== west-sussex-2011:", "== somerset-2013:", "== surrey-2018-plan:", "Evaluated 5 of 5 notices",
        "HTML report: " + html.toAbsolutePath());
    assertThat(Files.readString(html)).contains("<svg", "Surrey County Council (surrey-2018-plan)");
  }

  @Test
  void theMainJobFailsOnNonComplianceOnlyWhenAsked() {
    Run run = run("--fail-on-non-compliance", "--out", dir.resolve("r.html").toString());
    assertThat(run.code()).isEqualTo(ExitCode.NON_COMPLIANT);
  }

  @Test
  void evaluatesASampleByIdWithItsOwnData() {
    Run run = run("evaluate", "kent-2011", "--as-at", "2012-06-30");
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("as at 2012-06-30", "data from ").contains("data/kent-2011")
        .doesNotContain("file:/");
  }

  @Test
  void writesAnHtmlReportOfASampleToAFile() throws IOException {
    Path html = dir.resolve("kent.html");
    Run run = run("evaluate", "kent-2011", "--format", "html", "--out", html.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("Kent County Council (kent-2011)");
  }

  @Test
  void theTextTableFitsTheWidth() throws IOException {
    Notice notice = Sources.notice("kent-2011").notice();
    Sources.LoadedData data = Sources.data(notice, Optional.empty());
    Evaluation evaluation = Evaluation.at(ComplianceEngine.create(), notice, data.data(), data.describe(),
        LocalDate.of(2012, 6, 30));
    StringWriter text = new StringWriter();
    TextReport.ofWidth(80).write(evaluation, new PrintWriter(text));
    assertThat(text.toString().lines().filter(l -> !l.startsWith("==") && !l.startsWith("Verdict")))
        .isNotEmpty().allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(80));
  }

  @Test
  void printsTheCanonicalFormWhichReadsBackToTheSameNotice() throws IOException {
    Run run = run("print", "kent-2011");
    assertThat(run.code()).isEqualTo(ExitCode.OK);
    assertThat(NoticeLanguage.parse("printed", run.out())).isEqualTo(Sources.notice("kent-2011").notice());
    assertThat(run.out()).startsWith("notice kent-2011");
  }

  @Test
  void validatesASampleAndItsData() {
    Run run = run("validate", "west-sussex-2011", "--data", "src/main/resources/data/west-sussex-2011");
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("west-sussex-2011: valid",
        "data from src/main/resources/data/west-sussex-2011: valid");
  }

  @Test
  void aSampleWithoutDataIsEvaluatedWithEmptyDataAndSaysSo() throws IOException {
    for (String id : Sources.BUNDLED) {
      Sources.LoadedData data = Sources.data(Sources.notice(id).notice(), Optional.empty());
      if (data.found()) {
        assertThat(data.describe()).startsWith("data from ").endsWith("data/" + id);
      } else {
        assertThat(data.data().observations()).isEmpty();
        assertThat(data.describe()).contains("no data directory found");
      }
    }
  }
}
