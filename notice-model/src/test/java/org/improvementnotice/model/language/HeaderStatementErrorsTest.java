package org.improvementnotice.model.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.improvementnotice.model.language.Located.at;
import static org.improvementnotice.model.language.Located.errorsOf;

import org.junit.jupiter.api.Test;

/**
 * The header statements of the second edition refused where they stand: {@code supersedes}, {@code term until
 * revoked [on <date>]} and the {@code assumed} marks of the issuer, the term and an event.
 */
class HeaderStatementErrorsTest {

  private static final String HEADER = "notice direction\nrecipient \"C\"\nissuer \"D\"\nissued 1 October 2013\n";

  /** The first error the statements, after a valid header, are refused with. */
  private static Diagnostic firstError(String statements) {
    return errorsOf(() -> NoticeLanguage.parse("header.notice", HEADER + statements + "\n")).get(0);
  }

  @Test
  void aSupersededNoticeIsNamedByItsId() {
    assertThat(firstError("supersedes"))
        .satisfies(at(6, 1, "expected the id of the notice it supersedes", "found end of input"));
    assertThat(firstError("supersedes \"first\""))
        .satisfies(at(5, 12, "expected the id of the notice it supersedes", "found string \"first\""));
  }

  @Test
  void aNoticeCannotSupersedeItselfWhereItSaysSo() {
    assertThat(errorsOf(() -> NoticeLanguage.parse("header.notice", HEADER + "supersedes direction\n")))
        .singleElement().satisfies(at(5, 1, "Notice direction cannot supersede itself"));
  }

  @Test
  void aNoticeSupersedesOneNoticeAtMost() {
    assertThat(firstError("supersedes first\nsupersedes second"))
        .satisfies(at(6, 1, "'supersedes' is already set at line 5"));
  }

  @Test
  void aRevocationIsOnADate() {
    Diagnostic misspelt = firstError("term until revoked on 31 Febuary 2020");
    assertThat(misspelt).satisfies(at(5, 26, "expected a month name", "found 'Febuary'"));
    assertThat(misspelt.suggestion()).contains("February");
    assertThat(firstError("term until revoked in June 2020")).satisfies(at(5, 20, "found 'in'"));
  }

  @Test
  void assumedMarksAFactOnceAtTheEndOfItsStatement() {
    assertThat(firstError("term 12 months assumed assumed")).satisfies(at(5, 24, "'assumed' marks a fact once"));
    Diagnostic misspelt = firstError("event \"Board\" on 14 January 2014 asumed");
    assertThat(misspelt).satisfies(at(5, 34, "found 'asumed'"));
    assertThat(misspelt.suggestion()).contains("assumed");
    // at the start of a line it is no mark of the statement before: no statement is 'assumed'
    Diagnostic alone = firstError("term 12 months\nasumed");
    assertThat(alone).satisfies(at(6, 1, "found 'asumed'"));
    assertThat(alone.suggestion()).isNotEqualTo(java.util.Optional.of("assumed"));
  }
}
