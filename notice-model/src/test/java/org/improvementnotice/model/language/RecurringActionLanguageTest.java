package org.improvementnotice.model.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.improvementnotice.model.language.Located.at;
import static org.improvementnotice.model.language.Located.errorsOf;
import static org.improvementnotice.model.language.Located.warningAt;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.ActionEvidence;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.requirement.Cadence;
import org.improvementnotice.model.requirement.RecurringAction;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.validation.DataValidator;
import org.junit.jupiter.api.Test;

/** Form 16 in the notice language: "action ... by <first> then <cadence> [until <end>]", read, printed, refused. */
class RecurringActionLanguageTest {

  private static final String HEADER =
      "notice t\nrecipient \"C\"\nissuer \"D\"\nissued 1 October 2013\nterm 12 months\nmeasure m \"x\"\n";

  private static RecurringAction read(String clause) {
    Notice n = NoticeLanguage.parse("r.notice", HEADER + "  " + clause);
    return (RecurringAction) n.measures().get(0).requirements().get(0);
  }

  @Test
  void readsTheFirstDeadlineTheCadenceAndTheEnd() {
    assertThat(read("action \"Assessment\" by 2 months after issue then every 6 months until end of notice"))
        .isEqualTo(new RecurringAction(RequirementId.of("m"), "Assessment", Deadline.monthsAfterIssue(2),
            new Cadence(6, ChronoUnit.MONTHS), Optional.of(Deadline.endOfNotice())));
    assertThat(read("action \"Visit\" before 1 January 2014 then monthly"))
        .isEqualTo(new RecurringAction(RequirementId.of("m"), "Visit", Deadline.before(Deadline.on(
            LocalDate.of(2014, 1, 1))), Cadence.monthly(), Optional.empty()));
    assertThat(read("action \"Report\" by 1 December 2013 then every 4 weeks until \"Final Board\"").until())
        .contains(Deadline.atEvent("Final Board"));
  }

  @Test
  void aDatedActionStaysADatedAction() {
    Notice n = NoticeLanguage.parse("r.notice", HEADER + "  action \"Plan\" by 1 December 2013");
    assertThat(n.measures().get(0).requirements().get(0).form().number()).isEqualTo(12);
  }

  @Test
  void printsBackWhatItReads() {
    String text = HEADER + "  action \"Assessment\" by 2 months after issue then every 6 months until end of notice\n"
        + "measure n \"y\"\n  action \"Visit\" before 1 January 2014 then fortnightly\n";
    Notice n = NoticeLanguage.parse("r.notice", text);
    assertThat(RoundTrip.printedBack(n)).contains("action \"Assessment\" by 2 months after issue then every 6 months "
        + "until end of notice").contains("action \"Visit\" before 1 January 2014 then every 2 weeks");
  }

  @Test
  void aCadenceOfNoUnitIsRefusedWhereItStands() {
    // "moons"
    assertThat(errorsOf(() -> read("action \"Assessment\" by 1 December 2013 then every 6 moons"))).singleElement()
        .satisfies(at(7, 55, "expected days, weeks or months, found"));
  }

  @Test
  void aCadenceOfZeroIsRefused() {
    assertThat(errorsOf(() -> read("action \"Assessment\" by 1 December 2013 then every 0 months"))).singleElement()
        .satisfies(at(7, "number of days, weeks or months"));
  }

  @Test
  void anEndThatExcludesItsDayIsRefusedWhereItStands() {
    // "before"
    assertThat(errorsOf(() -> read("action \"Assessment\" by 1 December 2013 then monthly until before end of notice")))
        .singleElement().satisfies(at(7, 61, "the end of a recurring action includes its day"));
  }

  @Test
  void anEndBeforeTheFirstOccurrenceIsAWarningWithItsLine() {
    ParsedNotice parsed = NoticeLanguage.read("r.notice",
        HEADER + "  action \"Assessment\" by 1 December 2013 then monthly until 1 November 2013");
    assertThat(parsed.warnings()).singleElement().satisfies(warningAt(7, "falls on 2013-11-01, before the first "
        + "occurrence is due (2013-12-01)", "only the first occurrence is required"));
  }

  @Test
  void evidenceMayNameARecurringAction() {
    Notice n = NoticeLanguage.parse("r.notice", HEADER + "  action \"A\" by 1 December 2013 then monthly");
    PerformanceData data = PerformanceData.builder("C").addAction(new ActionEvidence(RequirementId.of("m"),
        LocalDate.of(2013, 11, 20), "minute", LocalDate.of(2013, 11, 21))).build();
    assertThat(DataValidator.validate(n, data)).isEmpty();
    PerformanceData other = PerformanceData.builder("C").addAction(new ActionEvidence(RequirementId.of("q"),
        LocalDate.of(2013, 11, 20), "minute", LocalDate.of(2013, 11, 21))).build();
    assertThat(DataValidator.validate(n, other)).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("not a dated or recurring action"));
  }

  @Test
  void theModelRefusesAnEndThatExcludesItsDay() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> new RecurringAction(
        RequirementId.of("m"), "A", Deadline.monthsAfterIssue(2), Cadence.monthly(),
        Optional.of(Deadline.before(Deadline.endOfNotice()))))
        .withMessageContaining("write until end of notice");
  }
}
