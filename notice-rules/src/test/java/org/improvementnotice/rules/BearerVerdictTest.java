package org.improvementnotice.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.improvementnotice.model.Bearer;
import org.improvementnotice.model.IssueDate;
import org.improvementnotice.model.Issuer;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.MeasureId;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.Recipient;
import org.improvementnotice.model.Term;
import org.improvementnotice.model.requirement.DatedAction;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.time.Deadline;
import org.junit.jupiter.api.Test;

/** DOMAIN.md "Who bears a duty": a duty borne by another party is reported with its status, never in the verdict. */
class BearerVerdictTest {

  private static Measure overdue(String id, Bearer bearer) {
    return new Measure(MeasureId.of(id), "Governance", "Clause " + id, List.of(new DatedAction(RequirementId.of(id),
        "Report " + id, Deadline.on(LocalDate.of(2009, 1, 31)))), bearer);
  }

  private static Notice notice(Measure... measures) {
    Notice.Builder b = Notice.builder().id("bearers").recipient(Recipient.of("Test Council"))
        .issuer(Issuer.of("Department for Children, Schools and Families"))
        .issued(IssueDate.stated(Fixtures.ISSUE)).term(new Term.Until(Fixtures.END));
    for (Measure m : measures) {
      b.addMeasure(m);
    }
    return b.build();
  }

  @Test
  void anotherPartysFailureIsReportedButNotCountedAgainstTheCouncil() {
    ComplianceReport r = Fixtures.ENGINE.evaluate(notice(overdue("chair", Bearer.other("the Board Chair"))),
        Fixtures.data().build(), LocalDate.of(2009, 3, 1));

    assertThat(Fixtures.summary(r)).containsExactly("chair OVERDUE RED action overdue");
    assertThat(r.findings().get(0).bearer()).isEqualTo(Bearer.other("the Board Chair"));
    assertThat(r.failed()).isEmpty();
    assertThat(r.failedByOthers()).extracting(f -> f.requirement().value()).containsExactly("chair");
    assertThat(r.compliedSoFar()).isTrue();
  }

  @Test
  void aDutyOfTheCouncilWithItsPartnersCountsAsTheCouncils() {
    ComplianceReport r = Fixtures.ENGINE.evaluate(notice(overdue("joint", Bearer.councilWithPartners()),
        overdue("ofsted", Bearer.other("Ofsted"))), Fixtures.data().build(), LocalDate.of(2009, 3, 1));

    assertThat(r.failed()).extracting(f -> f.requirement().value()).containsExactly("joint");
    assertThat(r.failedByOthers()).extracting(f -> f.requirement().value()).containsExactly("ofsted");
    assertThat(r.compliedSoFar()).isFalse();
  }

  @Test
  void aMeasureWithoutABearerIsTheCouncils() {
    ComplianceReport r = Fixtures.ENGINE.evaluate(notice(overdue("own", Bearer.council())), Fixtures.data().build(),
        LocalDate.of(2009, 3, 1));

    assertThat(r.findings().get(0).bearer()).isEqualTo(Bearer.council());
    assertThat(r.compliedSoFar()).isFalse();
  }
}
