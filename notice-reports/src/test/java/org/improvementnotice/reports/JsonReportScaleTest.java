package org.improvementnotice.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.improvementnotice.model.Notice;
import org.junit.jupiter.api.Test;

class JsonReportScaleTest {

  @Test
  void decimalsKeepTheScaleOfTheIndicatorsData() throws IOException {
    Notice notice = Reports.notice();
    // 70 beside 67.2: the data's figures have one decimal, so 70 is written 70.0
    Evaluation evaluation = Reports.evaluation(notice, Reports.data(notice.recipient().council(), "67.2", "70", "70.0",
        "66.4", "68", "69.9"), LocalDate.of(2013, 3, 31), LocalDate.of(2013, 6, 30));
    JsonReport.Document document = JsonReport.document(List.of(evaluation));
    StringWriter json = new StringWriter();
    JsonReport.write(document, json);
    List<String> values = document.notices().get(0).reports().stream().flatMap(r -> r.findings().stream())
        .flatMap(f -> f.values().stream()).map(JsonReport.FigureDto::value).toList();
    assertThat(values).isNotEmpty().allSatisfy(v -> assertThat(v).matches("-?\\d+\\.\\d+"));
    assertThat(json.toString()).doesNotContain("\"value\" : \"70\"").contains("\"data\" : \"data from /tmp/test data/\"");
    assertThat(JsonReport.read(new StringReader(json.toString()))).isEqualTo(document);
  }

  @Test
  void valuesAreExactNotRounded() {
    Notice notice = Reports.notice();
    Evaluation evaluation = Reports.evaluation(notice, Reports.data(notice.recipient().council(), "67.25", "70"),
        LocalDate.of(2012, 12, 31));
    assertThat(JsonReport.document(List.of(evaluation)).notices().get(0).reports().get(0).findings().stream()
        .flatMap(f -> f.values().stream()).map(JsonReport.FigureDto::value)).allSatisfy(v ->
            assertThat(v.substring(v.indexOf('.') + 1)).hasSizeGreaterThanOrEqualTo(2));
  }
}
