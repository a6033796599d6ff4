package org.improvementnotice.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.improvementnotice.rules.Fixtures.assertFindings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.language.NoticeLanguage;
import org.improvementnotice.model.time.DateRange;
import org.improvementnotice.model.time.FinancialYear;
import org.junit.jupiter.api.Test;

/**
 * A multi-year period, as the adoption scorecard's three-year averages use: "an average of at most 600 days over
 * financial years 2010-11 to 2012-13" is decided on the three years' figures combined as the indicator combines
 * them (here their mean), and is no data while one of the three is not known.
 */
class MultiYearAverageTest {
  private static final IndicatorId DAYS = IndicatorId.of("ADOPTION DAYS");

  private static final Notice NOTICE = Fixtures.written("adoption", "1 April 2012", "until 31 March 2014",
      "indicator \"ADOPTION DAYS\" named \"Average days from entering care to moving in with the adoptive family\""
          + " unit days polarity lower is better reported by financial year aggregated by mean",
      "measure a1 \"reduce the three-year average to no more than 600 days for 2010-13\"",
      "  average \"ADOPTION DAYS\" at most 600 days over financial years 2010-11 to 2012-13");

  private static Observation year(int startYear, String days) {
    FinancialYear fy = FinancialYear.startingIn(startYear);
    return new Observation(DAYS, fy, new BigDecimal(days), Optional.empty(), "adoption scorecard",
        fy.endInclusive().plusMonths(3));
  }

  @Test
  void theLanguageReadsTheYearsAsOnePeriod() {
    assertThat(NOTICE.measures().get(0).requirements().get(0).toString())
        .contains(DateRange.ofClosed(LocalDate.of(2010, 4, 1), LocalDate.of(2013, 3, 31)).toString());
    assertThat(NoticeLanguage.print(NOTICE)).contains("over 1 April 2010 to 31 March 2013");
    Notice counted = NoticeLanguage.parse("adoption.notice", NoticeLanguage.print(NOTICE)
        .replace("over 1 April 2010 to 31 March 2013", "over 3 years to 31 March 2013"));
    assertThat(counted).isEqualTo(NOTICE);
  }

  @Test
  void theThreeYearsFiguresAreCombinedAsTheIndicatorCombinesThem() {
    PerformanceData data = PerformanceData.builder("Anyshire Council")
        .addObservation(year(2010, "650")).addObservation(year(2011, "590")).addObservation(year(2012, "540"))
        .build();
    Finding f = Fixtures.ENGINE.evaluate(NOTICE, data, LocalDate.of(2013, 7, 31)).finding("a1").orElseThrow();
    assertThat(f.status()).isEqualTo(Status.MET);
    assertThat(f.values().get(0).value()).isEqualByComparingTo(new BigDecimal("1780").divide(new BigDecimal("3"),
        java.math.MathContext.DECIMAL64));
    assertThat(f.values().get(0).observations()).extracting(Observation::period)
        .containsExactly(FinancialYear.startingIn(2010), FinancialYear.startingIn(2011),
            FinancialYear.startingIn(2012));
    // before the third year is published, the average has no figure
    assertThat(Fixtures.ENGINE.evaluate(NOTICE, data, LocalDate.of(2013, 5, 31)).finding("a1").orElseThrow()
        .status()).isEqualTo(Status.NO_DATA);
  }

  /**
   * The scorecard's rolling average: each year's threshold is on the three years to it, so the window moves by a
   * year from one stage to the next (2010-13, 2011-14, 2012-15) and the stages' periods overlap. Each stage is
   * decided on its own three years. The thresholds and figures are invented.
   */
  @Test
  void aRollingThreeYearAverageIsStagedOverWindowsThatMoveByAYear() {
    Notice rolling = Fixtures.written("adoption-rolling", "1 April 2012", "until 31 March 2016",
        "indicator \"ADOPTION DAYS\" named \"Average days from entering care to moving in with the adoptive family\""
            + " unit days polarity lower is better reported by financial year aggregated by mean",
        "measure a1 \"the three-year average no more than 640, 550 and 490 days for 2010-13, 2011-14 and 2012-15\"",
        "  targets \"ADOPTION DAYS\" at most 640 days in 3 years to 31 March 2013"
            + " then at most 550 days in 3 years to 31 March 2014 then at most 490 days in 3 years to 31 March 2015");
    PerformanceData data = PerformanceData.builder("Anyshire Council")
        .addObservation(year(2010, "650")).addObservation(year(2011, "590")).addObservation(year(2012, "540"))
        .addObservation(year(2013, "520")).addObservation(year(2014, "450")).build();
    // 2010-13: 593 (met); 2011-14: 550 (met, on the line); 2012-15: 503 (missed, within the 10% tolerance)
    ComplianceReport report = assertFindings(rolling, data, LocalDate.of(2015, 8, 31),
        "a1.1 MET GREEN threshold met", "a1.2 MET GREEN threshold met",
        "a1.3 MISSED AMBER threshold missed within tolerance");
    assertThat(report.findings()).extracting(f -> f.values().get(0).observations().stream()
        .map(o -> o.period().toString()).toList()).containsExactly(
            List.of("FY2010-11", "FY2011-12", "FY2012-13"), List.of("FY2011-12", "FY2012-13", "FY2013-14"),
            List.of("FY2012-13", "FY2013-14", "FY2014-15"));
  }
}
