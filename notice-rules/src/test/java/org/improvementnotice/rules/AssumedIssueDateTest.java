package org.improvementnotice.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.improvementnotice.model.IssueDate;
import org.improvementnotice.model.Issuer;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.MeasureId;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.Recipient;
import org.improvementnotice.model.Term;
import org.improvementnotice.model.indicator.IndicatorCatalogue;
import org.improvementnotice.model.indicator.Unit;
import org.improvementnotice.model.requirement.DatedAction;
import org.improvementnotice.model.requirement.EveryPeriod;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.requirement.Threshold;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.time.Window;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md "Stated facts and assumed facts": every finding whose dates or values depend on an assumed fact says
 * so. Somerset's notice is undated; its issue date is assumed, and moves every deadline counted from it.
 */
class AssumedIssueDateTest {
  private static final LocalDate ISSUE = LocalDate.of(2013, 10, 1);
  private static final String SAYS_SO = " It rests on the issue date 2013-10-01, which is assumed.";

  private static Notice notice(IssueDate issued, Term term, Requirement... requirements) {
    Notice.Builder b = Notice.builder().id("assumed").recipient(Recipient.of("Somerset County Council"))
        .issuer(Issuer.of("Department for Education")).issued(issued).term(term);
    IndicatorCatalogue.standard().indicators().forEach(b::addIndicator);
    for (Requirement r : requirements) {
      b.addMeasure(new Measure(MeasureId.of(r.id().value()), "", "Clause " + r.id(), List.of(r)));
    }
    return b.build();
  }

  private static String explanation(Notice n, String id) {
    return Fixtures.ENGINE.evaluate(n, Fixtures.data().build(), LocalDate.of(2014, 3, 1)).finding(id).orElseThrow()
        .explanation();
  }

  @Test
  void aDeadlineCountedFromAnAssumedIssueDateSaysSo() {
    DatedAction within = new DatedAction(RequirementId.of("dataset"), "A dataset agreed",
        Deadline.monthsAfterIssue(2));
    assertThat(explanation(notice(IssueDate.assumed(ISSUE), new Term.ForMonths(12), within), "dataset"))
        .isEqualTo("A dataset agreed: not recorded as done, and the deadline of 2013-12-01 has passed." + SAYS_SO);
    assertThat(explanation(notice(IssueDate.stated(ISSUE), new Term.ForMonths(12), within), "dataset"))
        .doesNotContain("assumed");
  }

  @Test
  void immediatelyRestsOnTheIssueDate() {
    DatedAction immediately = new DatedAction(RequirementId.of("worker"), "A named worker for every child",
        Deadline.atIssue());
    assertThat(explanation(notice(IssueDate.assumed(ISSUE), new Term.ForMonths(12), immediately), "worker"))
        .isEqualTo("A named worker for every child: not recorded as done, and the deadline of 2013-10-01 has passed."
            + SAYS_SO);
  }

  @Test
  void aFixedDateDoesNotRestOnTheIssueDate() {
    DatedAction fixed = new DatedAction(RequirementId.of("plan"), "A plan agreed", Deadline.on(LocalDate.of(2014,
        1, 31)));
    assertThat(explanation(notice(IssueDate.assumed(ISSUE), new Term.ForMonths(12), fixed), "plan"))
        .doesNotContain("assumed");
  }

  @Test
  void theEndOfATermCountedFromIssueAndAWindowFromIssueRestOnIt() {
    DatedAction atEnd = new DatedAction(RequirementId.of("report"), "A report", Deadline.endOfNotice());
    assertThat(explanation(notice(IssueDate.assumed(ISSUE), new Term.ForMonths(12), atEnd), "report"))
        .endsWith(SAYS_SO);
    assertThat(explanation(notice(IssueDate.assumed(ISSUE), new Term.Until(LocalDate.of(2014, 9, 30)), atEnd),
        "report")).doesNotContain("assumed");
    EveryPeriod fromIssue = new EveryPeriod(RequirementId.of("unallocated"), Fixtures.UNALLOCATED,
        Threshold.atMost("0", Unit.COUNT), Window.ofNotice());
    assertThat(explanation(notice(IssueDate.assumed(ISSUE), new Term.Until(LocalDate.of(2014, 9, 30)), fromIssue),
        "unallocated")).endsWith(SAYS_SO);
    EveryPeriod fixedWindow = new EveryPeriod(RequirementId.of("unallocated"), Fixtures.UNALLOCATED,
        Threshold.atMost("0", Unit.COUNT), Window.between(LocalDate.of(2013, 11, 1), LocalDate.of(2014, 9, 30)));
    assertThat(explanation(notice(IssueDate.assumed(ISSUE), new Term.Until(LocalDate.of(2014, 9, 30)),
        fixedWindow), "unallocated")).doesNotContain("assumed");
  }

  @Test
  void anAssumedTermMovesEveryFindingThatRunsToTheEnd() {
    Term assumedEnd = new Term.Until(LocalDate.of(2014, 9, 30), true);
    DatedAction atEnd = new DatedAction(RequirementId.of("report"), "A report", Deadline.endOfNotice());
    assertThat(explanation(notice(IssueDate.stated(ISSUE), assumedEnd, atEnd), "report"))
        .endsWith(" It rests on the notice's end 2014-09-30, which is assumed.");
    EveryPeriod toTheEnd = new EveryPeriod(RequirementId.of("unallocated"), Fixtures.UNALLOCATED,
        Threshold.atMost("0", Unit.COUNT), Window.between(LocalDate.of(2013, 11, 1), LocalDate.of(2014, 9, 30)));
    assertThat(explanation(notice(IssueDate.stated(ISSUE), assumedEnd, toTheEnd), "unallocated"))
        .doesNotContain("assumed");
    EveryPeriod throughout = new EveryPeriod(RequirementId.of("unallocated"), Fixtures.UNALLOCATED,
        Threshold.atMost("0", Unit.COUNT), Window.ofNotice());
    // both the start (the assumed issue date) and the end (the assumed term) of the notice
    assertThat(explanation(notice(IssueDate.assumed(ISSUE), assumedEnd, throughout), "unallocated"))
        .endsWith(" It rests on the issue date 2013-10-01 and the notice's end 2014-09-30, which are assumed.");
    // twelve months from an assumed issue date, themselves assumed
    assertThat(explanation(notice(IssueDate.assumed(ISSUE), new Term.ForMonths(12, true), atEnd), "report"))
        .endsWith(" It rests on the issue date 2013-10-01 and the notice's end 2014-10-01, which are assumed.");
  }

  @Test
  void anAssumedEventDateRestsTheDeadlinesAtItUntilAMeetingFixesIt() {
    DatedAction signOff = new DatedAction(RequirementId.of("sign-off"), "Sign-off of the plan",
        Deadline.before(Deadline.atEvent("January Board")));
    Notice.Builder b = Notice.builder().id("event").recipient(Recipient.of("Somerset County Council"))
        .issuer(new Issuer("Department for Education", java.util.Optional.empty(), true))
        .issued(IssueDate.stated(ISSUE)).term(new Term.ForMonths(12))
        .governance(new org.improvementnotice.model.Governance(List.of(), List.of(
            new org.improvementnotice.model.NamedEvent("January Board", LocalDate.of(2014, 1, 14), true))));
    b.addMeasure(new Measure(MeasureId.of("sign-off"), "", "Clause", List.of(signOff)));
    Notice notice = b.build();
    assertThat(explanation(notice, "sign-off"))
        .isEqualTo("Sign-off of the plan: not recorded as done, and the deadline (before 2014-01-14) has passed. "
            + "It rests on the date of \"January Board\", 2014-01-14, which is assumed.");
    // the board met on another day, recorded under the event's name: the meeting, a stated fact, decides
    org.improvementnotice.model.data.PerformanceData met = Fixtures.data().addMeeting(
        new org.improvementnotice.model.data.MeetingRecord("Improvement Board", LocalDate.of(2014, 1, 21),
            java.util.Optional.empty(), false, java.util.Optional.of("January Board"), "minutes")).build();
    assertThat(Fixtures.ENGINE.evaluate(notice, met, LocalDate.of(2014, 3, 1)).finding("sign-off").orElseThrow()
        .explanation()).isEqualTo("Sign-off of the plan: not recorded as done, and the deadline (before 2014-01-21) "
            + "has passed.");
    // an assumed issuer moves no date
    assertThat(notice.assumedFacts()).containsExactly("issuer Department for Education",
        "event \"January Board\" on 2014-01-14");
  }
}
