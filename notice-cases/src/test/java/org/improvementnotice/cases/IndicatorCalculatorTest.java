package org.improvementnotice.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.Ratio;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.WorkingDayCalendar;
import org.improvementnotice.model.time.WorkingDayCount;
import org.improvementnotice.model.validation.Problem;
import org.improvementnotice.model.validation.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorCalculatorTest {

  private static final CaseId CASE = CaseId.of("C1");
  private static final LocalDate PUBLISHED = LocalDate.of(2015, 1, 1);

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static CaseRecords.Builder withCase() {
    return CaseRecords.builder().addCase(new CaseRecord(CASE, d("2008-01-01"), Optional.empty()));
  }

  private static InitialAssessment ia(String id, String referral, String completed) {
    return new InitialAssessment(id, CASE, d(referral), Optional.ofNullable(completed).map(LocalDate::parse));
  }

  private static Ratio ni59(CaseRecords records, String period, WorkingDayCount convention) {
    return IndicatorCalculator.of(records, WorkingDayCalendar.englandAndWales(), convention)
        .ni59(Period.parse(period), "test", PUBLISHED).orElseThrow().ratio().orElseThrow();
  }

  @ParameterizedTest(name = "referral {0}: completed {1} is the last day within 7 working days ({2})")
  @CsvSource({
      // Easter 2009: Good Friday 10 April, Easter Monday 13 April.
      "2009-04-09, 2009-04-22, 2009-04-23, START_DAY_EXCLUDED",
      "2009-04-09, 2009-04-21, 2009-04-22, START_DAY_INCLUDED",
      // Christmas 2010: 27 and 28 December, then 3 January 2011 for New Year's Day on a Saturday.
      "2010-12-23, 2011-01-06, 2011-01-07, START_DAY_EXCLUDED",
      // April 2011: Good Friday 22, Easter Monday 25, the royal wedding 29 April, early May 2 May.
      "2011-04-21, 2011-05-06, 2011-05-09, START_DAY_EXCLUDED",
      // A referral on a Saturday: Monday is day 1 either way.
      "2011-06-04, 2011-06-14, 2011-06-15, START_DAY_EXCLUDED",
      "2011-06-04, 2011-06-14, 2011-06-15, START_DAY_INCLUDED",
  })
  void ni59CountsWorkingDaysFromTheReferralAroundBankHolidays(
      String referral, String lastWithin, String firstLate, WorkingDayCount convention) {
    CaseRecords records = withCase()
        .addInitialAssessment(ia("on-time", referral, lastWithin))
        .addInitialAssessment(ia("late", referral, firstLate))
        .build();
    Period both = Period.parse(lastWithin.substring(0, 4) + "-01-01.." + firstLate.substring(0, 4) + "-12-31");
    assertThat(ni59(records, both.toString(), convention)).isEqualTo(Ratio.of(1, 2));
  }

  @Test
  void ni60CountsThirtyFiveWorkingDaysAcrossTheJubileeHolidays() {
    // Commenced Friday 1 June 2012; 4 and 5 June 2012 are bank holidays: day 35 is Tuesday 24 July.
    CaseRecords records = withCase()
        .addCoreAssessment(new CoreAssessment("ca1", CASE, d("2012-06-01"), Optional.of(d("2012-07-24"))))
        .addCoreAssessment(new CoreAssessment("ca2", CASE, d("2012-06-01"), Optional.of(d("2012-07-25"))))
        .addCoreAssessment(new CoreAssessment("ca3", CASE, d("2012-06-01"), Optional.empty()))
        .build();
    Observation july = IndicatorCalculator.of(records).ni60(Period.parse("2012-07"), "test", PUBLISHED).orElseThrow();
    assertThat(july.ratio()).contains(Ratio.of(1, 2));
    assertThat(july.value()).isEqualByComparingTo("50");
    assertThat(july.indicator()).isEqualTo(IndicatorCalculator.NI_60);
  }

  @Test
  void anAssessmentCountsInThePeriodItIsCompletedIn() {
    CaseRecords records = withCase()
        .addInitialAssessment(ia("a", "2009-03-25", "2009-03-31"))
        .addInitialAssessment(ia("b", "2009-03-25", "2009-04-01"))
        .addInitialAssessment(ia("c", "2009-03-02", "2009-03-20"))
        .build();
    IndicatorCalculator calc = IndicatorCalculator.of(records);
    assertThat(calc.ni59(Period.parse("2009-03"), "t", PUBLISHED).orElseThrow().ratio()).contains(Ratio.of(1, 2));
    assertThat(calc.ni59(Period.parse("2009-Q1"), "t", PUBLISHED).orElseThrow().ratio()).contains(Ratio.of(1, 2));
    assertThat(calc.ni59(Period.parse("2009-04"), "t", PUBLISHED).orElseThrow().ratio()).contains(Ratio.of(1, 1));
    assertThat(calc.ni59(Period.parse("2009-05"), "t", PUBLISHED)).isEmpty();
    assertThat(calc.initialAssessmentsWithin10Days(Period.parse("2009-03"), "t", PUBLISHED).orElseThrow().ratio())
        .contains(Ratio.of(1, 2));
  }

  @Test
  void unallocatedCasesOverTwentyEightDaysAtTheMonthEnd() {
    CaseRecords records = CaseRecords.builder()
        .addCase(new CaseRecord(CaseId.of("opened-1-jan"), d("2014-01-01"), Optional.empty()))    // 30 days: counts
        .addCase(new CaseRecord(CaseId.of("opened-2-jan"), d("2014-01-02"), Optional.empty()))    // 29 days: counts
        .addCase(new CaseRecord(CaseId.of("opened-3-jan"), d("2014-01-03"), Optional.empty()))    // 28 days: not over
        .addCase(new CaseRecord(CaseId.of("closed"), d("2013-11-01"), Optional.of(d("2014-01-30"))))
        .addCase(new CaseRecord(CaseId.of("allocated"), d("2013-11-01"), Optional.empty()))
        .addCase(new CaseRecord(CaseId.of("released"), d("2013-11-01"), Optional.empty()))
        .addAllocation(new Allocation(CaseId.of("allocated"), "Ann", d("2014-01-31"), Optional.empty()))
        .addAllocation(new Allocation(CaseId.of("released"), "Bob", d("2013-11-01"), Optional.of(d("2014-01-02"))))
        .build();
    IndicatorCalculator calc = IndicatorCalculator.of(records);
    assertThat(calc.unallocatedOver28Days(Period.parse("2014-01"), "t", PUBLISHED).value()).isEqualByComparingTo("2");
    assertThat(calc.unallocated(Period.parse("2014-01"), "t", PUBLISHED).value()).isEqualByComparingTo("4");
    assertThat(calc.unallocatedOver28Days(Period.parse("2014-02"), "t", PUBLISHED).value()).isEqualByComparingTo("4");
  }

  @Test
  void plansLastingTwoYearsOrMoreIncludeTheSecondAnniversary() {
    CaseRecords records = withCase()
        .addPlan(new ProtectionPlan("exactly-two-years", CASE, d("2010-03-31"), Optional.of(d("2012-03-31")), false))
        .addPlan(new ProtectionPlan("a-day-short", CASE, d("2010-04-01"), Optional.of(d("2012-03-31")), true))
        .addPlan(new ProtectionPlan("leap-start", CASE, d("2010-02-28"), Optional.of(d("2012-02-28")), false))
        .addPlan(new ProtectionPlan("open", CASE, d("2012-01-10"), Optional.empty(), true))
        .build();
    IndicatorCalculator calc = IndicatorCalculator.of(records);
    assertThat(calc.ni64(Period.parse("FY2011-12"), "t", PUBLISHED).orElseThrow().ratio()).contains(Ratio.of(2, 3));
    assertThat(calc.ni65(Period.parse("FY2011-12"), "t", PUBLISHED).orElseThrow().ratio()).contains(Ratio.of(1, 1));
    assertThat(calc.ni65(Period.parse("FY2010-11"), "t", PUBLISHED).orElseThrow().ratio()).contains(Ratio.of(1, 1));
    assertThat(new ProtectionPlan("p", CASE, d("2012-02-29"), Optional.empty(), false).twoYearsOn())
        .isEqualTo(d("2014-02-28"));
  }

  @Test
  void reviewsHeldOnTheirDueDateAreWithinTimescale() {
    CaseRecords records = withCase()
        .addReview(new LacReview("r1", CASE, d("2009-03-31"), Optional.of(d("2009-03-31"))))
        .addReview(new LacReview("r2", CASE, d("2009-03-15"), Optional.of(d("2009-03-16"))))
        .addReview(new LacReview("r3", CASE, d("2009-03-10"), Optional.empty()))
        .addReview(new LacReview("r4", CASE, d("2009-04-01"), Optional.of(d("2009-03-20"))))
        .build();
    assertThat(IndicatorCalculator.of(records).ni66(Period.parse("2009-03"), "t", PUBLISHED).orElseThrow().ratio())
        .contains(Ratio.of(1, 3));
  }

  @Test
  void theVacancyRateCountsAgencyCoverAsVacantByDefault() {
    CaseRecords records = CaseRecords.builder()
        .addPost(new PostSpell("P1", PostStatus.FILLED, d("2009-01-01"), Optional.empty()))
        .addPost(new PostSpell("P2", PostStatus.AGENCY, d("2009-01-01"), Optional.empty()))
        .addPost(new PostSpell("P3", PostStatus.VACANT, d("2009-01-01"), Optional.of(d("2009-03-30"))))
        .addPost(new PostSpell("P3", PostStatus.FILLED, d("2009-03-31"), Optional.empty()))
        .addPost(new PostSpell("P4", PostStatus.VACANT, d("2009-01-01"), Optional.empty()))
        .build();
    IndicatorCalculator calc = IndicatorCalculator.of(records);
    assertThat(calc.vacancyRate(Period.parse("2009-03"), "t", PUBLISHED).orElseThrow().ratio()).contains(Ratio.of(2, 4));
    assertThat(calc.vacancyRate(Period.parse("2009-02"), "t", PUBLISHED).orElseThrow().ratio()).contains(Ratio.of(3, 4));
    assertThat(calc.withAgencyCountedAsFilled(true).vacancyRate(Period.parse("2009-03"), "t", PUBLISHED).orElseThrow()
        .ratio()).contains(Ratio.of(1, 4));
  }

  @Test
  void referralsGoingOnToInitialAssessment() {
    CaseRecords records = withCase()
        .addReferral(new Referral("r1", CASE, d("2010-05-04"), ReferralOutcome.INITIAL_ASSESSMENT))
        .addReferral(new Referral("r2", CASE, d("2010-05-31"), ReferralOutcome.NO_FURTHER_ACTION))
        .addReferral(new Referral("r3", CASE, d("2010-06-01"), ReferralOutcome.INITIAL_ASSESSMENT))
        .build();
    assertThat(IndicatorCalculator.of(records).referralsToInitialAssessment(Period.parse("2010-05"), "t", PUBLISHED)
        .orElseThrow().value()).isEqualByComparingTo("50");
  }

  @Test
  void everyBadRecordIsNamedAndNoneIsSkipped() {
    CaseRecords.Builder b = withCase()
        .addCase(new CaseRecord(CaseId.of("C2"), d("2010-05-01"), Optional.of(d("2010-04-01"))))
        .addReferral(new Referral("r1", CaseId.of("nobody"), d("2010-05-04"), ReferralOutcome.PENDING))
        .addInitialAssessment(ia("ia1", "2010-05-04", "2010-05-03"))
        .addInitialAssessment(ia("ia1", "2010-05-04", null))
        .addCoreAssessment(new CoreAssessment("ca1", CASE, d("1999-12-31"), Optional.empty()))
        .addPost(new PostSpell("P1", PostStatus.FILLED, d("2009-01-01"), Optional.empty()))
        .addPost(new PostSpell("P1", PostStatus.VACANT, d("2009-06-01"), Optional.empty()));
    assertThatThrownBy(b::build).isInstanceOfSatisfying(ValidationException.class, e ->
        assertThat(e.problems()).extracting(Problem::path, Problem::message).containsExactly(
            org.assertj.core.groups.Tuple.tuple("cases[1] (C2)", "closed 2010-04-01 is before opened 2010-05-01"),
            org.assertj.core.groups.Tuple.tuple("referrals[0] (r1)", "unknown case nobody: no case record has that id"),
            org.assertj.core.groups.Tuple.tuple("initialAssessments[1] (ia1)", "ia1 is already given at initialAssessments[0]"),
            org.assertj.core.groups.Tuple.tuple("initialAssessments[0] (ia1)",
                "completed 2010-05-03 is before referral received 2010-05-04"),
            org.assertj.core.groups.Tuple.tuple("coreAssessments[0] (ca1)",
                "commenced 1999-12-31 is outside the working-day calendar's range 2000-01-01 to 2040-12-31"),
            org.assertj.core.groups.Tuple.tuple("posts[1] (P1)", "spell of post P1 overlaps the spell at posts[0]")));
  }
}
