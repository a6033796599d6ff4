package org.improvementnotice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.improvementnotice.reports.screen.ScreenJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** evaluate --council --dfe-data and screen, on the shipped published files. */
class DfeCommandTest {

  static final String DFE = System.getProperty("dfe.data", "../data/dfe");
  static final String KENT = "src/main/resources/notices/real/kent-2011-dfe.notice";
  static final String SCREEN = "src/main/resources/notices/real/england-screen.notice";

  @TempDir
  Path dir;

  /** The text with its line wrapping undone. */
  static String words(String text) {
    return text.replaceAll("\\s+", " ");
  }

  @Test
  void evaluatesARealCouncilOnThePublishedFigures() {
    SamplesCommandTest.Run run = SamplesCommandTest.run("evaluate", KENT, "--council", "Kent", "--dfe-data", DFE,
        "--as-at", "2013-11-30");
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);   // not complied with, but not asked to fail
    // d3 line 2072: Kent 19.7% in 2012-13, against its neighbours' mean; d5: 4.3% at 31 March 2013
    assertThat(words(run.out())).contains("for Kent (886)", "statistical neighbours: sn_model_2025_wide.csv, mean")
        .containsPattern("repeat-plans\\s+Missed\\s+19.7%")
        .containsPattern("long-plans\\s+Met\\s+4.3%")
        .satisfies(out -> assertThat(words(out)).contains("against a target of at most the statistical neighbour "
            + "average (14.8%; statistical neighbour mean (model sn_model_2025_wide.csv) of 9 of 10 neighbours of "
            + "Kent (886)", "left out: Norfolk (926): 'x' (not available) in CPP_subsequent_percent"));
  }

  /**
   * The Kent sample names NI 65 itself, a figure of the financial year that table D3 publishes: its repeat plans
   * are judged on the published year 2012-13 (19.7% against the neighbours' mean), and NI 64, whose table (D7,
   * plans ending by length) is not in the folder, has no data.
   */
  @Test
  void theKentSampleIsDecidedOnThePublishedNi65() {
    SamplesCommandTest.Run run = SamplesCommandTest.run("evaluate", "kent-2011", "--dfe-data", DFE, "--as-at",
        "2013-11-30");
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(words(run.out())).contains("for Kent (886)")
        .containsPattern("repeat-plans\\s+Missed\\s+19.7%")
        .containsPattern("long-plans\\s+No data")
        .contains("statistical neighbour average (14.8%");
  }

  @Test
  void theCouncilDefaultsToTheNoticesRecipientAndTheFiguresAreNotKnownBeforeTheyArePublished() {
    SamplesCommandTest.Run run = SamplesCommandTest.run("evaluate", KENT, "--dfe-data", DFE, "--as-at", "2013-10-30");
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(words(run.out())).contains("for Kent (886)").containsPattern("repeat-plans\\s+No data");
  }

  /**
   * Gateshead's plans open two years or more at 31 March 2013 are suppressed (d5 line 1984: "c"), and with at
   * least 10 neighbours wanted its neighbour benchmark cannot be computed (Darlington's figure is suppressed):
   * both requirements are no data, and say why.
   */
  @Test
  void aSuppressedFigureAndABenchmarkNotComputedAreNoDataSayingWhy() {
    SamplesCommandTest.Run run = SamplesCommandTest.run("evaluate", KENT, "--council", "Gateshead", "--dfe-data", DFE,
        "--as-at", "2013-11-30", "--sn-minimum", "10", "--format", "json");
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("\"status\" : \"NO_DATA\"", "it is published without a value, 'c' (suppressed "
        + "to protect confidentiality) in 2_years_or_more_percent, DfE d5_cpps_at31march_by_duration_2013_to_2025.csv:1984",
        "it could not be computed, only 9 of 10 neighbours have a figure; at least 10 are needed",
        "left out: Darlington (841): 'c' (suppressed to protect confidentiality) in CPP_subsequent_percent")
        .doesNotContain("\"status\" : \"MET\"", "\"status\" : \"MISSED\"");
  }

  /**
   * The audit record of a benchmark computed from the published files names its neighbours as data: Kent's
   * repeat plans for 2012-13 against the 2025 model's mean of 9 of 10 neighbours, Norfolk left out ('x' in d3),
   * each neighbour used with its published figure and the line it was read from.
   */
  @Test
  void aComputedBenchmarksNeighboursAreInTheAuditRecord() throws IOException {
    SamplesCommandTest.Run run = SamplesCommandTest.run("evaluate", KENT, "--council", "Kent", "--dfe-data", DFE,
        "--as-at", "2013-11-30", "--format", "json");
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
    org.improvementnotice.reports.JsonReport.Document document =
        org.improvementnotice.reports.JsonReport.read(new StringReader(run.out()));
    org.improvementnotice.reports.JsonSources.SourceDto benchmark = document.notices().get(0).reports().get(0)
        .findings().stream().filter(f -> f.requirement().equals("repeat-plans")).findFirst().orElseThrow()
        .values().stream().flatMap(v -> v.sources().stream()).filter(s -> s.basis() != null).findFirst()
        .orElseThrow();
    // the council's figure is written as the DfE publishes it; the computed mean, exactly
    assertThat(run.out()).contains("\"value\" : \"19.7\"", "\"value\" : \"14.83333333333333\"")
        .doesNotContain("19.70000000000000");
    assertThat(benchmark.benchmark()).isEqualTo("STATISTICAL_NEIGHBOURS");
    assertThat(benchmark.period()).isEqualTo("FY2012-13");
    org.improvementnotice.reports.JsonSources.BasisDto basis = benchmark.basis();
    assertThat(basis.method()).isEqualTo("mean");
    assertThat(basis.model()).isEqualTo("sn_model_2025_wide.csv");
    assertThat(basis.rounding()).isEqualTo("not rounded");
    assertThat(basis.used()).hasSize(9).allSatisfy(u -> {
      assertThat(u.area()).matches("\\d{3}");
      assertThat(u.location()).startsWith("d3_").contains(".csv:");
    });
    // the mean of the figures listed is the benchmark's value
    BigDecimal sum = basis.used().stream().map(u -> new BigDecimal(u.value())).reduce(BigDecimal.ZERO,
        BigDecimal::add);
    assertThat(sum.divide(BigDecimal.valueOf(9), java.math.MathContext.DECIMAL64))
        .isEqualByComparingTo(new BigDecimal(benchmark.value()));
    assertThat(basis.leftOut()).singleElement().satisfies(x -> {
      assertThat(x.area()).isEqualTo("926");
      assertThat(x.name()).isEqualTo("Norfolk");
      assertThat(x.reason()).startsWith("'x' (not available) in CPP_subsequent_percent");
    });
    // and the HTML report lists them under the benchmark, on demand
    SamplesCommandTest.Run html = SamplesCommandTest.run("evaluate", KENT, "--council", "Kent", "--dfe-data", DFE,
        "--as-at", "2013-11-30", "--format", "html");
    assertThat(html.out()).contains(
        "<li>Used: Essex (881), 15.4% (103 of 670), d3_cpps_subsequent_plan_2013_to_2025.csv:2058</li>",
        "<li>Left out: Norfolk (926), &#39;x&#39; (not available) in CPP_subsequent_percent");
  }

  @Test
  void aMisspeltCouncilIsAUsageErrorWithASuggestion() {
    SamplesCommandTest.Run run = SamplesCommandTest.run("evaluate", KENT, "--council", "Kentt", "--dfe-data", DFE);
    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--council: No council is named 'Kentt' in the published files; did you mean "
        + "Kent (886)?");
  }

  @Test
  void aCouncilNeedsTheFolder() {
    SamplesCommandTest.Run run = SamplesCommandTest.run("evaluate", KENT, "--council", "Kent");
    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--council needs --dfe-data");
  }

  @Test
  void aNoticeWithoutPublishedIndicatorsIsInvalidData() {
    SamplesCommandTest.Run run = SamplesCommandTest.run("evaluate", "surrey-2008", "--dfe-data", DFE);
    assertThat(run.code()).isEqualTo(ExitCode.INVALID_DATA);
    assertThat(run.err()).contains("declares none of the published indicators");
  }

  @Test
  void theNeighbourSettingsAreOptions() {
    SamplesCommandTest.Run run = SamplesCommandTest.run("evaluate", KENT, "--dfe-data", DFE, "--as-at", "2013-11-30",
        "--sn-model", "New_Statistical_Neighbour_Groupings_April_2021.csv", "--sn-method", "median",
        "--sn-minimum", "9", "--sn-rounding", "one-decimal", "--format", "json");
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
    // the 2021 model's median for 2012-13 is 15.4 (worked in BenchmarkCalculatorTest), of 9 of 10 neighbours
    assertThat(words(run.out())).contains("New_Statistical_Neighbour_Groupings_April_2021.csv, median, at least 9 "
        + "neighbours, rounded to one decimal place, half up", "\"value\" : \"15.4\"");
    SamplesCommandTest.Run bad = SamplesCommandTest.run("evaluate", KENT, "--dfe-data", DFE, "--sn-method", "mode");
    assertThat(bad.code()).isEqualTo(ExitCode.USAGE);
    assertThat(bad.err()).contains("'mode' is not a method: mean, median or pooled");
  }

  @Test
  void aBadPublishedFileIsInvalidDataAtItsLineAndColumn() throws IOException {
    Path folder = dir.resolve("dfe");
    Files.createDirectories(folder);
    List<String> lines = Files.readAllLines(Path.of(DFE, "d3_cpps_subsequent_plan_2013_to_2025.csv"));
    lines.set(2071, lines.get(2071).replace(",19.7", ",19,7"));   // Kent 2013: a comma for the point
    Files.write(folder.resolve("d3_cpps_subsequent_plan_2013_to_2025.csv"), lines);
    SamplesCommandTest.Run run = SamplesCommandTest.run("evaluate", KENT, "--dfe-data", folder.toString());
    assertThat(run.code()).isEqualTo(ExitCode.INVALID_DATA);
    assertThat(run.err()).contains("d3_cpps_subsequent_plan_2013_to_2025.csv:2072: expected 14 fields, found 15");
  }

  @Test
  void screensEnglandSortedByDistanceFromATarget() throws IOException {
    SamplesCommandTest.Run run = SamplesCommandTest.run("screen", SCREEN, "--dfe-data", DFE, "--format", "json",
        "--sort", "distance:repeat-plans");
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
    ScreenJson.Document doc = ScreenJson.read(new StringReader(run.out()));
    assertThat(doc.asAt()).isEqualTo("2026-02-28");
    assertThat(doc.councils()).isEqualTo(153);
    assertThat(doc.sortedBy()).isEqualTo("distance:repeat-plans");
    assertThat(doc.requirements()).containsExactly("repeat-plans", "repeat-plans-trend", "rereferrals",
        "conferences", "long-plans", "vacancy", "caseload");
    List<BigDecimal> distances = doc.rows().stream().map(r -> r.findings().get(0).distance())
        .filter(d -> d != null).map(BigDecimal::new).toList();
    assertThat(distances).isSortedAccordingTo(BigDecimal::compareTo).hasSizeGreaterThan(140);
    assertThat(doc.rows().get(0).findings().get(0).status()).isEqualTo("MISSED");
    assertThat(doc.rows()).extracting(ScreenJson.RowDto::name).contains("Kent", "Somerset", "North Somerset")
        .doesNotContain("Northamptonshire");   // gone after 2021
  }

  @Test
  void theScreenTableAtAnEarlierDateHasTheCouncilsOfThen() {
    SamplesCommandTest.Run run = SamplesCommandTest.run("screen", SCREEN, "--dfe-data", DFE, "--as-at", "2013-11-30");
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).startsWith("National screen: england-screen as at 2013-11-30, 152 councils")
        .contains("Northamptonshire").doesNotContain("West Northamptonshire");
  }

  @Test
  void aSortByAnUnknownRequirementIsAUsageError() {
    SamplesCommandTest.Run run = SamplesCommandTest.run("screen", SCREEN, "--dfe-data", DFE, "--sort", "distance:nope");
    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("The notice has no requirement nope; it has repeat-plans");
    assertThat(SamplesCommandTest.run("screen", SCREEN, "--dfe-data", DFE, "--sort", "size").err())
        .contains("'size' is not a sort");
    assertThat(SamplesCommandTest.run("screen", SCREEN).err()).contains("screen needs --dfe-data");
  }
}
