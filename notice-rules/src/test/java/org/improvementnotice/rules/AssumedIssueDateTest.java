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
}
