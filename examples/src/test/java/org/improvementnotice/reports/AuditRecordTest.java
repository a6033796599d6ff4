package org.improvementnotice.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.cli.Sources;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.data.Ratio;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.language.NoticeLanguage;
import org.improvementnotice.model.time.CalendarMonth;
import org.improvementnotice.rules.ComplianceEngine;
import org.improvementnotice.rules.MissingData;
import org.improvementnotice.rules.Settings;
import org.junit.jupiter.api.Test;

/**
 * The JSON report's audit record (docs/report-json.md, "The audit record"): for each of the five documents, the
 * notice's fingerprint, the library's version and the settings in force, written and read back.
 */
class AuditRecordTest {

  /** A bundled document with its own data, evaluated over its schedule. */
  private record Bundled(Notice notice, Sources.LoadedData data, Evaluation evaluation) {
    static Bundled of(String name) throws IOException {
      Notice notice = Sources.notice(name).notice();
      Sources.LoadedData data = Sources.data(notice, Optional.empty());
      return new Bundled(notice, data, Evaluation.overSchedule(ComplianceEngine.create(), notice, data.data(),
          data.describe()));
    }
  }

  @Test
  void eachDocumentsReportCarriesItsAuditRecord() throws IOException {
    for (String name : Sources.BUNDLED) {
      Bundled bundled = Bundled.of(name);
      Notice notice = bundled.notice();
      JsonReport.Document read = roundTrip(JsonReport.document(List.of(bundled.evaluation())));
      JsonAudit.AuditDto audit = read.notices().get(0).audit();
      // computed here another way: Guava's SHA-256 of the canonical text
      String expected = "sha256:" + Hashing.sha256().hashString(NoticeLanguage.print(notice), StandardCharsets.UTF_8);
      assertThat(audit.noticeFingerprint()).as(name).isEqualTo(expected).hasSize(7 + 64);
      assertThat(audit.library()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
      assertThat(audit.settings().tolerance()).isEqualTo("0.10");
      assertThat(audit.settings().missingData()).isEqualTo("LENIENT");
      assertThat(audit.settings().publicationLag()).isEqualTo("P1M");
      assertThat(read.notices().get(0).reports()).allSatisfy(r -> assertThat(r.asAt()).isNotNull());
      assertThat(audit.assumedFacts()).as(name).isEqualTo(ASSUMED_FACTS.get(name));
    }
  }

  /**
   * What each document's writer supplied: Surrey 2008 and Somerset are undated, and neither Surrey document
   * states its end (each is read as ending at its final assessment or review).
   */
  private static final java.util.Map<String, List<String>> ASSUMED_FACTS = java.util.Map.of(
      "surrey-2008", List.of("issue date 2008-12-01", "term until 2010-09-30"),
      "kent-2011", List.of(),
      "west-sussex-2011", List.of(),
      "somerset-2013", List.of("issue date 2013-10-01"),
      "surrey-2018-plan", List.of("term until 2019-09-30"));

  @Test
  void theFingerprintIsOfTheCanonicalTextNotTheFile() throws IOException {
    Sources.LoadedNotice loaded = Sources.notice("kent-2011");
    String canonical = NoticeLanguage.print(loaded.notice());
    assertThat(loaded.text()).isNotEqualTo(canonical);   // the file has comments and its own layout
    Notice reread = NoticeLanguage.parse("kent-2011 printed", canonical);
    assertThat(JsonAudit.fingerprint(reread)).isEqualTo(JsonAudit.fingerprint(loaded.notice()));
    Notice changed = NoticeLanguage.parse("kent-2011 changed", canonical.replaceFirst("Kent", "Kent County"));
    assertThat(JsonAudit.fingerprint(changed)).isNotEqualTo(JsonAudit.fingerprint(loaded.notice()));
  }

  @Test
  void theSettingsInForceAreTheEnginesNotTheDefaults() throws IOException {
    Notice notice = Sources.notice("surrey-2008").notice();
    Sources.LoadedData data = Sources.data(notice, Optional.empty());
    Settings settings = Settings.builder().missingData(MissingData.STRICT).tolerance("0.05")
        .tolerance(IndicatorId.of("NI 59"), "0.2").trendLength(4).build();
    Evaluation evaluation = Evaluation.overSchedule(ComplianceEngine.create().withSettings(settings), notice,
        data.data(), data.describe()).withNote(Evaluation.ILLUSTRATIVE);
    JsonAudit.SettingsDto written = roundTrip(JsonReport.document(List.of(evaluation))).notices().get(0).audit()
        .settings();
    assertThat(written).isEqualTo(new JsonAudit.SettingsDto("0.05", java.util.Map.of("NI 59", "0.2"), 4,
        "START_DAY_EXCLUDED", "STRICT", Settings.DEFAULT_DUE_SOON_DAYS, Settings.DEFAULT_MEETING_GAP_TOLERANCE_DAYS,
        "P1M"));
  }

  /**
   * Each value lists the published figures it rests on: a quarter's figure its three months, each with its
   * numerator and denominator, source, publication date and revision (March revised once: its second
   * publication, the one known at the date); a value the engine computed (the trajectory's expected figure),
   * none.
   */
  @Test
  void eachValueListsThePublishedFiguresItRestsOn() throws IOException {
    Notice notice = Sources.notice("surrey-2008").notice();
    IndicatorId ni59 = IndicatorId.of("NI 59");
    PerformanceData data = PerformanceData.builder("Surrey County Council")
        .addObservation(month(ni59, 1, 60, "2009-02-12"))
        .addObservation(month(ni59, 2, 66, "2009-03-12"))
        .addObservation(month(ni59, 3, 50, "2009-04-12"))
        .addObservation(month(ni59, 3, 70, "2009-05-20"))
        .build();
    Evaluation evaluation = Evaluation.at(ComplianceEngine.create(), notice, data, "test data",
        java.time.LocalDate.of(2009, 6, 30));
    List<JsonReport.FindingDto> findings = roundTrip(JsonReport.document(List.of(evaluation))).notices().get(0)
        .reports().get(0).findings();
    JsonReport.FigureDto quarter = findings.stream().filter(f -> f.requirement().equals("ni59.1")).findFirst()
        .orElseThrow().values().get(0);
    assertThat(quarter.period()).isEqualTo("2009-Q1");
    assertThat(quarter.sources()).extracting(s -> s.period() + " " + s.value() + " " + s.numerator() + "/"
        + s.denominator() + " " + s.source() + " " + s.published() + " revision " + s.revision())
        .containsExactly(
            "2009-01 60 60/100 test 2009-02-12 revision 1",
            "2009-02 66 66/100 test 2009-03-12 revision 1",
            "2009-03 70 70/100 test 2009-05-20 revision 2");
    assertThat(findings).flatExtracting(JsonReport.FindingDto::values)
        .filteredOn(v -> v.role().equals("expected")).isNotEmpty()
        .allSatisfy(v -> assertThat(v.sources()).isEmpty());
  }

  /**
   * The kinds of record each document's findings cite over its schedule. Surrey 2008's meetings fix no deadline
   * and its board has no stated cadence, so no finding cites one; West Sussex and Somerset record no judgement.
   */
  private static final java.util.Map<String, java.util.Set<String>> EVIDENCE_KINDS = java.util.Map.of(
      "surrey-2008", java.util.Set.of("COMPLETION", "JUDGEMENT"),
      "kent-2011", java.util.Set.of("COMPLETION", "MEETING", "JUDGEMENT"),
      "west-sussex-2011", java.util.Set.of("COMPLETION", "MEETING"),
      "somerset-2013", java.util.Set.of("COMPLETION", "MEETING"),
      "surrey-2018-plan", java.util.Set.of("COMPLETION", "MEETING", "JUDGEMENT"));

  /**
   * Each document's actions, cadences and qualitative measures list the records they rest on, as the data files
   * give them: in every document some finding of each kind it has cites its completion, meetings or judgement,
   * every record cited is one of the data's, and no finding on figures cites one.
   */
  @Test
  void eachActionCadenceAndJudgementListsTheRecordsItRestsOn() throws IOException {
    for (String name : Sources.BUNDLED) {
      Bundled bundled = Bundled.of(name);
      Sources.LoadedData data = bundled.data();
      List<JsonReport.FindingDto> findings = roundTrip(JsonReport.document(List.of(bundled.evaluation())))
          .notices().get(0).reports().stream().flatMap(r -> r.findings().stream()).toList();
      java.util.Set<String> references = new java.util.HashSet<>();
      data.data().actions().forEach(a -> references.add(a.reference()));
      data.data().meetings().forEach(m -> references.add(m.reference()));
      java.util.Set<String> kinds = new java.util.TreeSet<>();
      findings.forEach(f -> f.evidence().forEach(e -> kinds.add(e.kind())));
      assertThat(kinds).as(name).isEqualTo(EVIDENCE_KINDS.get(name));
      assertThat(findings).flatExtracting(JsonReport.FindingDto::evidence)
          .filteredOn(e -> !e.kind().equals("JUDGEMENT"))
          .allSatisfy(e -> assertThat(references).as(name).contains(e.reference()));
      assertThat(findings).filteredOn(f -> f.formNumber() <= 10)
          .allSatisfy(f -> assertThat(f.evidence()).as(name + " " + f.requirement()).isEmpty());
    }
  }

  private static Observation month(IndicatorId id, int month, long numerator, String published) {
    return new Observation(id, CalendarMonth.of(2009, month), BigDecimal.valueOf(numerator),
        Optional.of(Ratio.of(numerator, 100)), "test", java.time.LocalDate.parse(published));
  }

  private static JsonReport.Document roundTrip(JsonReport.Document document) throws IOException {
    StringWriter out = new StringWriter();
    JsonReport.write(document, out);
    JsonReport.Document read = JsonReport.read(new StringReader(out.toString()));
    assertThat(read).isEqualTo(document);
    return read;
  }
}
