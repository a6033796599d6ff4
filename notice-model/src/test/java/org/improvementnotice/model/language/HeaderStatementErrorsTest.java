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

  private static void read(String statement) {
    NoticeLanguage.parse("header.notice", HEADER + statement + "\n");
  }

  @Test
  void aSupersededNoticeIsNamedByItsId() {
    assertThat(errorsOf(() -> read("supersedes"))).first()
        .satisfies(at(6, 1, "expected the id of the notice it supersedes", "found end of input"));
    assertThat(errorsOf(() -> read("supersedes \"first\""))).first()
        .satisfies(at(5, 12, "expected the id of the notice it supersedes", "found string \"first\""));
  }

  @Test
  void aNoticeCannotSupersedeItselfWhereItSaysSo() {
    assertThat(errorsOf(() -> read("supersedes direction"))).singleElement()
        .satisfies(at(5, 1, "Notice direction cannot supersede itself"));
  }

  @Test
  void aNoticeSupersedesOneNoticeAtMost() {
    assertThat(errorsOf(() -> read("supersedes first\nsupersedes second"))).first()
        .satisfies(at(6, 1, "'supersedes' is already set at line 5"));
  }

  @Test
  void aRevocationIsOnADate() {
    assertThat(errorsOf(() -> read("term until revoked on 31 Febuary 2020"))).first()
        .satisfies(at(5, 26, "expected a month name", "found 'Febuary'"))
        .satisfies(d -> assertThat(d.suggestion()).contains("February"));
    assertThat(errorsOf(() -> read("term until revoked in June 2020"))).first().satisfies(at(5, 20, "found 'in'"));
  }

  @Test
  void assumedMarksAFactOnceAtTheEndOfItsStatement() {
    assertThat(errorsOf(() -> read("term 12 months assumed assumed"))).first()
        .satisfies(at(5, 24, "'assumed' marks a fact once"));
    assertThat(errorsOf(() -> read("event \"Board\" on 14 January 2014 asumed"))).first()
        .satisfies(at(5, 34, "found 'asumed'")).satisfies(d -> assertThat(d.suggestion()).contains("assumed"));
    // at the start of a line it is no mark of the statement before: no statement is 'assumed'
    assertThat(errorsOf(() -> read("term 12 months\nasumed"))).first()
        .satisfies(at(6, 1, "found 'asumed'")).satisfies(d -> assertThat(d.suggestion()).isNotEqualTo(
            java.util.Optional.of("assumed")));
  }
}
