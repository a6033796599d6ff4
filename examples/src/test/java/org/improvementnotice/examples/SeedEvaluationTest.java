package org.improvementnotice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.improvementnotice.data.CsvData;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.language.NoticeLanguage;
import org.improvementnotice.rules.ComplianceEngine;
import org.improvementnotice.rules.ComplianceReport;
import org.improvementnotice.rules.FigureUsed;
import org.improvementnotice.rules.Finding;
import org.junit.jupiter.api.Test;

/**
 * The five source documents, written in the notice language, evaluated on their illustrative data at dates
 * inside their lives: the main requirements of each give the findings the data was shaped to give.
 */
class SeedEvaluationTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.create();
  private static final Path RESOURCES = Path.of("src/main/resources");

  private static ComplianceReport evaluate(String id, String asAt) throws IOException {
    Notice notice = NoticeLanguage.parse(id + ".notice", Files.readString(RESOURCES.resolve("notices/" + id + ".notice")));
    CsvData data = CsvData.read(RESOURCES.resolve("data/" + id), notice.recipient().council());
    assertThat(data.check(notice)).as("data warnings").isEmpty();
    ComplianceReport report = ENGINE.evaluate(notice, data.data(), LocalDate.parse(asAt));
    assertThat(report.findings()).extracting(f -> f.requirement())
        .as("one finding per requirement")
        .containsExactlyElementsOf(notice.decidableRequirements().stream().map(r -> r.id()).toList());
    return report;
  }

  private static List<String> lines(ComplianceReport report, String... ids) {
    return List.of(ids).stream().map(id -> {
      Finding f = report.finding(id).orElseThrow(() -> new AssertionError("no finding for " + id));
      return id + " " + f.status() + " " + f.rag();
    }).toList();
  }

  @Test
  void surrey2008AtTheFinalAssessment() throws IOException {
    ComplianceReport report = evaluate("surrey-2008", "2010-09-30");
    assertThat(lines(report, "ni59.1", "ni59.2", "ni60.1", "ni60.2", "ni66.1", "ni66.2", "vacancy.1", "vacancy.2",
        "maintain-levels.1", "paf-c24.1", "paf-c24.2", "ni51", "ni101", "smt.2", "competence.1", "competence.2",
        "leadership")).containsExactly(
            "ni59.1 MET GREEN",                 // 65.3% for the quarter to 31 March 2009 by numerator and denominator
            "ni59.2 MET GREEN",
            "ni60.1 MISSED RED",
            "ni60.2 MISSED AMBER",              // 86% against 90%: within the 10% tolerance
            "ni66.1 MET GREEN",
            "ni66.2 MAINTAINED GREEN",          // November 2009 missing: lenient by default
            "vacancy.1 MISSED RED",
            "vacancy.2 MET GREEN",
            "maintain-levels.1 NOT_MAINTAINED RED", // met 77% by March 2010, lost in June 2010
            "paf-c24.1 MET GREEN",
            "paf-c24.2 NO_DATA GREY",           // academic year 2009-10 not yet published
            "ni51 TARGET_NOT_SET GREY",
            "ni101 NOT_IMPROVED RED",
            "smt.2 DONE GREEN",
            "competence.1 DONE_LATE AMBER",
            "competence.2 OVERDUE RED",
            "leadership BOARD_JUDGEMENT GREEN");
    assertThat(report.compliedSoFar()).isFalse();
    // "At least maintained ... for the remainder of the period" also holds the 100% levels of looked after
    // children allocated and NI 103 from April 2009; the data has no figure after March 2009 for either.
    assertThat(lines(report, "maintain-levels.7", "maintain-levels.8")).containsExactly(
        "maintain-levels.7 NO_DATA GREY", "maintain-levels.8 NO_DATA GREY");
    assertThat(report.finding("schools").orElseThrow().explanation())
        .startsWith("No board judgement of ").endsWith(" is recorded at 2010-09-30.");
  }

  @Test
  void surrey2008EarlyOnIsForecast() throws IOException {
    ComplianceReport report = evaluate("surrey-2008", "2009-02-28");
    assertThat(lines(report, "ni59.1", "ni66.1", "smt.2")).containsExactly(
        "ni59.1 AT_RISK AMBER", "ni66.1 ON_TRACK GREEN", "smt.2 DONE GREEN");
  }

  /**
   * The vacancy rate, SEN exclusions and PAF C24 series start at or after the issue month: no baseline, so the
   * trajectory starts at the first stage (DOMAIN.md, "Forecast for a requirement not yet due").
   */
  @Test
  void surrey2008ForecastsThroughTheStagesWithoutABaseline() throws IOException {
    ComplianceReport october = evaluate("surrey-2008", "2009-10-31");
    assertThat(lines(october, "vacancy.2")).containsExactly("vacancy.2 AT_RISK AMBER");
    // 13% for September 2009 against 14 - 3 x 183/365 on the line from 14% (31 March 2009) to 11% (31 March 2010)
    assertThat(october.finding("vacancy.2").orElseThrow().values()).extracting(FigureUsed::toString)
        .containsExactly("latest 13 for 2009-09", "expected 12.4959 for 2009-09");
    ComplianceReport january = evaluate("surrey-2008", "2010-01-31");
    // 2008/09's 20 per 1000, at stage 1's date: stage 1's 23 is the expectation, not the final 16
    assertThat(lines(january, "sen-exclusions.1", "sen-exclusions.2", "paf-c24.2"))
        .containsExactly("sen-exclusions.1 MET GREEN", "sen-exclusions.2 ON_TRACK GREEN", "paf-c24.2 ON_TRACK GREEN");
  }

  /** PAF C24's only figure before 2008/09 is published is the 2007/08 baseline: never compared with itself. */
  @Test
  void surrey2008NeverComparesTheBaselineWithItself() throws IOException {
    ComplianceReport april = evaluate("surrey-2008", "2009-04-30");
    assertThat(lines(april, "paf-c24.1", "paf-c24.2"))
        .containsExactly("paf-c24.1 NO_DATA GREY", "paf-c24.2 NO_DATA GREY");
    assertThat(april.finding("paf-c24.1").orElseThrow().explanation())
        .contains("after its baseline of 8.1% for AY2007/08");
  }

  @Test
  void kent2011AtTheFormalReview() throws IOException {
    ComplianceReport report = evaluate("kent-2011", "2012-04-30");
    // 11.5% for 2011-12 against stage 1's 11% at its date (not the final 13%)
    assertThat(lines(report, "adoption.1", "adoption.2"))
        .containsExactly("adoption.1 MET GREEN", "adoption.2 ON_TRACK GREEN");
  }

  @Test
  void kent2011AtTheFinalReview() throws IOException {
    ComplianceReport report = evaluate("kent-2011", "2013-04-30");
    assertThat(lines(report, "unallocated", "ia-late", "unallocated-min", "timely-assessments.1", "rate", "conversion",
        "conversion-2012-13", "adoption.1", "adoption.2", "gap-ks2-english", "gap-ks4", "health-checks.1",
        "health-checks.2", "improvement-board", "workforce.1")).containsExactly(
            "unallocated MET GREEN",
            "ia-late MISSED RED",
            "unallocated-min NOT_IMPROVED RED",     // rose in January 2012
            "timely-assessments.1 NOT_MAINTAINED RED", // fell below the 58% prevailing at issue in September 2011
            "rate MISSED AMBER",                    // below the statistical neighbour average
            "conversion MET GREEN",                 // 66% from the 2009-10 baseline of 46%
            "conversion-2012-13 MISSED AMBER",
            "adoption.1 MET GREEN",
            "adoption.2 MISSED AMBER",
            "gap-ks2-english MET GREEN",
            "gap-ks4 MISSED RED",
            "health-checks.1 MET GREEN",            // 86% against the England average of 85%
            "health-checks.2 NOT_MAINTAINED RED",
            "improvement-board LAPSED RED",         // no meeting from July to November 2011
            "workforce.1 ON_TRACK GREEN");          // due at the end of the notice
  }

  /**
   * "Agreed ... by the end of February 2011", in a notice signed on 8 March 2011: a dated action whose deadline
   * precedes the notice (DOMAIN.md), decided as usual. The data has it agreed at the first Board, 24 March 2011.
   */
  @Test
  void kent2011ImprovementProgrammeDueBeforeTheNoticeIsDoneLate() throws IOException {
    ComplianceReport report = evaluate("kent-2011", "2012-04-30");
    assertThat(lines(report, "improvement-programme")).containsExactly("improvement-programme DONE_LATE AMBER");
    assertThat(report.finding("improvement-programme").orElseThrow().explanation()).endsWith(
        "done on 2011-03-24 (Improvement programme agreed, Improvement Board 24 March 2011), after the deadline of "
            + "2011-02-28. The deadline precedes the notice.");
  }

  /**
   * NI 64 and NI 65 are figures of the financial year: once the notice has ended, "reduces to the statistical
   * neighbour average" is judged on 2012-13, not on the month of April 2013.
   */
  @Test
  void kent2011ChildProtectionPlansAreJudgedOnTheYear() throws IOException {
    ComplianceReport report = evaluate("kent-2011", "2013-05-31");
    assertThat(lines(report, "long-plans", "repeat-plans")).containsExactly(
        "long-plans MET GREEN",                     // NI 64 5% in 2012-13: 24 of the 480 plans ended
        "repeat-plans MISSED AMBER");               // NI 65 14.17% in 2012-13 against the neighbours' 13%
    assertThat(report.finding("repeat-plans").orElseThrow().values())
        .extracting(f -> f.period().map(Object::toString).orElse(""))
        .containsOnly("FY2012-13");
  }

  @Test
  void westSussex2011AtTheTwelveMonthReviewAndOnceTheFinalFiguresArePublished() throws IOException {
    // Forecast against the latest England average known, from the 2009-10 baselines: at the six month review
    // initial assessments 66% against 56.3 + 20.7 x 518/914 = 68.0315 expected, core 70% against 68.6744
    ComplianceReport six = evaluate("west-sussex-2011", "2011-09-15");
    assertThat(lines(six, "initial", "core", "repeat-plans")).containsExactly(
        "initial AT_RISK AMBER", "core ON_TRACK GREEN", "repeat-plans NO_DATA GREY"); // no 2011-12 SN average yet
    ComplianceReport twelve = evaluate("west-sussex-2011", "2012-03-15");
    assertThat(lines(twelve, "initial", "core", "lscb-review", "vision", "improvement-programme.1", "improvement-board",
        "performance-challenge.1")).containsExactly(
            "initial AT_RISK AMBER",                // 72% against 72.1534 expected
            "core ON_TRACK GREEN",                  // 76% against 71.5816 expected
            "lscb-review DONE GREEN", "vision DONE_LATE AMBER",
            "improvement-programme.1 DONE GREEN", "improvement-board HELD GREEN", "performance-challenge.1 HELD GREEN");
    assertThat(twelve.finding("initial").orElseThrow().explanation()).contains("England average, 77% for 2012-02,");
    // The September 2012 figures are published in mid-October, after the final review at the end of September.
    ComplianceReport last = evaluate("west-sussex-2011", "2012-10-31");
    assertThat(lines(last, "initial", "core", "repeat-plans", "performance-challenge.1", "external-validation"))
        .containsExactly(
            "initial MISSED AMBER",                 // 74% against the England average of 77%
            "core MET GREEN",
            "repeat-plans MET GREEN",               // 12% against the statistical neighbours' 14%
            "performance-challenge.1 LAPSED RED",   // chaired by the Director of Children's Services in May 2012
            "external-validation OVERDUE RED");
  }

  @Test
  void somerset2013AtTheSixMonthReviewAndTheEnd() throws IOException {
    ComplianceReport six = evaluate("somerset-2013", "2014-04-01");
    assertThat(lines(six, "cp-enquiries", "no-unallocated", "case-plans", "early-help", "caf-review", "sscb",
        "chair-assessment")).containsExactly(
            "cp-enquiries BREACHED RED",            // 97% in January 2014
            "no-unallocated MAINTAINED GREEN",
            "case-plans AT_RISK AMBER",              // due at the six month review (1 April 2014): 96% in March, behind
            "early-help DONE GREEN",                // before the January Improvement Board on 14 January 2014
            "caf-review OVERDUE RED",
            "sscb DONE GREEN",                      // before the December Board on 3 December 2013
            "chair-assessment DONE_LATE AMBER");    // the first assessment on 10 December, due by 1 December
    ComplianceReport end = evaluate("somerset-2013", "2014-10-01");
    assertThat(lines(end, "case-plans", "audit-adequate", "supervision-adequate", "improvement-board",
        "chair-assessment"))
        .containsExactly("case-plans MISSED AMBER", "audit-adequate ON_TRACK GREEN",
            "supervision-adequate AT_RISK AMBER", "improvement-board LAPSED RED",
            "chair-assessment DONE_LATE AMBER");   // both assessments due so far late; the first is named
    assertThat(end.finding("chair-assessment").orElseThrow().explanation()).isEqualTo("The Board Chair's "
        + "independent assessment of progress against the targets: the 1st occurrence, due by 2013-12-01, was done "
        + "late, on 2013-12-10 (Board Chair's first independent assessment). It rests on the issue date "
        + "2013-10-01, which is assumed.");
    // a deadline on a fixed date does not rest on the assumed issue date; one counted from it does
    assertThat(end.finding("caf-review").orElseThrow().explanation()).doesNotContain("assumed");
    assertThat(end.finding("supervision-adequate").orElseThrow().explanation())
        .endsWith("It rests on the issue date 2013-10-01, which is assumed.");
  }

  /**
   * "Ofsted will make two day monitoring visits to Surrey every three months ... the next Monitoring Visit will
   * take place 23-24 January 2019": each visit inside the plan's life is an assessment point, beside the
   * Commissioner's reviews, and the journey is evaluated at each.
   */
  @Test
  void surrey2018PlanIsAssessedAtEachOfstedMonitoringVisit() throws IOException {
    Notice notice = NoticeLanguage.parse("surrey-2018-plan.notice",
        Files.readString(RESOURCES.resolve("notices/surrey-2018-plan.notice")));
    assertThat(notice.schedule().points()).extracting(p -> p.name() + " "
        + p.when().resolve(notice.deadlineContext()).orElseThrow()).containsExactlyInAnyOrder(
            "Ofsted monitoring visit January 2019 2019-01-23",
            "Ofsted monitoring visit April 2019 2019-04-23",
            "commissioner review April 2019 2019-04-30",
            "Ofsted monitoring visit July 2019 2019-07-23",
            "commissioner review September 2019 2019-09-30");
    CsvData data = CsvData.read(RESOURCES.resolve("data/surrey-2018-plan"), notice.recipient().council());
    assertThat(ENGINE.evaluateSchedule(notice, data.data())).extracting(r -> r.asAt().toString())
        .startsWith("2019-01-23", "2019-04-23", "2019-04-30", "2019-07-23");
  }

  @Test
  void surrey2018PlanAtTheAprilReview() throws IOException {
    ComplianceReport report = evaluate("surrey-2018-plan", "2019-04-30");
    // NI 65 from December 2018's 20% (the last figure before the watch) to 21, 22 and 23% in January to March
    assertThat(lines(report, "repeat-plans", "vacancy", "unallocated")).containsExactly(
        "repeat-plans TREND_DOWN AMBER", "vacancy NO_TREND GREEN", "unallocated NO_TREND GREEN");
  }

  @Test
  void surrey2018PlanAtTheSeptemberReview() throws IOException {
    ComplianceReport report = evaluate("surrey-2018-plan", "2019-09-30");
    assertThat(lines(report, "cabinet-3.1", "opab-cadence", "repeat-plans", "vacancy", "unallocated", "theme-1"))
        .containsExactly(
            "cabinet-3.1 DONE GREEN",
            "opab-cadence HELD GREEN",
            "repeat-plans NO_TREND GREEN",          // the monthly repeat-plan figure improved or held, May to August
            "vacancy NO_TREND GREEN",
            "unallocated NO_TREND GREEN",
            "theme-1 BOARD_JUDGEMENT AMBER");
    // the watch runs to the plan's end, which the text does not state
    assertThat(report.finding("repeat-plans").orElseThrow().explanation())
        .endsWith("; it worsened in 5 consecutive periods to 2019-05, a run broken since. It rests on the notice's "
            + "end 2019-09-30, which is assumed.");
  }
}
