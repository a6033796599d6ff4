package org.improvementnotice.model.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.requirement.DatedAction;
import org.improvementnotice.model.requirement.EveryPeriod;
import org.improvementnotice.model.requirement.RecurringAction;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.ThresholdByDate;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.time.Window;
import org.junit.jupiter.api.Test;

/**
 * "Immediately" and "from the date of the notice" in the notice language: the issue date as a deadline, the
 * default start of a window; read, printed back in one form, refused where they cannot stand.
 */
class ImmediatelyLanguageTest {

  private static final String HEADER = "notice t\nrecipient \"C\"\nissuer \"D\"\nissued 1 October 2013\nterm 12 months\n"
      + "indicator \"CP ENQ QUALIFIED\"\nmeasure m \"x\"\n";

  private static Requirement read(String clause) {
    Notice n = NoticeLanguage.parse("i.notice", HEADER + "  " + clause);
    return n.measures().get(0).requirements().get(0);
  }

  @Test
  void immediatelyIsADeadlineAtTheIssueDate() {
    DatedAction a = (DatedAction) read("action \"A named worker for every child\" immediately");
    assertThat(a.deadline()).isEqualTo(Deadline.atIssue());
    assertThat(((DatedAction) read("action \"Plan\" by the date of the notice")).deadline())
        .isEqualTo(Deadline.atIssue());
    assertThat(((DatedAction) read("action \"Plan\" before the date of the notice")).deadline())
        .isEqualTo(Deadline.before(Deadline.atIssue()));
    ThresholdByDate t = (ThresholdByDate) read("target \"CP ENQ QUALIFIED\" at least 100% immediately");
    assertThat(t.deadline()).isEqualTo(Deadline.atIssue());
    RecurringAction r = (RecurringAction) read("action \"Audit\" immediately then monthly until end of notice");
    assertThat(r.first()).isEqualTo(Deadline.atIssue());
    Notice n = NoticeLanguage.parse("i.notice", HEADER + "  action \"Plan\" immediately");
    assertThat(Deadline.atIssue().resolve(n.deadlineContext())).contains(LocalDate.of(2013, 10, 1));
  }

  @Test
  void aWindowFromTheDateOfTheNoticeIsTheDefaultWindow() {
    EveryPeriod p = (EveryPeriod) read("every period \"CP ENQ QUALIFIED\" at least 100% from the date of the notice");
    assertThat(p.window()).isEqualTo(Window.ofNotice());
    EveryPeriod until = (EveryPeriod) read(
        "every period \"CP ENQ QUALIFIED\" at least 100% from the date of the notice until 31 March 2014");
    assertThat(until.window().untilInclusive()).contains(LocalDate.of(2014, 3, 31));
    assertThat(until.window().fromInclusive()).isEmpty();
  }

  @Test
  void printsImmediatelyAndReadsItBack() {
    String text = HEADER + "  action \"Plan\" immediately\n"
        + "measure n \"y\"\n  action \"Board\" before the date of the notice\n"
        + "measure o \"z\"\n  target \"CP ENQ QUALIFIED\" at least 100% immediately\n"
        + "measure p \"w\"\n  every period \"CP ENQ QUALIFIED\" at least 100% from the date of the notice\n"
        + "assessment \"start\" at the date of the notice\n";
    Notice n = NoticeLanguage.parse("i.notice", text);
    String printed = NoticeLanguage.print(n);
    assertThat(printed).contains("action \"Plan\" immediately", "action \"Board\" before the date of the notice",
        "target \"CP ENQ QUALIFIED\" at least 100% immediately", "assessment \"start\" at the date of the notice")
        .doesNotContain("by immediately", "from the date of the notice");
    assertThat(NoticeLanguage.parse("printed.notice", printed)).isEqualTo(n);
    assertThat(((ThresholdByDate) n.measures().get(2).requirements().get(0)).deadline())
        .isEqualTo(Deadline.atIssue());
  }

  @Test
  void immediatelyIsNotAPeriodAndNeedsNothingAfterIt() {
    NoticeSyntaxException e = catchThrowableOfType(NoticeSyntaxException.class,
        () -> NoticeLanguage.parse("i.notice", HEADER + "  average \"CP ENQ QUALIFIED\" at least 90% over immediately"));
    assertThat(e.diagnostics().get(0).line()).isEqualTo(8);
    NoticeSyntaxException by = catchThrowableOfType(NoticeSyntaxException.class,
        () -> NoticeLanguage.parse("i.notice", HEADER + "  action \"Plan\" by immediately"));
    assertThat(by.diagnostics().get(0).message()).contains("expected a date");
  }
}
