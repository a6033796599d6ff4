package org.improvementnotice.model.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.improvementnotice.model.NamedEvent;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.Term;
import org.junit.jupiter.api.Test;

/**
 * Assumed facts in the notice language (DOMAIN.md, "Stated facts and assumed facts"): the issuer, the term and an
 * event's date marked {@code assumed} as the issue date is; read, printed back, listed.
 */
class AssumedFactsLanguageTest {

  private static final String TEXT = String.join("\n",
      "notice a",
      "recipient \"Anyshire Council\"",
      "issuer \"Department for Education\" signed by \"A Minister\" assumed",
      "issued 1 October 2013 assumed",
      "term 12 months assumed",
      "event \"January Board\" on 14 January 2014 assumed",
      "event \"March Board\" on 11 March 2014",
      "");

  @Test
  void eachFactMayBeMarkedAssumed() {
    Notice n = NoticeLanguage.parse("a.notice", TEXT);
    assertThat(n.issuer().assumed()).isTrue();
    assertThat(n.issuer().signatory()).contains("A Minister");
    assertThat(n.term()).contains(new Term.ForMonths(12, true));
    assertThat(n.governance().calendar()).containsExactly(
        new NamedEvent("January Board", LocalDate.of(2014, 1, 14), true),
        new NamedEvent("March Board", LocalDate.of(2014, 3, 11), false));
    assertThat(n.assumedFacts()).containsExactly("issue date 2013-10-01", "issuer Department for Education",
        "term 12 months", "event \"January Board\" on 2014-01-14");
    Notice until = NoticeLanguage.parse("u.notice", TEXT.replace("term 12 months assumed",
        "term until 30 September 2014 assumed"));
    assertThat(until.term()).contains(new Term.Until(LocalDate.of(2014, 9, 30), true));
    assertThat(until.assumedFacts()).contains("term until 2014-09-30");
  }

  @Test
  void statedFactsAreNotAssumed() {
    Notice n = NoticeLanguage.parse("s.notice", TEXT.replace(" assumed", ""));
    assertThat(n.assumedFacts()).isEmpty();
    assertThat(n.term()).contains(new Term.ForMonths(12));
    assertThat(NoticeLanguage.print(n)).doesNotContain("assumed");
  }

  @Test
  void printsEachAssumedFactBackAndReadsItAgain() {
    Notice n = NoticeLanguage.parse("a.notice", TEXT);
    String printed = NoticeLanguage.print(n);
    assertThat(printed).contains("issuer \"Department for Education\" signed by \"A Minister\" assumed\n",
        "term 12 months assumed\n", "event \"January Board\" on 14 January 2014 assumed\n",
        "event \"March Board\" on 11 March 2014\n");
    assertThat(NoticeLanguage.parse("printed.notice", printed)).isEqualTo(n);
  }

  @Test
  void assumedStandsAtTheEndOfItsStatement() {
    NoticeSyntaxException e = catchThrowableOfType(NoticeSyntaxException.class, () -> NoticeLanguage.parse(
        "b.notice", TEXT.replace("term 12 months assumed", "term assumed 12 months")));
    assertThat(e.diagnostics().get(0).line()).isEqualTo(5);
  }
}
