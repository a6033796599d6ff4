package org.improvementnotice.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.Term;
import org.improvementnotice.model.data.ActionEvidence;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.language.NoticeLanguage;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.validation.NoticeValidator;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md, "Instruments without an end": a direction in force until revoked has no end until a revocation is
 * recorded; deadlines at its end stay unresolved until then, and from the revocation's day they fall on it.
 */
class UntilRevokedTest {

  private static Notice direction(String term) {
    return NoticeLanguage.parse("direction.notice", String.join("\n",
        "notice direction",
        "instrument statutory direction",
        "recipient \"Anyshire Council\"",
        "issuer \"Department for Education\"",
        "issued 1 October 2018",
        "term " + term,
        "measure report \"a final report on progress before the end of this direction\"",
        "  action \"A final report on progress\" by end of notice",
        ""));
  }

  @Test
  void theLanguageReadsAndPrintsARevocation() {
    Notice open = direction("until revoked");
    assertThat(open.term()).contains(new Term.UntilRevoked(Optional.empty(), false));
    assertThat(open.end()).isEmpty();
    Notice revoked = direction("until revoked on 30 June 2020");
    assertThat(revoked.end()).contains(LocalDate.of(2020, 6, 30));
    assertThat(NoticeLanguage.print(revoked)).contains("term until revoked on 30 June 2020\n");
    assertThat(NoticeLanguage.parse("printed.notice", NoticeLanguage.print(revoked))).isEqualTo(revoked);
    assertThat(NoticeLanguage.parse("printed.notice", NoticeLanguage.print(open))).isEqualTo(open);
  }

  @Test
  void aDeadlineAtTheEndIsUnresolvedUntilTheRevocationIsKnown() {
    Notice revoked = direction("until revoked on 30 June 2020");
    PerformanceData none = Fixtures.data().build();
    assertThat(Fixtures.summary(Fixtures.ENGINE.evaluate(direction("until revoked"), none, LocalDate.of(2021, 1, 1))))
        .containsExactly("report UNRESOLVED_DEADLINE GREY action deadline unresolved");
    // the same direction, evaluated before its revocation is known: no end yet
    assertThat(Fixtures.summary(Fixtures.ENGINE.evaluate(revoked, none, LocalDate.of(2020, 6, 29))))
        .containsExactly("report UNRESOLVED_DEADLINE GREY action deadline unresolved");
    // from the revocation's day, the deadline is that day
    assertThat(Fixtures.summary(Fixtures.ENGINE.evaluate(revoked, none, LocalDate.of(2020, 6, 30))))
        .containsExactly("report DUE_SOON AMBER action due soon");
    assertThat(Fixtures.summary(Fixtures.ENGINE.evaluate(revoked, none, LocalDate.of(2020, 7, 1))))
        .containsExactly("report OVERDUE RED action overdue");
    PerformanceData done = Fixtures.data().addAction(new ActionEvidence(RequirementId.of("report"),
        LocalDate.of(2020, 6, 1), "final report", LocalDate.of(2020, 6, 2))).build();
    assertThat(Fixtures.summary(Fixtures.ENGINE.evaluate(revoked, done, LocalDate.of(2020, 7, 1))))
        .containsExactly("report DONE GREEN action done");
  }

  @Test
  void theFinalVerdictFollowsTheRevocation() {
    assertThat(Fixtures.ENGINE.finalVerdict(direction("until revoked"), Fixtures.data().build())).isEmpty();
    ComplianceReport last = Fixtures.ENGINE.finalVerdict(direction("until revoked on 30 June 2020"),
        Fixtures.data().build()).orElseThrow();
    assertThat(last.asAt()).isEqualTo(LocalDate.of(2020, 7, 30));
    assertThat(last.isFinal()).isTrue();
  }

  @Test
  void aRevocationBeforeTheIssueDateIsAnError() {
    Notice early = NoticeLanguage.parseWithoutValidation("direction.notice", NoticeLanguage.print(
        direction("until revoked on 30 June 2020")).replace("until revoked on 30 June 2020",
        "until revoked on 30 June 2018"));
    assertThat(NoticeValidator.validate(early)).extracting(p -> p.path() + ": " + p.message())
        .contains("term: The notice is revoked on 2018-06-30, before its issue date 2018-10-01");
  }
}
