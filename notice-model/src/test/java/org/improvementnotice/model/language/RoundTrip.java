package org.improvementnotice.model.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.improvementnotice.model.Notice;

/** The printed form of a notice, checked to read back as the same notice. */
final class RoundTrip {

  private RoundTrip() {}

  /** The notice printed, asserting that the text parses back to an equal notice. */
  static String printedBack(Notice n) {
    String printed = NoticeLanguage.print(n);
    assertThat(NoticeLanguage.parse("printed.notice", printed)).isEqualTo(n);
    return printed;
  }
}
