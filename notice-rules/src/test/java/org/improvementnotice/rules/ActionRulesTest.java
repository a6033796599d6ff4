package org.improvementnotice.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.improvementnotice.rules.Fixtures.assertFindings;
import static org.improvementnotice.rules.Fixtures.assertSoleFinding;
import static org.improvementnotice.rules.Fixtures.data;
import static org.improvementnotice.rules.Fixtures.notice;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.Governance;
import org.improvementnotice.model.NamedEvent;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.ActionEvidence;
import org.improvementnotice.model.data.MeetingRecord;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.requirement.DatedAction;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.time.Deadline;
import org.junit.jupiter.api.Test;

/** action.drl: form 12, dated actions. */
class ActionRulesTest {
  static final DatedAction SMT = new DatedAction(RequirementId.of("smt"),
      "An effective permanent Senior Management Team in place", Deadline.on(LocalDate.of(2009, 3, 1)));

  static PerformanceData done(String id, LocalDate completed, LocalDate recorded) {
    return data().addAction(new ActionEvidence(RequirementId.of(id), completed, "Board minute 12", recorded)).build();
  }

  @Test
  void doneOnTheDeadlineDayIsDone() {
    assertFindings(notice(SMT), done("smt", LocalDate.of(2009, 3, 1), LocalDate.of(2009, 3, 2)),
        LocalDate.of(2009, 3, 31), "smt DONE GREEN action done");
  }

  @Test
  void doneTheDayAfterIsDoneLate() {
    ComplianceReport r = Fixtures.ENGINE.evaluate(notice(SMT),
        done("smt", LocalDate.of(2009, 3, 2), LocalDate.of(2009, 3, 2)), LocalDate.of(2009, 3, 31));
    assertSoleFinding(r, "smt DONE_LATE AMBER action done late",
        "An effective permanent Senior Management Team in place: "
        + "done on 2009-03-02 (Board minute 12), after the deadline of 2009-03-01.");
    assertThat(r.compliedSoFar()).isFalse();
  }

  @Test
  void evidenceRecordedAfterTheAssessmentDateIsNotSeen() {
    PerformanceData d = done("smt", LocalDate.of(2009, 2, 20), LocalDate.of(2009, 4, 10));
    assertFindings(notice(SMT), d, LocalDate.of(2009, 3, 31), "smt OVERDUE RED action overdue");
    assertFindings(notice(SMT), d, LocalDate.of(2009, 4, 10), "smt DONE GREEN action done");
  }

  @Test
  void notDoneIsDueSoonWithinTheWindowAndNotYetDueBefore() {
    PerformanceData none = data().build();
    // 28 days before
    assertFindings(notice(SMT), none, LocalDate.of(2009, 2, 1), "smt DUE_SOON AMBER action due soon");
    assertFindings(notice(SMT), none, LocalDate.of(2009, 1, 31), "smt NOT_YET_DUE GREY action not yet due");
    // the deadline day itself is still on time
    assertFindings(notice(SMT), none, LocalDate.of(2009, 3, 1), "smt DUE_SOON AMBER action due soon");
    assertFindings(notice(SMT), none, LocalDate.of(2009, 3, 2), "smt OVERDUE RED action overdue");
  }

  @Test
  void monthsAfterIssueClampToTheLastDayOfALeapFebruary() {
    DatedAction sixMonths = new DatedAction(RequirementId.of("plan"), "An improvement plan agreed",
        Deadline.monthsAfterIssue(6));
    Notice n = Fixtures.notice(Governance.none(), LocalDate.of(2011, 8, 31), sixMonths);
    assertFindings(n, done("plan", LocalDate.of(2012, 2, 29), LocalDate.of(2012, 2, 29)),
        LocalDate.of(2012, 3, 31), "plan DONE GREEN action done");
    assertFindings(n, data().build(), LocalDate.of(2012, 2, 29), "plan DUE_SOON AMBER action due soon");
    assertFindings(n, data().build(), LocalDate.of(2012, 3, 1), "plan OVERDUE RED action overdue");
  }

  @Test
  void aBoardAnchoredDeadlineResolvesFromTheCalendarOrARecordedMeeting() {
    DatedAction signOff = new DatedAction(RequirementId.of("sign-off"), "Sign-off of the plan",
        Deadline.atEvent("January Improvement Board"));
    Notice unresolved = notice(signOff);
    assertFindings(unresolved, data().build(), LocalDate.of(2009, 1, 10),
        "sign-off UNRESOLVED_DEADLINE GREY action deadline unresolved");
    PerformanceData met = data().addMeeting(new MeetingRecord("Improvement Board", LocalDate.of(2009, 1, 21),
        Optional.empty(), false, Optional.of("January Improvement Board"), "minutes")).build();
    assertFindings(unresolved, met, LocalDate.of(2009, 1, 22), "sign-off OVERDUE RED action overdue");
    Notice calendar = Fixtures.notice(new Governance(List.of(),
        List.of(new NamedEvent("January Improvement Board", LocalDate.of(2009, 1, 21)))), Fixtures.ISSUE, signOff);
    assertFindings(calendar, data().build(), LocalDate.of(2009, 1, 10), "sign-off DUE_SOON AMBER action due soon");
  }

  @Test
  void doneWithADeadlineNotYetResolvableIsDone() {
    DatedAction signOff = new DatedAction(RequirementId.of("sign-off"), "Sign-off of the plan",
        Deadline.atEvent("January Improvement Board"));
    assertFindings(notice(signOff), done("sign-off", LocalDate.of(2009, 1, 5), LocalDate.of(2009, 1, 6)),
        LocalDate.of(2009, 1, 10), "sign-off DONE GREEN action done, deadline unresolved");
  }

  /**
   * "Immediately" is by the issue date (1 December 2008): done that day is on time, the day after late; not done,
   * it is due soon on the day and overdue from the next.
   */
  @Test
  void immediatelyIsDueOnTheIssueDate() {
    DatedAction worker = new DatedAction(RequirementId.of("worker"), "A named social worker for every child",
        Deadline.atIssue());
    LocalDate issue = Fixtures.ISSUE;
    assertFindings(notice(worker), done("worker", issue, issue), issue.plusDays(10), "worker DONE GREEN action done");
    assertFindings(notice(worker), done("worker", issue.plusDays(1), issue.plusDays(1)), issue.plusDays(10),
        "worker DONE_LATE AMBER action done late");
    assertFindings(notice(worker), data().build(), issue, "worker DUE_SOON AMBER action due soon");
    ComplianceReport overdue = Fixtures.ENGINE.evaluate(notice(worker), data().build(), issue.plusDays(1));
    assertThat(Fixtures.summary(overdue)).containsExactly("worker OVERDUE RED action overdue");
    assertThat(overdue.findings().get(0).threshold()).contains("by 2008-12-01");
  }

  @Test
  void aDeadlineAtTheEndOfAMonthIsItsLastDay() {
    DatedAction jan = new DatedAction(RequirementId.of("jan"), "Recruit managers", Deadline.endOf(YearMonth.of(2009, 1)));
    assertFindings(notice(jan), done("jan", LocalDate.of(2009, 1, 31), LocalDate.of(2009, 2, 1)),
        LocalDate.of(2009, 2, 1), "jan DONE GREEN action done");
  }

  static final DatedAction SSCB = new DatedAction(RequirementId.of("sscb"),
      "SSCB business plan agreed prior to the December Board", Deadline.before(Deadline.atEvent("December Board")));

  static Notice withDecemberBoard(DatedAction a) {
    return Fixtures.notice(new Governance(List.of(), List.of(new NamedEvent("December Board", LocalDate.of(2009, 12,
        8)))), Fixtures.ISSUE, a);
  }

  /** SSCB done, and minuted, on the day, assessed at the end of December 2009. */
  static ComplianceReport sscbDoneOn(LocalDate day) {
    return Fixtures.ENGINE.evaluate(withDecemberBoard(SSCB), done("sscb", day, day), LocalDate.of(2009, 12, 31));
  }

  @Test
  void doneOnTheDayOfABeforeDeadlineIsDoneLate() {
    assertSoleFinding(sscbDoneOn(LocalDate.of(2009, 12, 8)), "sscb DONE_LATE AMBER action done late",
        "SSCB business plan agreed prior to the December Board: "
        + "done on 2009-12-08 (Board minute 12), late: it was due before 2009-12-08.");
  }

  @Test
  void doneTheDayBeforeABeforeDeadlineIsDone() {
    assertSoleFinding(sscbDoneOn(LocalDate.of(2009, 12, 7)), "sscb DONE GREEN action done",
        "SSCB business plan agreed prior to the December Board: "
        + "done on 2009-12-07 (Board minute 12), deadline before 2009-12-08.");
  }

  @Test
  void notDoneByTheDayOfABeforeDeadlineIsOverdueThatDay() {
    PerformanceData none = data().build();
    assertFindings(withDecemberBoard(SSCB), none, LocalDate.of(2009, 12, 7), "sscb DUE_SOON AMBER action due soon");
    ComplianceReport r = Fixtures.ENGINE.evaluate(withDecemberBoard(SSCB), none, LocalDate.of(2009, 12, 8));
    assertSoleFinding(r, "sscb OVERDUE RED action overdue",
        "SSCB business plan agreed prior to the December Board: "
        + "not recorded as done, and the deadline (before 2009-12-08) has passed.");
    assertFindings(notice(SSCB), none, LocalDate.of(2009, 12, 8),
        "sscb UNRESOLVED_DEADLINE GREY action deadline unresolved");
  }

  /** Kent: "agreed ... by the end of February 2011", in a notice signed on 8 March 2011. */
  static final DatedAction PROGRAMME = new DatedAction(RequirementId.of("programme"),
      "An improvement programme agreed", Deadline.endOf(YearMonth.of(2011, 2)));

  static Notice signedInMarch() {
    return Fixtures.notice(Governance.none(), LocalDate.of(2011, 3, 8), PROGRAMME);
  }

  @Test
  void aDeadlineBeforeTheNoticeIsDecidedAsUsualAndSaysSo() {
    ComplianceReport early = Fixtures.ENGINE.evaluate(signedInMarch(),
        done("programme", LocalDate.of(2011, 2, 21), LocalDate.of(2011, 2, 21)), LocalDate.of(2011, 3, 31));
    assertSoleFinding(early, "programme DONE GREEN action done",
        "An improvement programme agreed: done on "
        + "2011-02-21 (Board minute 12), deadline 2011-02-28. The deadline precedes the notice.");

    ComplianceReport late = Fixtures.ENGINE.evaluate(signedInMarch(),
        done("programme", LocalDate.of(2011, 4, 12), LocalDate.of(2011, 4, 12)), LocalDate.of(2011, 4, 30));
    assertThat(Fixtures.summary(late)).containsExactly("programme DONE_LATE AMBER action done late");
    assertThat(late.findings().get(0).explanation()).endsWith("The deadline precedes the notice.");
  }

  @Test
  void aDeadlineBeforeTheNoticeNotMetIsOverdueFromTheIssueDate() {
    ComplianceReport r = Fixtures.ENGINE.evaluate(signedInMarch(), data().build(), LocalDate.of(2011, 3, 8));
    assertSoleFinding(r, "programme OVERDUE RED action overdue",
        "An improvement programme agreed: not recorded as done, "
        + "and the deadline of 2011-02-28 has passed. The deadline precedes the notice.");
  }
}
