package org.improvementnotice.model.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.improvementnotice.model.Notice;
import org.improvementnotice.model.indicator.Aggregation;
import org.improvementnotice.model.indicator.Derivation;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.validation.NoticeValidator;
import org.junit.jupiter.api.Test;

/**
 * A rate derived from two counts in the notice language: "indicator ... derived from "A" over "B"", read,
 * printed back, and refused where the counts are not declared counts of the rate's reporting period.
 */
class DerivedIndicatorLanguageTest {

  private static final String COUNTS = String.join("\n",
      "notice d",
      "recipient \"Anyshire Council\"",
      "issuer \"Department for Education\"",
      "issued 1 April 2012",
      "indicator \"REFERRALS\" named \"Referrals received\" unit count polarity higher is better reported by month",
      "indicator \"ASSESSMENTS\" named \"Initial assessments started\" unit count polarity higher is better reported by month",
      "");
  private static final String RATE = "indicator \"CONVERSION\" named \"Referrals leading to an initial assessment\" "
      + "unit percent polarity higher is better reported by month derived from \"ASSESSMENTS\" over \"REFERRALS\"\n";

  @Test
  void readsTheTwoCountsAndPrintsThemBack() {
    Notice n = NoticeLanguage.parse("d.notice", COUNTS + RATE);
    Indicator rate = n.indicator(IndicatorId.of("CONVERSION")).orElseThrow();
    assertThat(rate.derivedFrom()).contains(new Derivation(IndicatorId.of("ASSESSMENTS"), IndicatorId.of("REFERRALS")));
    assertThat(rate.aggregation()).isEqualTo(Aggregation.RATIO);
    String printed = NoticeLanguage.print(n);
    assertThat(printed).contains("reported by month derived from \"ASSESSMENTS\" over \"REFERRALS\"");
    assertThat(NoticeLanguage.parse("printed.notice", printed)).isEqualTo(n);
  }

  @Test
  void aCountNotDeclaredIsAnErrorWhereItIsNamed() {
    NoticeSyntaxException e = catchThrowableOfType(NoticeSyntaxException.class, () -> NoticeLanguage.parse(
        "d.notice", COUNTS + RATE.replace("over \"REFERRALS\"", "over \"REFERALS\"")));
    assertThat(e.diagnostics().get(0).message()).contains("unknown indicator REFERALS");
    assertThat(e.diagnostics().get(0).line()).isEqualTo(7);
  }

  @Test
  void aRateDerivedFromItselfOrNotARateIsRefusedAtItsDeclaration() {
    NoticeSyntaxException self = catchThrowableOfType(NoticeSyntaxException.class, () -> NoticeLanguage.parse(
        "d.notice", COUNTS + RATE.replace("from \"ASSESSMENTS\"", "from \"CONVERSION\"")));
    assertThat(self.diagnostics().get(0).message()).contains("cannot be derived from itself");
    NoticeSyntaxException count = catchThrowableOfType(NoticeSyntaxException.class, () -> NoticeLanguage.parse(
        "d.notice", COUNTS + RATE.replace("unit percent", "unit count")));
    assertThat(count.diagnostics().get(0).message()).contains("is derived from ASSESSMENTS over REFERRALS, so it is "
        + "a rate aggregated by ratio");
  }

  @Test
  void theCountsMustBeCountsOfTheRatesPeriod() {
    Notice quarterly = NoticeLanguage.parseWithoutValidation("d.notice", COUNTS.replace(
        "polarity higher is better reported by month\nindicator \"ASSESSMENTS\"",
        "polarity higher is better reported by quarter\nindicator \"ASSESSMENTS\"") + RATE);
    assertThat(NoticeValidator.validate(quarterly)).extracting(p -> p.path() + ": " + p.message()).contains(
        "indicators[2]: Indicator CONVERSION is reported by MONTH, but REFERRALS, which it is derived from, by "
            + "QUARTER");
    Notice rates = NoticeLanguage.parseWithoutValidation("d.notice", COUNTS.replace(
        "\"Referrals received\" unit count", "\"Referrals received\" unit percent") + RATE);
    assertThat(NoticeValidator.validate(rates)).extracting(p -> p.message()).contains(
        "Indicator CONVERSION is derived from REFERRALS, which is not a count reported in its own figures");
  }
}
