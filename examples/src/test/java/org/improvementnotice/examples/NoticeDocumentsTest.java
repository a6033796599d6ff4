package org.improvementnotice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.language.NoticeLanguage;
import org.improvementnotice.model.language.ParsedNotice;
import org.improvementnotice.model.requirement.AverageOverPeriod;
import org.improvementnotice.model.requirement.GapBetweenSeries;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.ThresholdByDate;
import org.improvementnotice.model.requirement.ThresholdInPeriod;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.validation.NoticeValidator;
import org.improvementnotice.model.validation.Problem;
import org.improvementnotice.model.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five source documents, written in the notice language, parse and validate with no diagnostics at all
 * (not even warnings) but the ones the documents' own text calls for, survive print and parse unchanged, and
 * hold the number of measures and of dated numeric targets counted by hand from the documents. The one warning:
 * Kent's improvement programme is due "by the end of February 2011", before the notice was signed on 8 March
 * 2011 (a deadline before issue is a warning, DOMAIN.md).
 *
 * <p>A <em>dated numeric target</em> is a number the document sets for an indicator with a date or period
 * by which it must be reached: forms 1 and 2 (each stage of staged targets counts once), 9 (average over a
 * period) and 10 (gap between two series); a threshold due only "by the end of the notice" names no date and
 * is not counted. Obligations to maintain a level, every-period obligations,
 * benchmark- and baseline-relative targets and dated actions are not counted.
 */
class NoticeDocumentsTest {

  static Stream<Arguments> documents() {
    return Stream.of(
        // Surrey 2008 (seed 000). Measures: 14 bullets under "Demonstrate clear evidence of improvement in
        // outcomes" (LAA targets, NI 51, NI 54, NI 59, NI 60, NI 66, NI 101, vacancy rate, unallocated duty
        // cases, LAC allocated, PAF C24, SEN statements, SEN exclusions, "at least maintained"), 5 under
        // leadership (the lead-in sentence and its 4 bullets), 7 under "Developing services and front-line
        // practice", 5 under "Working with others": 31.
        // Dated numeric targets: NI 59 65% Q1 2009 and 77% by 31/3/10 (2), NI 60 65% and 90% (2), NI 66 95%
        // by 31/3/09 (1), vacancy 14% and 11% (2), duty unallocated 0% (1), all LAC allocated (1), PAF C24 7%
        // and 5% (2), all SEN statements in time (1), SEN exclusions 23 and 16 per 1000 (2): 14.
        Arguments.of("surrey-2008", 31, 14, List.of()),
        // Kent 2011 (seed 001). Measures: (i) and (ii) (2); 20 bullets under "demonstrate clear evidence of
        // improvement in outcomes", the four educational targets counted as their own bullets and the lead-in
        // "such that the following quantitative targets are met" as one; the Improvement Board, the improvement
        // programme and the chair's support (3); external validation (1): 26.
        // Dated numeric targets: unallocated 28 days 200, initial 200 and core 100 out of timescale by August
        // 2011 (3); referrals to initial assessment 65% in January-March 2012 (1) and an average of 65% over
        // 2012-13 (1); CP plans of two years 6% over 2012-13 (1); adoptions 11% by March 2012 and 13% over
        // 2012-13 (2); the three attainment gaps by the end of 2011/12 (3); health checks 85% by March 2012 (1):
        // 12. Not counted: the vacancy rate of 10% and the 11% missing school name no date.
        Arguments.of("kent-2011", 26, 12, List.of("measures[23].requirements[0].deadline")),
        // West Sussex 2011 (seed 002). Measures: (i) and (ii) (2); 9 "Social Care Practice" bullets; 3
        // "Partnership and Governance" bullets; 3 "Support measures" bullets; Improvement Board, improvement
        // programme, chair's support and Performance Challenge meetings (4); external validation (1): 22.
        // Dated numeric targets: none. Its only numbers are baselines (56.3%, 60.4%) and its targets are
        // relative to national and statistical neighbour averages: 0.
        Arguments.of("west-sussex-2011", 22, 0, List.of()),
        // Somerset 2013 (seed 004). Measures: three "Taking account" bullets (3); (i)-(iii) (3); eight
        // "must demonstrate that" bullets (8); four auditing bullets (4); the Board Chair's assessments and the
        // final written report (2): 20.
        // Dated numeric targets: 100% of new case plans by the six month review (1); 75% of cases and 80% of
        // managers' records adequate, due by twelve months from the start (the plan clause's aim) (2): 3. The
        // 100% qualified-enquiries and no-unallocated-cases obligations hold in every period, not by a date.
        Arguments.of("somerset-2013", 20, 3, List.of()),
        // Surrey 2018 improvement plan (seed 003). Measures: four recommendations to Cabinet (4); the
        // Commissioner's ten recommendations (10); the OPAB cadence and its six roles (7); the five themes (5);
        // the Select Committee's three recommendations (3); Ofsted's monitoring visits every three months, a
        // recurring duty borne by Ofsted (1); the Commissioner's reviews in April and September 2019, borne by
        // him (1): 31.
        // Dated numeric targets: none: the report sets no number; its KPIs are monitored for sustained trends: 0.
        Arguments.of("surrey-2018-plan", 31, 0, List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void parsesWithNoDiagnosticsAndTheCountsOfTheDocument(String name, int measures, int datedTargets,
      List<String> warnings) throws IOException {
    String text = load(name);
    ParsedNotice parsed = NoticeLanguage.read(name + ".notice", text);
    Notice notice = parsed.notice();

    assertThat(parsed.warnings()).hasSameSizeAs(warnings);
    assertThat(NoticeValidator.validate(notice)).allMatch(p -> p.severity() == Severity.WARNING)
        .extracting(Problem::path).containsExactlyElementsOf(warnings);
    assertThat(notice.id().value()).isEqualTo(name);
    assertThat(notice.measures()).hasSize(measures);
    assertThat(notice.decidableRequirements().stream().filter(NoticeDocumentsTest::isDatedNumericTarget).count())
        .isEqualTo(datedTargets);
    assertThat(NoticeLanguage.parse(name + ".notice", NoticeLanguage.print(notice))).isEqualTo(notice);
  }

  static boolean isDatedNumericTarget(Requirement r) {
    return r instanceof ThresholdInPeriod
        || (r instanceof ThresholdByDate t && !(t.deadline() instanceof Deadline.EndOfNotice)
            && !(t.deadline() instanceof Deadline.Before b && b.inner() instanceof Deadline.EndOfNotice))
        || r instanceof AverageOverPeriod
        || r instanceof GapBetweenSeries;
  }

  static String load(String name) throws IOException {
    try (InputStream in = NoticeDocumentsTest.class.getResourceAsStream("/notices/" + name + ".notice")) {
      assertThat(in).as("notices/%s.notice on the classpath", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
