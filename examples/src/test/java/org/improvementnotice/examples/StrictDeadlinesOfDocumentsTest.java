package org.improvementnotice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.improvementnotice.data.CsvData;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.ActionEvidence;
import org.improvementnotice.model.data.MeetingRecord;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.language.NoticeLanguage;
import org.improvementnotice.model.requirement.DatedAction;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.rules.ComplianceEngine;
import org.improvementnotice.rules.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The documents' "prior to" and "before" clauses (DOMAIN.md, "By" and "before") are strict: done on the day they
 * name is done late. Somerset's SSCB clause ("prior to the December Board", the Board of 3 December 2013 in the
 * data) and the external-validation clauses of Kent and West Sussex ("before the end of this notice").
 */
class StrictDeadlinesOfDocumentsTest {
  private static final ComplianceEngine ENGINE = ComplianceEngine.create();
  private static final Path RESOURCES = Path.of("src/main/resources");

  @ParameterizedTest(name = "{0} {1}: due before {2}")
  @CsvSource({
      "somerset-2013, sscb, 2013-12-03",
      "kent-2011, external-validation, 2013-04-30",
      "west-sussex-2011, external-validation, 2012-09-30"})
  void doneOnTheDayNamedIsDoneLateAndTheDayBeforeIsDone(String id, String requirement, LocalDate day)
      throws IOException {
    Notice notice = NoticeLanguage.parse(id + ".notice", Files.readString(RESOURCES.resolve("notices/" + id
        + ".notice")));
    DatedAction action = (DatedAction) notice.requirement(RequirementId.of(requirement)).orElseThrow();
    assertThat(action.deadline().isStrict()).as("%s is written with 'before'", requirement).isTrue();
    PerformanceData csv = CsvData.read(RESOURCES.resolve("data/" + id), notice.recipient().council()).data();

    assertThat(status(notice, csv, requirement, day)).isEqualTo(Status.DONE_LATE);
    assertThat(status(notice, csv, requirement, day.minusDays(1))).isEqualTo(Status.DONE);
  }

  /** The action's status a month after the day, with the document's meetings and only this completion. */
  private static Status status(Notice notice, PerformanceData csv, String requirement, LocalDate completed) {
    PerformanceData.Builder data = PerformanceData.builder(csv.council());
    for (MeetingRecord m : csv.meetingsInOrderAdded()) {
      data.addMeeting(m);
    }
    data.addAction(new ActionEvidence(RequirementId.of(requirement), completed, "evidence", completed));
    LocalDate asAt = completed.plusMonths(1);
    return ENGINE.evaluate(notice, data.build(), asAt).finding(requirement).orElseThrow().status();
  }
}
