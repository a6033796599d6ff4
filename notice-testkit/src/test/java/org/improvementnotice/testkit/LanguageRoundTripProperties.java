package org.improvementnotice.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.language.NoticeLanguage;

/**
 * The notice language reads back every notice the testkit generates, including text with quotes,
 * backslashes, line breaks and non-ASCII characters: {@code parse(print(n))} is {@code n}.
 */
class LanguageRoundTripProperties {

  /** Awkward text; one notice in three supersedes another, so that the header's {@code supersedes} is drawn. */
  @Provide
  Arbitrary<Notice> awkward() {
    NoticeArbitrary notices = NoticeArbitraries.notices().withAwkwardText();
    return Arbitraries.frequencyOf(Tuple.of(2, notices),
        Tuple.of(1, NoticeArbitraries.notices().flatMap(notices::superseding)));
  }

  @Property(tries = 200)
  void parseOfPrintIsTheNotice(@ForAll("awkward") Notice notice) {
    String text = NoticeLanguage.print(notice);
    assertThat(NoticeLanguage.parse("generated.notice", text)).as(text).isEqualTo(notice);
  }

  @Property(tries = 100)
  void parseOfPrintIsTheNoticeForPlainText(@ForAll Notice notice) {
    String text = NoticeLanguage.print(notice);
    assertThat(NoticeLanguage.parse("generated.notice", text)).as(text).isEqualTo(notice);
  }
}
