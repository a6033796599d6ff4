package org.improvementnotice.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.improvementnotice.rules.Fixtures.assertFindings;
import static org.improvementnotice.rules.Fixtures.assertSoleFinding;
import static org.improvementnotice.rules.Fixtures.data;
import static org.improvementnotice.rules.Fixtures.notice;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.improvementnotice.model.data.ActionEvidence;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.requirement.Cadence;
import org.improvementnotice.model.requirement.RecurringAction;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.time.Deadline;
import org.junit.jupiter.api.Test;

/**
 * action.drl: form 16, recurring actions. The notice is issued on 1 December 2008 and ends on 30 September
 * 2010, so "within two months, and six-monthly thereafter until the end" has four occurrences, due by
 * 1 February 2009, 1 August 2009, 1 February 2010 and 1 August 2010.
 */
class RecurringActionRulesTest {
  static final RecurringAction ASSESSMENTS = new RecurringAction(RequirementId.of("chair"),
      "The Board Chair's assessment of progress", Deadline.monthsAfterIssue(2), new Cadence(6, ChronoUnit.MONTHS),
      Optional.of(Deadline.endOfNotice()));

  static PerformanceData done(String id, LocalDate... completed) {
    PerformanceData.Builder b = data();
    for (int i = 0; i < completed.length; i++) {
      b.addAction(new ActionEvidence(RequirementId.of(id), completed[i], "assessment " + (i + 1), completed[i]));
    }
    return b.build();
  }

  static ComplianceReport evaluated(RecurringAction a, PerformanceData d, LocalDate asAt) {
    return Fixtures.ENGINE.evaluate(notice(a), d, asAt);
  }

  @Test
  void beforeTheFirstOccurrenceIsDueItIsDecidedAsTheFirstDatedAction() {
    assertFindings(notice(ASSESSMENTS), done("chair"), LocalDate.of(2008, 12, 15),
        "chair NOT_YET_DUE GREY action not yet due");
    assertFindings(notice(ASSESSMENTS), done("chair"), LocalDate.of(2009, 1, 20),
        "chair DUE_SOON AMBER action due soon");
    assertFindings(notice(ASSESSMENTS), done("chair", LocalDate.of(2009, 1, 10)), LocalDate.of(2009, 1, 20),
        "chair DONE GREEN action done");
  }

  @Test
  void theFirstOccurrenceDoneOnTimeIsDoneSoFarAndTheNextIsNamed() {
    ComplianceReport r = evaluated(ASSESSMENTS, done("chair", LocalDate.of(2009, 1, 28)), LocalDate.of(2009, 3, 1));
    assertSoleFinding(r, "chair DONE GREEN recurring action done so far",
        "The Board Chair's assessment of progress: the one "
        + "occurrence due so far was done on time, on 2009-01-28 (assessment 1); the next is due by 2009-08-01.");
    assertThat(r.findings().get(0).threshold()).contains("by 2009-02-01, then every 6 months until 2010-09-30");
  }

  @Test
  void anOccurrenceNotDoneByItsDeadlineIsOverdueAndNamed() {
    ComplianceReport r = evaluated(ASSESSMENTS, done("chair", LocalDate.of(2009, 1, 28)), LocalDate.of(2009, 8, 2));
    assertSoleFinding(r, "chair OVERDUE RED recurring action overdue",
        "The Board Chair's assessment of progress: the 2nd "
        + "occurrence, due by 2009-08-01, is not recorded as done (1 of the 2 occurrences due so far done).");
    assertThat(r.compliedSoFar()).isFalse();
    // the deadline day itself is still on time
    assertFindings(notice(ASSESSMENTS), done("chair", LocalDate.of(2009, 1, 28)), LocalDate.of(2009, 8, 1),
        "chair DONE GREEN recurring action done so far");
  }

  @Test
  void anOccurrenceDoneAfterItsDeadlineIsDoneLate() {
    ComplianceReport r = evaluated(ASSESSMENTS, done("chair", LocalDate.of(2009, 1, 28), LocalDate.of(2009, 8, 20)),
        LocalDate.of(2009, 9, 1));
    assertSoleFinding(r, "chair DONE_LATE AMBER recurring action done late",
        "The Board Chair's assessment of progress: the 2nd "
        + "occurrence, due by 2009-08-01, was done late, on 2009-08-20 (assessment 2).");
  }

  @Test
  void anOverdueOccurrenceIsWorseThanALateOne() {
    PerformanceData d = done("chair", LocalDate.of(2009, 1, 28), LocalDate.of(2009, 8, 20));
    assertFindings(notice(ASSESSMENTS), d, LocalDate.of(2010, 2, 2), "chair OVERDUE RED recurring action overdue");
    // a late occurrence stays late once later ones are done on time
    PerformanceData caughtUp = done("chair", LocalDate.of(2009, 1, 28), LocalDate.of(2009, 8, 20),
        LocalDate.of(2010, 1, 15));
    assertFindings(notice(ASSESSMENTS), caughtUp, LocalDate.of(2010, 2, 2),
        "chair DONE_LATE AMBER recurring action done late");
  }

  @Test
  void completionsCountInDateOrderSoAnEarlyOneCountsForTheNextOccurrence() {
    PerformanceData d = done("chair", LocalDate.of(2009, 6, 1), LocalDate.of(2009, 1, 28));
    assertFindings(notice(ASSESSMENTS), d, LocalDate.of(2009, 8, 2), "chair DONE GREEN recurring action done so far");
  }

  @Test
  void noOccurrenceIsRequiredAfterTheEnd() {
    PerformanceData all = done("chair", LocalDate.of(2009, 1, 28), LocalDate.of(2009, 7, 28), LocalDate.of(2010, 1, 28),
        LocalDate.of(2010, 7, 28));
    ComplianceReport r = evaluated(ASSESSMENTS, all, LocalDate.of(2011, 6, 1));
    assertSoleFinding(r, "chair DONE GREEN recurring action done so far",
        "The Board Chair's assessment of progress: each of "
        + "the 4 occurrences due so far was done on time, the last on 2010-07-28 (assessment 4); no further "
        + "occurrence is required.");
  }

  @Test
  void withoutAnEndItGoesOnAndMonthsCountFromTheFirstDeadlinesOwnDay() {
    RecurringAction review = new RecurringAction(RequirementId.of("review"), "Review of the plan",
        Deadline.on(LocalDate.of(2009, 8, 31)), new Cadence(6, ChronoUnit.MONTHS), Optional.empty());
    ComplianceReport r = evaluated(review, done("review", LocalDate.of(2009, 8, 31), LocalDate.of(2010, 2, 26)),
        LocalDate.of(2010, 3, 1));
    assertThat(Fixtures.summary(r)).containsExactly("review DONE GREEN recurring action done so far");
    assertThat(r.findings().get(0).explanation()).endsWith("the next is due by 2010-08-31.");
    assertFindings(notice(review), done("review", LocalDate.of(2009, 8, 31), LocalDate.of(2010, 2, 26)),
        LocalDate.of(2012, 3, 1), "review OVERDUE RED recurring action overdue");
  }

  @Test
  void aBeforeDeadlineExcludesTheDayOfEveryOccurrence() {
    RecurringAction visits = new RecurringAction(RequirementId.of("visits"), "A visit", Deadline.before(
        Deadline.on(LocalDate.of(2009, 2, 1))), Cadence.everyWeeks(4), Optional.empty());
    ComplianceReport r = evaluated(visits, done("visits", LocalDate.of(2009, 1, 31), LocalDate.of(2009, 3, 1)),
        LocalDate.of(2009, 3, 10));
    assertSoleFinding(r, "visits DONE_LATE AMBER recurring action done late",
        "A visit: the 2nd occurrence, due before 2009-03-01, "
        + "was done late, on 2009-03-01 (assessment 2).");
  }

  @Test
  void aFirstDeadlineAtAnEventNotYetHeldIsUnresolved() {
    RecurringAction atBoard = new RecurringAction(RequirementId.of("board"), "A progress report",
        Deadline.atEvent("First Improvement Board"), Cadence.monthly(), Optional.empty());
    assertFindings(notice(atBoard), done("board"), LocalDate.of(2009, 6, 1),
        "board UNRESOLVED_DEADLINE GREY action deadline unresolved");
  }

  @Test
  void evidenceRecordedAfterTheAssessmentDateIsNotSeen() {
    PerformanceData d = data().addAction(new ActionEvidence(RequirementId.of("chair"), LocalDate.of(2009, 1, 28),
        "assessment 1", LocalDate.of(2009, 3, 15))).build();
    assertFindings(notice(ASSESSMENTS), d, LocalDate.of(2009, 3, 1), "chair OVERDUE RED recurring action overdue");
    assertFindings(notice(ASSESSMENTS), d, LocalDate.of(2009, 3, 15), "chair DONE GREEN recurring action done so far");
  }

  /** The occurrences are counted, not walked: a daily action assessed at the last date supported is decided at once. */
  @Test
  void aDailyActionAssessedAtTheLastSupportedDateIsCountedNotWalked() {
    RecurringAction daily = new RecurringAction(RequirementId.of("daily"), "A daily check",
        Deadline.on(LocalDate.of(2009, 1, 1)), new Cadence(1, ChronoUnit.DAYS), Optional.empty());
    ComplianceReport r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
        () -> evaluated(daily, done("daily", LocalDate.of(2009, 1, 1), LocalDate.of(2009, 1, 2)),
            LocalDate.of(2199, 12, 31)));
    assertSoleFinding(r, "daily OVERDUE RED recurring action overdue",
        "A daily check: the 3rd occurrence, due by 2009-01-03, "
        + "is not recorded as done (2 of the 69760 occurrences due so far done).");
  }
}
