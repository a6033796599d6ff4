package org.improvementnotice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.improvementnotice.data.CsvData;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.language.NoticeLanguage;
import org.improvementnotice.rules.ComplianceEngine;
import org.improvementnotice.rules.ComplianceReport;
import org.improvementnotice.rules.Finding;
import org.improvementnotice.rules.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Each of the five documents' journeys ends with its final verdict (DOMAIN.md "The final verdict"): a month after
 * its end, later than any assessment, with nothing due by the end still open.
 */
class FinalVerdictOfDocumentsTest {
  private static final ComplianceEngine ENGINE = ComplianceEngine.create();
  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Set<Status> OPEN = Set.of(Status.NOT_YET_DUE, Status.ON_TRACK, Status.AT_RISK,
      Status.OFF_TRACK, Status.DUE_SOON);

  private static List<ComplianceReport> journey(String id) throws IOException {
    Notice notice = NoticeLanguage.parse(id + ".notice", Files.readString(RESOURCES.resolve("notices/" + id + ".notice")));
    CsvData data = CsvData.read(RESOURCES.resolve("data/" + id), notice.recipient().council());
    return ENGINE.evaluateSchedule(notice, data.data());
  }

  @ParameterizedTest
  @ValueSource(strings = {"surrey-2008", "kent-2011", "west-sussex-2011", "somerset-2013", "surrey-2018-plan"})
  void theJourneyEndsWithTheFinalVerdict(String id) throws IOException {
    List<ComplianceReport> journey = journey(id);
    ComplianceReport last = journey.get(journey.size() - 1);
    assertThat(last.isFinal()).isTrue();
    assertThat(journey.subList(0, journey.size() - 1)).noneMatch(ComplianceReport::isFinal)
        .allMatch(r -> r.asAt().isBefore(last.asAt()));
  }

  /**
   * Somerset's schedule stops at the six-month review (1 April 2014); its twelve-month audit and supervision
   * targets (to September 2014) are decided only by the final verdict, a month after the end (1 October 2014).
   */
  @Test
  void somersetsTwelveMonthTargetsAreDecidedAtTheFinalVerdict() throws IOException {
    List<ComplianceReport> journey = journey("somerset-2013");
    assertThat(journey).extracting(ComplianceReport::asAt)
        .containsExactly(LocalDate.of(2014, 4, 1), LocalDate.of(2014, 11, 1));
    ComplianceReport last = journey.get(1);
    assertThat(last.assessment()).contains(ComplianceEngine.FINAL_VERDICT);
    assertThat(last.finding("audit-adequate").orElseThrow().status()).isIn(Status.MET, Status.MISSED);
    assertThat(last.finding("supervision-adequate").orElseThrow().status()).isEqualTo(Status.MISSED);
    assertThat(last.findings()).extracting(Finding::status).doesNotContainAnyElementsOf(OPEN);
  }

  /** Kent's and West Sussex's final reviews fall on their end-of-notice deadlines: now decided, not open. */
  @ParameterizedTest
  @ValueSource(strings = {"kent-2011", "west-sussex-2011"})
  void finalReviewsOnTheEndDecideTheEndOfNoticeTargets(String id) throws IOException {
    List<ComplianceReport> journey = journey(id);
    ComplianceReport last = journey.get(journey.size() - 1);
    assertThat(last.assessment()).contains("final review");
    assertThat(last.findings()).extracting(Finding::status).doesNotContainAnyElementsOf(OPEN);
  }
}
