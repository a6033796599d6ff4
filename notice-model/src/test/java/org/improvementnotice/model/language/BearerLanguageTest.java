package org.improvementnotice.model.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.improvementnotice.model.language.Located.at;
import static org.improvementnotice.model.language.Located.errorsOf;

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
    assertThat(RoundTrip.printedBack(n)).contains("measure m \"x\" borne by \"Ofsted\"\n")
        .contains("measure p \"y\" borne by council with partners\n").contains("measure c \"z\"\n");
  }

  @Test
  void anUnknownBearerIsRefusedWhereItStands() {
    // "Ofsted", unquoted
    assertThat(errorsOf(() -> read("measure m \"x\" borne by Ofsted"))).first()
        .satisfies(at(5, 24, "expected who bears the clause's duties"));
  }

  @Test
  void aBlankPartyIsRefused() {
    assertThat(errorsOf(() -> read("measure m \"x\" borne by \"  \""))).first().satisfies(at(5, "must not be blank"));
  }
}
