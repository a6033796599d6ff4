package org.improvementnotice.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.time.CalendarMonth;
import org.improvementnotice.model.time.CalendarQuarter;
import org.improvementnotice.model.validation.DataValidator;
import org.junit.jupiter.api.Test;

/**
 * A target on a rate the notice derives from two counts: "the proportion of referrals that lead to an initial
 * assessment" at least 70% in the quarter to 31 March 2013, decided on the quarter's counts summed (DOMAIN.md, "a
 * rate derived from two other series"), the figures it rests on naming the counts.
 */
class DerivedRateRulesTest {
  private static final IndicatorId REFERRALS = IndicatorId.of("REFERRALS");
  private static final IndicatorId ASSESSMENTS = IndicatorId.of("ASSESSMENTS");

  private static final Notice NOTICE = Fixtures.written("conversion", "1 October 2012", "until 30 September 2013",
      "indicator \"REFERRALS\" named \"Referrals received\" unit count polarity higher is better reported by month",
      "indicator \"ASSESSMENTS\" named \"Initial assessments started\" unit count polarity higher is better"
          + " reported by month",
      "indicator \"CONVERSION\" named \"Referrals leading to an initial assessment\" unit percent polarity higher is"
          + " better reported by month derived from \"ASSESSMENTS\" over \"REFERRALS\"",
      "measure conversion \"the proportion of referrals leading to an initial assessment to 70% in the quarter to"
          + " 31 March 2013\"",
      "  target \"CONVERSION\" at least 70% in quarter to 31 March 2013");

  private static PerformanceData counts(long... referralsThenAssessments) {
    PerformanceData.Builder b = PerformanceData.builder("Anyshire Council");
    for (int m = 0; m < 3; m++) {
      CalendarMonth month = CalendarMonth.of(2013, m + 1);
      LocalDate published = month.endInclusive().plusDays(10);
      b.addObservation(new Observation(REFERRALS, month, BigDecimal.valueOf(referralsThenAssessments[m]),
          Optional.empty(), "referral log", published));
      b.addObservation(new Observation(ASSESSMENTS, month, BigDecimal.valueOf(referralsThenAssessments[m + 3]),
          Optional.empty(), "assessment log", published));
    }
    return b.build();
  }

  @Test
  void theQuartersRateIsItsSummedCountsRatio() {
    // 210 of 300 referrals in the quarter: 70%, met, although January alone was 60% (60 of 100)
    Finding met = Fixtures.ENGINE.evaluate(NOTICE, counts(100, 100, 100, 60, 70, 80), LocalDate.of(2013, 5, 1))
        .finding("conversion").orElseThrow();
    assertThat(met.status()).isEqualTo(Status.MET);
    assertThat(met.values().get(0).value()).isEqualByComparingTo("70");
    assertThat(met.values().get(0).period()).contains(CalendarQuarter.endingOn(LocalDate.of(2013, 3, 31)));
    assertThat(met.values().get(0).observations()).extracting(Observation::source).containsExactly(
        "worked out from ASSESSMENTS 60 (assessment log) over REFERRALS 100 (referral log)",
        "worked out from ASSESSMENTS 70 (assessment log) over REFERRALS 100 (referral log)",
        "worked out from ASSESSMENTS 80 (assessment log) over REFERRALS 100 (referral log)");
    // 190 of 300: 63.3%, missed within the tolerance of 7 points
    assertThat(Fixtures.ENGINE.evaluate(NOTICE, counts(100, 100, 100, 60, 60, 70), LocalDate.of(2013, 5, 1))
        .finding("conversion").orElseThrow().status()).isEqualTo(Status.MISSED);
  }

  @Test
  void theRateItselfIsNotGivenInTheData() {
    PerformanceData given = PerformanceData.builder("Anyshire Council").addObservation(new Observation(
        IndicatorId.of("CONVERSION"), CalendarMonth.of(2013, 1), new BigDecimal("70"), Optional.empty(), "return",
        LocalDate.of(2013, 2, 10))).build();
    assertThat(DataValidator.validate(NOTICE, given)).extracting(p -> p.path() + ": " + p.message()).contains(
        "observations[0]: CONVERSION for 2013-01 is given, but the notice works it out from ASSESSMENTS over "
            + "REFERRALS: give the two counts, not the rate");
  }
}
