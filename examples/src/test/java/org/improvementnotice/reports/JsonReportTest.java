package org.improvementnotice.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.reports.Evaluation;
import org.improvementnotice.cli.Fixtures;
import org.improvementnotice.cli.Sources;
import org.improvementnotice.model.Notice;
import org.improvementnotice.rules.ComplianceEngine;
import org.improvementnotice.rules.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {

  @TempDir
  Path dir;

  @Test
  void aReportWrittenAndReadBackIsEqual() throws IOException {
    Evaluation evaluation = surrey();
    JsonReport.Document written = JsonReport.document(List.of(evaluation));
    StringWriter json = new StringWriter();
    JsonReport.write(written, json);
    JsonReport.Document read = JsonReport.read(new StringReader(json.toString()));
    assertThat(read).isEqualTo(written);
    // the round trip is not trivially empty: figures, periods, thresholds and absent values all made it
    assertThat(read.notices().get(0).reports()).hasSize(8);
    assertThat(read.notices().get(0).reports().stream().flatMap(r -> r.findings().stream())
        .flatMap(f -> f.values().stream())).anySatisfy(v -> assertThat(v.period()).isNotNull());
    assertThat(json.toString()).contains("\"schema\" : \"improvement-notice-report/5\"", "\"threshold\" : null",
        "\"asAt\" : \"2009-01-31\"");
    // the journey ends with the final verdict, a month after the notice's end (30 September 2010)
    assertThat(read.notices().get(0).reports()).extracting(JsonReport.ReportDto::finalVerdict)
        .containsExactly(false, false, false, false, false, false, false, true);
    assertThat(read.notices().get(0).reports().get(7).asAt()).isEqualTo("2010-10-30");
    assertThat(read.notices().get(0).reports().get(7).verdict()).startsWith("NOT COMPLIED WITH: ")
        .endsWith(" requirements failed");
  }

  @Test
  void aFindingKeepsEverythingItHolds() throws IOException {
    Evaluation evaluation = surrey();
    // ni59.2, forecast at 2009-07-31, holds the latest and expected figures
    Finding finding = evaluation.reports().get(2).finding("ni59.2").orElseThrow();
    JsonReport.FindingDto dto = JsonReport.finding(finding);
    assertThat(dto.requirement()).isEqualTo("ni59.2");
    assertThat(dto.measure()).isEqualTo(finding.measure().value());
    assertThat(dto.form()).isEqualTo(finding.form().name());
    assertThat(dto.formNumber()).isEqualTo(finding.form().number());
    assertThat(dto.status()).isEqualTo(finding.status().name());
    assertThat(dto.failure()).isEqualTo(finding.status().isFailure());
    assertThat(dto.rag()).isEqualTo(finding.rag().name());
    assertThat(dto.values()).hasSameSizeAs(finding.values()).isNotEmpty();
    assertThat(dto.values().get(0).value()).isEqualTo(finding.values().get(0).value().toPlainString());
    assertThat(Optional.ofNullable(dto.threshold())).isEqualTo(finding.threshold());
    assertThat(dto.rule()).isEqualTo(finding.rule());
    assertThat(dto.clause()).isEqualTo(finding.clause());
    assertThat(dto.explanation()).isEqualTo(finding.explanation());
    assertThat(dto.direction()).isEqualTo(finding.direction().name());
  }

  /**
   * docs/report-json.md: decimals are written at the scale the data files gave the indicator's figures. Monthly
   * NI 59 figures written 55.0, 56.0, ... are written "60.0"; written 55.0, 56.00, 57.00, ..., every NI 59 value
   * has two decimals ("60.00", which used to come out "60.0": the held values, 56 and the England average 68.2,
   * have at most one).
   */
  @Test
  void decimalsKeepTheScaleTheDataFilesWroteThemWith() throws IOException {
    assertThat(ni59Values(surrey(Fixtures.surreyData(dir.resolve("one"), 6, "1.0"))))
        .isNotEmpty().allSatisfy(v -> assertThat(v).matches("\\d+\\.\\d")).contains("60.0");
    assertThat(ni59Values(surrey(Fixtures.surreyData(dir.resolve("two"), 6, "1.00"))))
        .isNotEmpty().allSatisfy(v -> assertThat(v).matches("\\d+\\.\\d\\d")).contains("60.00");
  }

  private static List<String> ni59Values(Evaluation evaluation) {
    return JsonReport.document(List.of(evaluation)).notices().get(0).reports().stream()
        .flatMap(r -> r.findings().stream()).filter(f -> f.requirement().startsWith("ni59"))
        .flatMap(f -> f.values().stream()).filter(v -> v.role().equals("figure") || v.role().startsWith("latest"))
        .map(JsonReport.FigureDto::value).toList();
  }

  @Test
  void unknownFieldsAreRejectedOnReading() {
    String json = "{\"schema\":\"improvement-notice-report/5\",\"notices\":[],\"extra\":1}";
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> JsonReport.read(new StringReader(json)))
        .hasMessageContaining("extra");
  }

  private Evaluation surrey() throws IOException {
    return surrey(Fixtures.surreyData(dir.resolve("d"), 15, "1.5"));
  }

  private static Evaluation surrey(Path directory) throws IOException {
    Notice notice = Sources.notice("surrey-2008").notice();
    Sources.LoadedData data = Sources.data(notice, Optional.of(directory));
    return Evaluation.overSchedule(ComplianceEngine.create(), notice, data.data(), data.describe());
  }
}
