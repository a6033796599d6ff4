package org.improvementnotice.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.language.NoticeLanguage;

/**
 * The notice language reads back every notice the testkit generates, including text with quotes,
 * backslashes, line breaks and non-ASCII characters: {@code parse(print(n))} is {@code n}.
 */
class LanguageRoundTripProperties {

  @Provide
  Arbitrary<Notice> awkward() {
    return NoticeArbitraries.notices().withAwkwardText();
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
