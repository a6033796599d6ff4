package org.improvementnotice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.improvementnotice.reports.JsonReport;
import org.improvementnotice.reports.Evaluation;
import org.improvementnotice.reports.TextReport;
import org.improvementnotice.model.Notice;
import org.improvementnotice.rules.ComplianceEngine;
import org.improvementnotice.model.language.NoticeLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoticeCommandTest {

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
  void helpListsTheCommandsAndTheExitCodes() {
    Run run = run("--help");
    assertThat(run.code()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("evaluate", "validate", "print", "Exit codes:", "--version")
        .containsPattern("\\n\\s*3\\s+invalid notice").containsPattern("\\n\\s*4\\s+invalid data")
        .containsPattern("\\n\\s*70\\s+internal error");
  }

  @Test
  void evaluateHelpListsTheExitCodesToo() {
    Run run = run("evaluate", "--help");
    assertThat(run.code()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("--as-at=<date>", "--schedule", "--format", "Exit codes:")
        .containsPattern("\\n\\s*2\\s+usage error");
  }

  @Test
  void versionIsPrinted() {
    Run run = run("--version");
    assertThat(run.code()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).startsWith("improvement-notice 0.1.0-SNAPSHOT").doesNotContain("${");
  }

  @ParameterizedTest
  @CsvSource({"2009-02-30", "30/06/2009", "yesterday"})
  void aBadDateIsAUsageErrorNamingTheText(String date) {
    Run run = run("evaluate", "surrey-2008", "--as-at", date);
    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("'" + date + "' is not a date");
  }

  @Test
  void unknownOptionsAndBothWhensAreUsageErrors() {
    assertThat(run("evaluate", "surrey-2008", "--colour").code()).isEqualTo(ExitCode.USAGE);
    assertThat(run("evaluate", "surrey-2008", "--as-at", "2009-06-30", "--schedule").code())
        .isEqualTo(ExitCode.USAGE);
    assertThat(run("evaluate", "surrey-2008", "--format", "pdf").code()).isEqualTo(ExitCode.USAGE);
    assertThat(run("evaluate").code()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void aMissingNoticeFileIsAnIoErrorNamingThePath() {
    String path = dir.resolve("nowhere.notice").toString();
    Run run = run("evaluate", path);
    assertThat(run.code()).isEqualTo(ExitCode.IO_ERROR);
    assertThat(run.err()).contains(path, "no such notice file");
  }

  @Test
  void aMissingDataDirectoryIsAnIoErrorNamingThePath() {
    String path = dir.resolve("no-data").toString();
    Run run = run("evaluate", "surrey-2008", "--data", path);
    assertThat(run.code()).isEqualTo(ExitCode.IO_ERROR);
    assertThat(run.err()).contains(path, "no such data directory");
  }

  @Test
  void aNoticeWithASyntaxErrorIsInvalidWithItsLineAndColumn() throws IOException {
    Path notice = dir.resolve("bad.notice");
    Files.writeString(notice, "notice bad\nrecipient \"A Council\"\nissuer \"DfE\"\nissued 1 May 2012\n"
        + "indicator \"NI 59\"\nmeasure m1 \"Clause.\"\n  targets \"NI 95\" at least 65% in quarter to 31 March 2013\n");
    Run run = run("validate", notice.toString());
    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(ExitCode.INVALID_NOTICE);
    assertThat(run.err()).contains(notice + ":7:").contains("NI 95");
  }

  @Test
  void aBadCsvRowIsInvalidDataWithItsFileLineAndColumn() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("observations.csv"),
        "indicator,period,value,numerator,denominator,source,published\n"
            + "NI 59,2009-01,61.5,,,monthly return,2009-02-10\n"
            + "NI 59,2009-02,sixty,,,monthly return,2009-03-10\n", StandardCharsets.UTF_8);
    Run run = run("evaluate", "surrey-2008", "--data", data.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.INVALID_DATA);
    assertThat(run.err()).contains("observations.csv:3:15: value: 'sixty' is not a number");
  }

  @ParameterizedTest(name = "{1} in {0}")
  @CsvSource(delimiter = '|', value = {
      "NI 59,2009-13,61.5,,,monthly return,2009-02-10 | 2009-13    | period",
      "NI 59,2009-01,61.5,,,monthly return,2009-02-30 | 2009-02-30 | published",
      "NI 59,2009-01,61.5,12,,monthly return,2009-02-10 | 12       | denominator",
      "NI 59,2009-01,61.5,,x,monthly return,2009-02-10 | x         | denominator"})
  void eachBadValueIsReportedAtItsLineAndColumn(String row, String bad, String column) throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("observations.csv"),
        "indicator,period,value,numerator,denominator,source,published\n" + row + "\n", StandardCharsets.UTF_8);
    Run run = run("evaluate", "surrey-2008", "--data", data.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.INVALID_DATA);
    assertThat(run.err()).contains("observations.csv:2:");
    assertThat(run.err()).contains(column);
    if (!column.equals("denominator")) {
      assertThat(run.err()).contains("observations.csv:2:" + (row.indexOf(bad) + 1) + ": " + column);
    }
  }

  @Test
  void dataThatDoesNotFitTheNoticeIsInvalidDataAtItsRow() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("observations.csv"),
        "indicator,period,value,numerator,denominator,source,published\n"
            + "NI 59,2009-01,161.5,,,monthly return,2009-02-10\n", StandardCharsets.UTF_8);
    Run run = run("validate", "surrey-2008", "--data", data.toString());
    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(ExitCode.INVALID_DATA);
    assertThat(run.err()).contains("observations.csv:2");
  }

  @Test
  void evaluatesAtADateAsATextTable() throws IOException {
    Path data = Fixtures.surreyData(dir.resolve("data"), 6, "2.0");
    Run run = run("evaluate", "surrey-2008", "--data", data.toString(), "--as-at", "2009-06-30");
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("as at 30 June 2009", "requirement", "figure against target", "ni59.1", "Verdict: ");
  }

  @Test
  void failsOnNonComplianceOnlyWhenAsked() {
    assertThat(run("evaluate", "surrey-2008", "--as-at", "2010-09-30").code()).isEqualTo(ExitCode.OK);
    Run run = run("evaluate", "surrey-2008", "--as-at", "2010-09-30", "--fail-on-non-compliance");
    assertThat(run.code()).isEqualTo(ExitCode.NON_COMPLIANT);
    assertThat(run.out()).contains("Not complied with");
  }

  @Test
  void writesJsonThatReadsBack() throws IOException {
    Path data = Fixtures.surreyData(dir.resolve("data"), 12, "1.5");
    Path json = dir.resolve("out/report.json");
    Run run = run("evaluate", "surrey-2008", "--data", data.toString(), "--schedule", "--format", "json",
        "--out", json.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("Wrote the json report to");
    JsonReport.Document doc = JsonReport.read(new StringReader(Files.readString(json)));
    assertThat(doc.schema()).isEqualTo(JsonReport.SCHEMA);
    assertThat(doc.notices()).singleElement().satisfies(n -> assertThat(n.reports()).hasSize(8));
  }

  @Test
  void writesAnHtmlReportToAFile() throws IOException {
    Path html = dir.resolve("kent.html");
    Run run = run("evaluate", "kent-2011", "--format", "html", "--out", html.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("Kent County Council (kent-2011)");
  }

  @Test
  void theMainJobFailsOnNonComplianceOnlyWhenAsked() {
    Run run = run("--fail-on-non-compliance", "--out", dir.resolve("r.html").toString());
    assertThat(run.code()).isEqualTo(ExitCode.NON_COMPLIANT);
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
  void validatesABundledNotice() {
    Run run = run("validate", "west-sussex-2011");
    assertThat(run.code()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("west-sussex-2011: valid");
  }
}
