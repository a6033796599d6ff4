package org.improvementnotice.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.improvementnotice.cli.Fixtures.run;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.improvementnotice.cli.Fixtures.Run;
import org.improvementnotice.reports.JsonReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands on notices and data of the tests' own (the samples are not on this module's class path). */
class NoticeCommandTest {

  @TempDir
  Path dir;

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

  @Test
  void withNoCommandAndNoSamplesItPrintsTheUsageAndExitsWithAUsageError() {
    Run run = run();
    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("Usage: improvement-notice", "evaluate", "the samples are not installed");
  }

  @Test
  void aSampleIdReadsFromTheSamplesDirectoryTheLauncherNames() throws IOException {
    Path samples = dir.resolve("samples");
    Fixtures.surreyNotice(samples.resolve("notices"));
    Fixtures.surreyData(samples.resolve("data/surrey-2008"), 6, "2.0");
    String before = System.getProperty(Sources.SAMPLES_PROPERTY);
    System.setProperty(Sources.SAMPLES_PROPERTY, samples.toString());
    try {
      Run run = run("evaluate", "surrey-2008", "--as-at", "2009-06-30");
      assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
      assertThat(run.out()).contains("data from " + samples.resolve("data/surrey-2008"), "ni59.1");
    } finally {
      if (before == null) {
        System.clearProperty(Sources.SAMPLES_PROPERTY);
      } else {
        System.setProperty(Sources.SAMPLES_PROPERTY, before);
      }
    }
  }

  @Test
  void evaluatesAtADateAsATextTable() throws IOException {
    Path notice = Fixtures.surreyNotice(dir);
    Path data = Fixtures.surreyData(dir.resolve("data"), 6, "2.0");
    Run run = run("evaluate", notice.toString(), "--data", data.toString(), "--as-at", "2009-06-30");
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("as at 30 June 2009", "requirement", "figure against target", "ni59.1", "Verdict: ");
  }

  @Test
  void failsOnNonComplianceOnlyWhenAsked() throws IOException {
    Path notice = Fixtures.surreyNotice(dir);
    assertThat(run("evaluate", notice.toString(), "--as-at", "2010-09-30").code()).isEqualTo(ExitCode.OK);
    Run run = run("evaluate", notice.toString(), "--as-at", "2010-09-30", "--fail-on-non-compliance");
    assertThat(run.code()).isEqualTo(ExitCode.NON_COMPLIANT);
    assertThat(run.out()).contains("Not complied with");
  }

  @Test
  void writesJsonThatReadsBack() throws IOException {
    Path notice = Fixtures.surreyNotice(dir);
    Path data = Fixtures.surreyData(dir.resolve("data"), 12, "1.5");
    Path json = dir.resolve("out/report.json");
    Run run = run("evaluate", notice.toString(), "--data", data.toString(), "--schedule", "--format", "json",
        "--out", json.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("Wrote the json report to");
    JsonReport.Document doc = JsonReport.read(new StringReader(Files.readString(json)));
    assertThat(doc.schema()).isEqualTo(JsonReport.SCHEMA);
    assertThat(doc.notices()).singleElement().satisfies(n -> assertThat(n.reports()).hasSize(8));
  }

  @Test
  void writesAnHtmlReportToAFile() throws IOException {
    Path notice = Fixtures.surreyNotice(dir);
    Path html = dir.resolve("surrey.html");
    Run run = run("evaluate", notice.toString(), "--format", "html", "--out", html.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("Surrey County Council (surrey-2008)");
  }

  @Test
  void validatesANoticeAndItsData() throws IOException {
    Path notice = Fixtures.surreyNotice(dir);
    Path data = Fixtures.surreyData(dir.resolve("data"), 6, "2.0");
    Run run = run("validate", notice.toString(), "--data", data.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("surrey-2008: valid (2 measures", "data from " + data + ": valid (7 observations)");
  }
}
