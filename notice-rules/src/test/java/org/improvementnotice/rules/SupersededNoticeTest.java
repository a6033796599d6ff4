package org.improvementnotice.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.NoticeId;
import org.improvementnotice.model.language.NoticeLanguage;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md, "Instruments without an end, and instruments that replace others": a notice that supersedes an
 * earlier one from its own issue date takes the earlier one's final verdict at that date.
 */
class SupersededNoticeTest {

  private static final Notice FIRST = Fixtures.written("first", "1 October 2012", "12 months",
      "assessment \"six month review\" at 6 months after issue",
      "assessment \"nine month review\" at 9 months after issue",
      "measure plan \"an improvement plan agreed by the end of the notice\"",
      "  action \"An improvement plan agreed\" by end of notice");

  private static final Notice SECOND = NoticeLanguage.parse("second.notice", String.join("\n",
      "notice second",
      "supersedes first",
      "recipient \"Anyshire Council\"",
      "issuer \"Department for Education\"",
      "issued 1 June 2013",
      "term 12 months",
      ""));

  @Test
  void theLanguageReadsAndPrintsWhichNoticeIsSuperseded() {
    assertThat(SECOND.supersedes()).contains(NoticeId.of("first"));
    assertThat(NoticeLanguage.print(SECOND)).contains("\nsupersedes first\n");
    assertThat(NoticeLanguage.parse("printed.notice", NoticeLanguage.print(SECOND))).isEqualTo(SECOND);
    assertThatThrownBy(() -> NoticeLanguage.parse("self.notice", NoticeLanguage.print(SECOND)
        .replace("supersedes first", "supersedes second"))).hasMessageContaining("cannot supersede itself");
  }

  @Test
  void theEarlierNoticesJourneyEndsWithItsFinalVerdictAtTheChange() {
    List<ComplianceReport> journey = Fixtures.ENGINE.evaluateSchedule(FIRST, Fixtures.data().build(), SECOND);
    // the six month review (1 April 2013) comes before the change; the nine month review (1 July) does not
    assertThat(journey).extracting(r -> r.asAt() + " " + r.assessment().orElse("") + " " + r.isFinal())
        .containsExactly("2013-04-01 six month review false", "2013-06-01 Superseded by second true");
    // the plan was due by the end, 1 October 2013, which the change came before: not yet due, never failed
    assertThat(Fixtures.summary(journey.get(1))).containsExactly("plan NOT_YET_DUE GREY action not yet due");
    // without the successor, the notice's own journey runs to its end
    assertThat(Fixtures.ENGINE.evaluateSchedule(FIRST, Fixtures.data().build())).hasSize(3);
  }

  @Test
  void aSuccessorMustNameTheNoticeAndComeAfterIt() {
    Notice other = NoticeLanguage.parse("other.notice", NoticeLanguage.print(SECOND)
        .replace("supersedes first", "supersedes another"));
    assertThatThrownBy(() -> Fixtures.ENGINE.evaluateSchedule(FIRST, Fixtures.data().build(), other))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Notice second does not supersede first");
    Notice earlier = NoticeLanguage.parse("early.notice", NoticeLanguage.print(SECOND)
        .replace("issued 1 June 2013", "issued 1 September 2012"));
    assertThatThrownBy(() -> Fixtures.ENGINE.evaluateSchedule(FIRST, Fixtures.data().build(), earlier))
        .hasMessage("Notice second, issued 2012-09-01, cannot supersede first, issued 2012-10-01");
  }

  @Test
  void aNoticeThatEndedBeforeTheChangeKeepsItsOwnJourney() {
    Notice late = NoticeLanguage.parse("late.notice", NoticeLanguage.print(SECOND)
        .replace("issued 1 June 2013", "issued 1 June 2014"));
    assertThat(Fixtures.ENGINE.evaluateSchedule(FIRST, Fixtures.data().build(), late))
        .isEqualTo(Fixtures.ENGINE.evaluateSchedule(FIRST, Fixtures.data().build()));
    assertThat(LocalDate.of(2014, 6, 1)).isAfter(FIRST.end().orElseThrow());
  }

  /**
   * On the edges: a successor issued on a review's day takes that review's place; one issued on the earlier
   * notice's last day (1 October 2013, twelve months from issue) supersedes it that day, without the lag; one
   * issued the day after finds it ended and leaves it its own journey, to its final verdict a month later.
   */
  @Test
  void aChangeOnAReviewsDayOrOnTheLastDayIsTheSupersession() {
    assertThat(journey("1 July 2013")).containsExactly("2013-04-01 six month review false",
        "2013-07-01 Superseded by second true");
    assertThat(FIRST.end()).contains(LocalDate.of(2013, 10, 1));
    assertThat(journey("1 October 2013")).containsExactly("2013-04-01 six month review false",
        "2013-07-01 nine month review false", "2013-10-01 Superseded by second true");
    assertThat(journey("2 October 2013")).containsExactly("2013-04-01 six month review false",
        "2013-07-01 nine month review false", "2013-11-01 Final verdict true");
  }

  private static List<String> journey(String issued) {
    Notice successor = NoticeLanguage.parse("second.notice", NoticeLanguage.print(SECOND)
        .replace("issued 1 June 2013", "issued " + issued));
    return Fixtures.ENGINE.evaluateSchedule(FIRST, Fixtures.data().build(), successor).stream()
        .map(r -> r.asAt() + " " + r.assessment().orElse("") + " " + r.isFinal()).toList();
  }
}
