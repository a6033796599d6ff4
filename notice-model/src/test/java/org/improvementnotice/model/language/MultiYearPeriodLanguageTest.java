package org.improvementnotice.model.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.improvementnotice.model.requirement.AverageOverPeriod;
import org.improvementnotice.model.time.DateRange;
import org.junit.jupiter.api.Test;

/**
 * Periods of several years in the notice language: "financial years 2010-11 to 2012-13", "academic years 2009/10
 * to 2011/12" and "3 years to 31 March 2013", each the range of days they cover, printed back as that range.
 */
class MultiYearPeriodLanguageTest {

  private static final String HEADER = "notice t\nrecipient \"C\"\nissuer \"D\"\nissued 1 October 2009\n"
      + "indicator \"REF TO IA\"\nmeasure m \"x\"\n";

  private static DateRange over(String period) {
    AverageOverPeriod a = (AverageOverPeriod) NoticeLanguage.parse("y.notice",
        HEADER + "  average \"REF TO IA\" at least 65% over " + period).measures().get(0).requirements().get(0);
    return (DateRange) a.period();
  }

  @Test
  void readsYearsAsTheRangeOfDaysTheyCover() {
    DateRange threeFinancialYears = DateRange.ofClosed(LocalDate.of(2010, 4, 1), LocalDate.of(2013, 3, 31));
    assertThat(over("financial years 2010-11 to 2012-13")).isEqualTo(threeFinancialYears);
    assertThat(over("3 years to 31 March 2013")).isEqualTo(threeFinancialYears);
    assertThat(over("academic years 2009/10 to 2011/12"))
        .isEqualTo(DateRange.ofClosed(LocalDate.of(2009, 9, 1), LocalDate.of(2012, 8, 31)));
    assertThat(over("1 years to 31 March 2013")).isEqualTo(DateRange.ofClosed(LocalDate.of(2012, 4, 1),
        LocalDate.of(2013, 3, 31)));
  }

  @Test
  void yearsThatRunBackwardsAreRefusedWhereTheSecondStands() {
    NoticeSyntaxException e = catchThrowableOfType(NoticeSyntaxException.class, () -> over(
        "financial years 2012-13 to 2010-11"));
    assertThat(e.diagnostics().get(0).message()).contains("the years run forwards: 2010/11 does not come after "
        + "2012/13");
    assertThat(e.diagnostics().get(0).column()).isEqualTo(68);
  }
}
