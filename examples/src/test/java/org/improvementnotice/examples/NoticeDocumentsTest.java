package org.improvementnotice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.language.NoticeLanguage;
import org.improvementnotice.model.language.ParsedNotice;
import org.improvementnotice.model.requirement.AverageOverPeriod;
import org.improvementnotice.model.requirement.GapBetweenSeries;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.ThresholdByDate;
import org.improvementnotice.model.requirement.ThresholdInPeriod;
import org.improvementnotice.model.validation.NoticeValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five source documents, written in the notice language, parse and validate with no diagnostics at all
 * (not even warnings), survive print and parse unchanged, and hold the number of measures and of dated
 * numeric targets counted by hand from the documents.
 *
 * <p>A <em>dated numeric target</em> is a number the document sets for an indicator with a date or period
 * by which it must be reached: forms 1 and 2 (each stage of staged targets counts once), 9 (average over a
 * period) and 10 (gap between two series). Obligations to maintain a level, every-period obligations,
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
        Arguments.of("surrey-2008", 31, 14));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void parsesWithNoDiagnosticsAndTheCountsOfTheDocument(String name, int measures, int datedTargets)
      throws IOException {
    String text = load(name);
    ParsedNotice parsed = NoticeLanguage.read(name + ".notice", text);
    Notice notice = parsed.notice();

    assertThat(parsed.warnings()).isEmpty();
    assertThat(NoticeValidator.validate(notice)).isEmpty();
    assertThat(notice.id().value()).isEqualTo(name);
    assertThat(notice.measures()).hasSize(measures);
    assertThat(notice.decidableRequirements().stream().filter(NoticeDocumentsTest::isDatedNumericTarget).count())
        .isEqualTo(datedTargets);
    assertThat(NoticeLanguage.parse(name + ".notice", NoticeLanguage.print(notice))).isEqualTo(notice);
  }

  static boolean isDatedNumericTarget(Requirement r) {
    return r instanceof ThresholdInPeriod || r instanceof ThresholdByDate || r instanceof AverageOverPeriod
        || r instanceof GapBetweenSeries;
  }

  static String load(String name) throws IOException {
    try (InputStream in = NoticeDocumentsTest.class.getResourceAsStream("/notices/" + name + ".notice")) {
      assertThat(in).as("notices/%s.notice on the classpath", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
