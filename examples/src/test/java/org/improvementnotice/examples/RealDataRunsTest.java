package org.improvementnotice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.improvementnotice.cli.MainJobRuns;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.rules.ComplianceEngine;
import org.improvementnotice.rules.ComplianceReport;
import org.improvementnotice.rules.Finding;
import org.improvementnotice.rules.Status;
import org.junit.jupiter.api.Test;

/** The main job's runs of the real-data notices on the bundled published files. */
class RealDataRunsTest {

  private static final List<MainJobRuns.Run> RUNS;

  static {
    try {
      RUNS = new RealDataRuns().runs(ComplianceEngine.create());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Finding finding(int run, String requirement) {
    ComplianceReport latest = RUNS.get(run).evaluation().latest();
    return latest.findings().stream().filter(f -> f.requirement().equals(RequirementId.of(requirement)))
        .findFirst().orElseThrow();
  }

  @Test
  void eachRunSaysItsFiguresAreRealAndWhereTheyComeFrom() {
    assertThat(RUNS).extracting(r -> r.evaluation().notice().id().value())
        .containsExactly("kent-2011-dfe", "somerset-2013-dfe", "surrey-2018-plan-dfe");
    assertThat(RUNS).allSatisfy(r -> assertThat(r.note()).contains("REAL FIGURES", "Open Government Licence v3.0",
        "publication dates assumed from the DfE calendar", "Nothing is invented"));
    assertThat(RUNS.get(0).note()).contains("Kent (886)", "d3_cpps_subsequent_plan_2013_to_2025.csv",
        "statistical neighbour benchmarks computed from the same files and sn_model_2025_wide.csv");
  }

  /** Kent's repeat plans in 2012-13: 19.7% (d3 line 2072) against its neighbours' mean, 14.83 (2025 model). */
  @Test
  void kentsRepeatPlansAgainstItsStatisticalNeighboursIn2012To13() {
    Finding repeat = finding(0, "repeat-plans");
    assertThat(repeat.status()).isEqualTo(Status.MISSED);
    assertThat(repeat.values()).anySatisfy(v -> {
      assertThat(v.role()).isEqualTo("figure");
      assertThat(v.value()).isEqualByComparingTo("19.7");
    }).anySatisfy(v -> {
      assertThat(v.role()).isEqualTo("statistical neighbour benchmark");
      assertThat(v.value()).isEqualByComparingTo(new BigDecimal("14.83333333333333"));
    });
    assertThat(finding(0, "long-plans").status()).isEqualTo(Status.MET);   // 4.3% at 31 March 2013
  }

  /**
   * Somerset 2012-13 to 2013-14: re-referrals 25.3% to 28.6% and repeat plans 11.8% to 12.9% worsened; initial
   * conferences within 15 days 85.7% ((80+347)/498) to 96.3% ((106+448)/575) and plans open two years or more
   * 2.6% to 1.5% improved.
   */
  @Test
  void somersetsFiguresIn2013To14() {
    assertThat(finding(1, "rereferrals").status()).isEqualTo(Status.NOT_IMPROVED);
    assertThat(finding(1, "repeat-plans").status()).isEqualTo(Status.NOT_IMPROVED);
    assertThat(finding(1, "conferences").status()).isEqualTo(Status.IMPROVED);
    assertThat(finding(1, "long-plans").status()).isEqualTo(Status.IMPROVED);
  }

  @Test
  void surreysKpisAreWatchedForSustainedDownwardTrendsTo2025() {
    // Eight yearly points to February 2026, then the final verdict a month after the term's end (31 March 2026).
    List<ComplianceReport> reports = RUNS.get(2).evaluation().reports();
    assertThat(reports).hasSize(9);
    // the vacancy rate, 18.8% to September 2019, then 28, 28.8, 30, 35.2 and 36.8% to September 2024: worse
    // five years running at February 2025; 30.7% to September 2025 broke the run
    ComplianceReport february2025 = reports.get(6);
    assertThat(february2025.asAt()).isEqualTo("2025-02-28");
    assertThat(february2025.finding("vacancy").orElseThrow().status()).isEqualTo(Status.TREND_DOWN);
    ComplianceReport latest = RUNS.get(2).evaluation().latest();
    assertThat(latest.asAt()).isEqualTo("2026-04-30");
    assertThat(latest.isFinal()).isTrue();
    assertThat(latest.findings()).extracting(Finding::status).containsOnly(Status.NO_TREND);
    assertThat(latest.finding("vacancy").orElseThrow().explanation())
        .endsWith("; it worsened in 5 consecutive periods to YE2024-09, a run broken since.");
  }
}
