package org.improvementnotice.model.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inputs found by fuzzing that broke a promise of the language: each is rejected with a located error. */
class HostileInputTest {

  /** Lines 1-5; a case's text starts on line 6. */
  private static final String HEADER = String.join("\n",
      "notice t",
      "recipient \"Some Council\"",
      "issuer \"Department for Education\"",
      "issued 1 December 2008",
      "indicator \"NI 59\"",
      "");

  @ParameterizedTest(name = "a measure id of {0} characters")
  @ValueSource(ints = {79, 80})
  void stagedTargetsWhoseStageIdsWouldBeTooLongAreALocatedError(int length) {
    String text = HEADER + "measure " + "m".repeat(length) + " \"c\"\n"
        + "  targets \"NI 59\" at least 65% in quarter to 31 March 2009 then at least 77% by 31 March 2010\n";

    NoticeSyntaxException e = catchThrowableOfType(NoticeSyntaxException.class,
        () -> NoticeLanguage.read("long.notice", text));

    assertThat(e).as("a syntax error, not another exception").isNotNull();
    assertThat(e.errors()).singleElement().satisfies(d -> {
      assertThat(d.line()).isEqualTo(7);
      assertThat(d.column()).isEqualTo(3);
      assertThat(d.message()).contains("stage 2", "at most 80 characters");
    });
  }

  @ParameterizedTest(name = "a measure id of {0} characters")
  @ValueSource(ints = {78})
  void stagedTargetsWhoseStageIdsFitAreRead(int length) {
    String text = HEADER + "measure " + "m".repeat(length) + " \"c\"\n"
        + "  targets \"NI 59\" at least 65% in quarter to 31 March 2009 then at least 77% by 31 March 2010\n";

    assertThat(NoticeLanguage.read("long.notice", text).notice().measures()).hasSize(1);
  }
}
