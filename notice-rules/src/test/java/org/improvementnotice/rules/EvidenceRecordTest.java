package org.improvementnotice.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.improvementnotice.rules.Fixtures.data;
import static org.improvementnotice.rules.Fixtures.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.Rag;
import org.improvementnotice.model.data.ActionEvidence;
import org.improvementnotice.model.data.BoardJudgement;
import org.improvementnotice.model.data.MeetingRecord;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.requirement.DatedAction;
import org.improvementnotice.model.requirement.QualitativeMeasure;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.time.Deadline;
import org.junit.jupiter.api.Test;

/**
 * The audit record's evidence: each finding of an action, a recurring action, a cadence or a qualitative measure
 * lists the records it rests on, exactly those, as the data gave them; a finding on figures lists none.
 */
class EvidenceRecordTest {
  static final ActionEvidence FIRST = new ActionEvidence(RequirementId.of("chair"), LocalDate.of(2009, 1, 28),
      "assessment 1", LocalDate.of(2009, 1, 30));
  static final ActionEvidence SECOND = new ActionEvidence(RequirementId.of("chair"), LocalDate.of(2009, 8, 20),
      "assessment 2", LocalDate.of(2009, 8, 21));

  static Finding only(ComplianceReport report) {
    assertThat(report.findings()).hasSize(1);
    return report.findings().get(0);
  }

  @Test
  void aDatedActionRestsOnItsCompletionAndTheMeetingThatFixedItsDeadline() {
    DatedAction signOff = new DatedAction(RequirementId.of("sign-off"), "Sign-off of the plan",
        Deadline.atEvent("January Improvement Board"));
    MeetingRecord january = new MeetingRecord("Improvement Board", LocalDate.of(2009, 1, 21), Optional.empty(),
        false, Optional.of("january improvement board "), "minutes 21/1");
    MeetingRecord other = new MeetingRecord("Improvement Board", LocalDate.of(2009, 1, 5), Optional.empty(), false,
        Optional.of("Planning day"), "minutes 5/1");
    ActionEvidence done = new ActionEvidence(RequirementId.of("sign-off"), LocalDate.of(2009, 1, 19), "plan v3",
        LocalDate.of(2009, 1, 20));
    ActionEvidence elsewhere = new ActionEvidence(RequirementId.of("other"), LocalDate.of(2009, 1, 2), "x",
        LocalDate.of(2009, 1, 2));
    PerformanceData d = data().addMeeting(other).addMeeting(january).addAction(done).addAction(elsewhere).build();

    Finding f = only(Fixtures.ENGINE.evaluate(notice(signOff), d, LocalDate.of(2009, 2, 1)));

    assertThat(f.status()).isEqualTo(Status.DONE);
    assertThat(f.evidence()).containsExactly(new EvidenceUsed.Meeting("deadline meeting", january),
        new EvidenceUsed.Completion("completion", done));
    // before the meeting is held, nothing fixes the deadline and nothing is done: no record is used
    assertThat(only(Fixtures.ENGINE.evaluate(notice(signOff), d, LocalDate.of(2009, 1, 10))).evidence()).isEmpty();
  }

  @Test
  void aRecurringActionRestsOnTheCompletionsStandingForTheOccurrencesDueSoFar() {
    ActionEvidence early = new ActionEvidence(RequirementId.of("chair"), LocalDate.of(2009, 9, 1), "assessment 3",
        LocalDate.of(2009, 9, 1));
    PerformanceData d = data().addAction(SECOND).addAction(FIRST).addAction(early).build();

    Finding twoDue = only(RecurringActionRulesTest.evaluated(RecurringActionRulesTest.ASSESSMENTS, d,
        LocalDate.of(2009, 9, 1)));
    assertThat(twoDue.evidence()).containsExactly(
        new EvidenceUsed.Completion("completion of the 1st occurrence", FIRST),
        new EvidenceUsed.Completion("completion of the 2nd occurrence", SECOND));

    // while none is due, the first completion stands for the first occurrence
    Finding noneDue = only(RecurringActionRulesTest.evaluated(RecurringActionRulesTest.ASSESSMENTS, d,
        LocalDate.of(2009, 1, 31)));
    assertThat(noneDue.evidence()).containsExactly(
        new EvidenceUsed.Completion("completion of the 1st occurrence", FIRST));
  }

  @Test
  void aCadenceRestsOnTheMeetingsOfItsBodyHeldInItsWindowByTheDate() {
    MeetingRecord dec = GovernanceRulesTest.meeting(LocalDate.of(2008, 12, 15));
    MeetingRecord jan = GovernanceRulesTest.meeting(LocalDate.of(2009, 1, 22));
    MeetingRecord later = GovernanceRulesTest.meeting(LocalDate.of(2009, 2, 28));
    MeetingRecord beforeIssue = GovernanceRulesTest.meeting(LocalDate.of(2008, 11, 20));
    MeetingRecord otherBody = new MeetingRecord("Performance Challenge", LocalDate.of(2009, 1, 5),
        Optional.empty(), false, Optional.empty(), "notes");
    PerformanceData d = data().addMeeting(beforeIssue).addMeeting(dec).addMeeting(otherBody).addMeeting(jan)
        .addMeeting(later).build();

    Finding f = only(Fixtures.ENGINE.evaluate(notice(GovernanceRulesTest.MONTHLY), d, LocalDate.of(2009, 2, 1)));

    assertThat(f.evidence()).containsExactly(new EvidenceUsed.Meeting("meeting", dec),
        new EvidenceUsed.Meeting("meeting", jan));
    // before the window opens no meeting is counted
    assertThat(only(Fixtures.ENGINE.evaluate(notice(GovernanceRulesTest.MONTHLY), d, LocalDate.of(2008, 11, 25)))
        .evidence()).isEmpty();
  }

  @Test
  void aQualitativeMeasureRestsOnTheBoardsLatestJudgementByTheDate() {
    QualitativeMeasure partners = QualitativeAndTargetRulesTest.PARTNERS;
    BoardJudgement amber = new BoardJudgement(partners.id(), Rag.AMBER, LocalDate.of(2009, 2, 10), "Early days.");
    BoardJudgement green = new BoardJudgement(partners.id(), Rag.GREEN, LocalDate.of(2009, 5, 12), "Launched.");
    PerformanceData d = data().addJudgement(amber).addJudgement(green).build();

    assertThat(only(Fixtures.ENGINE.evaluate(notice(partners), d, LocalDate.of(2009, 3, 31))).evidence())
        .containsExactly(new EvidenceUsed.Judgement("board judgement", amber));
    assertThat(only(Fixtures.ENGINE.evaluate(notice(partners), d, LocalDate.of(2009, 1, 31))).evidence()).isEmpty();
  }

  @Test
  void aFindingOnFiguresRestsOnNoRecordOfEvidence() {
    for (Finding f : Fixtures.ENGINE.evaluate(Surrey.notice(), Surrey.data(), Surrey.VERDICT_DATE).findings()) {
      if (List.of("THRESHOLD_IN_PERIOD", "THRESHOLD_BY_DATE", "STAGED_TARGETS").contains(f.form().name())) {
        assertThat(f.evidence()).as(f.requirement().value()).isEmpty();
        assertThat(f.values()).as(f.requirement().value()).isNotEmpty();
      }
    }
  }
}
