package org.improvementnotice.model.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.improvementnotice.model.Bearer;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.Notice;
import org.junit.jupiter.api.Test;

/** Who bears a clause's duties, in the notice language: "measure id "..." borne by ...". */
class BearerLanguageTest {

  private static final String HEADER = "notice t\nrecipient \"C\"\nissuer \"D\"\nissued 1 October 2013\n";

  private static Measure read(String measureLine) {
    Notice n = NoticeLanguage.parse("b.notice", HEADER + measureLine + "\n  qualitative \"Something\"\n");
    return n.measures().get(0);
  }

  @Test
  void theCouncilBearsAClauseUnlessTheNoticeSaysOtherwise() {
    assertThat(read("measure m \"x\"").bearer()).isEqualTo(Bearer.council());
    assertThat(read("measure m \"x\" borne by council").bearer()).isEqualTo(Bearer.council());
    assertThat(read("measure m \"x\" borne by council with partners").bearer())
        .isEqualTo(Bearer.councilWithPartners());
    assertThat(read("measure m \"x\" borne by \"the Board Chair\"").bearer())
        .isEqualTo(Bearer.other("the Board Chair"));
  }

  @Test
  void theBearerPrintsBackAndTheCouncilIsLeftUnsaid() {
    Notice n = NoticeLanguage.parse("b.notice", HEADER + "measure m \"x\" borne by \"Ofsted\"\n  qualitative \"Visits\"\n"
        + "measure p \"y\" borne by council with partners\n  qualitative \"Joint work\"\n"
        + "measure c \"z\" borne by council\n  qualitative \"Own work\"\n");
    String printed = NoticeLanguage.print(n);
    assertThat(printed).contains("measure m \"x\" borne by \"Ofsted\"\n")
        .contains("measure p \"y\" borne by council with partners\n").contains("measure c \"z\"\n");
    assertThat(NoticeLanguage.parse("printed.notice", printed)).isEqualTo(n);
  }

  @Test
  void anUnknownBearerIsRefusedWhereItStands() {
    NoticeSyntaxException e = catchThrowableOfType(NoticeSyntaxException.class,
        () -> read("measure m \"x\" borne by Ofsted"));
    assertThat(e.errors()).first().satisfies(d -> {
      assertThat(d.line()).isEqualTo(5);
      assertThat(d.column()).isEqualTo(24);   // "Ofsted", unquoted
      assertThat(d.message()).contains("expected who bears the clause's duties");
    });
  }

  @Test
  void aBlankPartyIsRefused() {
    NoticeSyntaxException e = catchThrowableOfType(NoticeSyntaxException.class,
        () -> read("measure m \"x\" borne by \"  \""));
    assertThat(e.errors()).first().satisfies(d -> {
      assertThat(d.line()).isEqualTo(5);
      assertThat(d.message()).contains("must not be blank");
    });
  }
}
