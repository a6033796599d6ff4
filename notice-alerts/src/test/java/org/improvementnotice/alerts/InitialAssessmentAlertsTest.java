package org.improvementnotice.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.improvementnotice.alerts.Fixtures.EMPTY;
import static org.improvementnotice.alerts.Fixtures.ENGINE;
import static org.improvementnotice.alerts.Fixtures.alerts;
import static org.improvementnotice.alerts.Fixtures.allocated;
import static org.improvementnotice.alerts.Fixtures.assertAlerts;
import static org.improvementnotice.alerts.Fixtures.d;
import static org.improvementnotice.alerts.Fixtures.openCase;
import static org.improvementnotice.alerts.Fixtures.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.cases.CaseId;
import org.improvementnotice.cases.CaseRecord;
import org.improvementnotice.cases.CaseRecords;
import org.improvementnotice.cases.InitialAssessment;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.time.WorkingDayCount;
import org.junit.jupiter.api.Test;

/** initialassessment.drl: initial assessments due soon and out of timescale, around Easter 2009. */
class InitialAssessmentAlertsTest {
  static final String DUE_SOON = "INITIAL_ASSESSMENT_DUE_SOON";
  static final String LATE = "INITIAL_ASSESSMENT_OUT_OF_TIMESCALE";
  static final String AT_RISK = "[ni59.1,ni59.2,ia10]";

  static InitialAssessment open(String id, String caseId, LocalDate referral) {
    return new InitialAssessment(id, CaseId.of(caseId), referral, Optional.empty());
  }

  /**
   * One assessment per referral day, case C1. Referred Thursday 9 April 2009, the day before Good Friday: the
   * 7th working day after it is Wednesday 22 April (Good Friday 10 April and Easter Monday 13 April do not count).
   */
  static CaseRecords easter(InitialAssessment... assessments) {
    CaseRecords.Builder b = records().addCase(openCase("C1", d(2009, 1, 5))).addAllocation(allocated("C1"));
    for (InitialAssessment a : assessments) {
      b.addInitialAssessment(a);
    }
    return b.build();
  }

  @Test
  void dueExactlyTodayIsDueSoonWithNoWorkingDaysLeft() {
    assertAlerts(easter(open("IA-1", "C1", d(2009, 4, 9))), d(2009, 4, 22),
        DUE_SOON + " C1 IA-1 2009-04-22 0 initial assessment due soon " + AT_RISK);
  }

  @Test
  void theWindowIsTwoWorkingDaysNotThreeOrMore() {
    CaseRecords r = easter(open("IA-1", "C1", d(2009, 4, 9)));
    // Monday 20 April: 5 working days elapsed, 2 left
    assertAlerts(r, d(2009, 4, 20), DUE_SOON + " C1 IA-1 2009-04-22 2 initial assessment due soon " + AT_RISK);
    // Friday 17 April: 4 elapsed, 3 left
    assertThat(alerts(r, d(2009, 4, 17))).isEmpty();
    // The weekend between counts as Friday: still 3 left
    assertThat(alerts(r, d(2009, 4, 19))).isEmpty();
  }

  @Test
  void theDayAfterTheDueDateIsOutOfTimescaleByOneWorkingDay() {
    CaseRecords r = easter(open("IA-1", "C1", d(2009, 4, 9)));
    assertAlerts(r, d(2009, 4, 23), LATE + " C1 IA-1 2009-04-22 1 initial assessment out of timescale " + AT_RISK);
    // Monday 27 April: Thursday 23, Friday 24 and Monday 27 are past the timescale
    assertAlerts(r, d(2009, 4, 27), LATE + " C1 IA-1 2009-04-22 3 initial assessment out of timescale " + AT_RISK);
  }

  @Test
  void onTheLastWorkingDayBeforeEasterTheBankHolidaysAreNotCounted() {
    // Thursday 9 April 2009, the last working day before Good Friday
    CaseRecords r = easter(
        open("IA-31", "C1", d(2009, 3, 31)),  // 7th working day is Thursday 9 April: due today
        open("IA-01", "C1", d(2009, 4, 1)),   // Tuesday 14 April, five calendar days away but 1 working day
        open("IA-02", "C1", d(2009, 4, 2)),   // Wednesday 15 April: 2 working days
        open("IA-03", "C1", d(2009, 4, 3)),   // Thursday 16 April: 3 working days, not yet
        open("IA-30", "C1", d(2009, 3, 30))); // Wednesday 8 April: out of timescale by 1
    assertAlerts(r, d(2009, 4, 9),
        DUE_SOON + " C1 IA-31 2009-04-09 0 initial assessment due soon " + AT_RISK,
        DUE_SOON + " C1 IA-01 2009-04-14 1 initial assessment due soon " + AT_RISK,
        DUE_SOON + " C1 IA-02 2009-04-15 2 initial assessment due soon " + AT_RISK,
        LATE + " C1 IA-30 2009-04-08 1 initial assessment out of timescale " + AT_RISK);
  }

  @Test
  void onGoodFridayAnAssessmentDueTheDayBeforeCouldStillBeCompletedWithinTimescale() {
    // Completed on a non-working day after the 7th working day, it is still within 7 working days, as NI 59 counts
    CaseRecords r = easter(open("IA-31", "C1", d(2009, 3, 31)));
    assertAlerts(r, d(2009, 4, 10), DUE_SOON + " C1 IA-31 2009-04-09 0 initial assessment due soon " + AT_RISK);
    assertAlerts(r, d(2009, 4, 14), LATE + " C1 IA-31 2009-04-09 1 initial assessment out of timescale " + AT_RISK);
  }

  @Test
  void onlyAssessmentsOpenAtTheDateOnOpenCasesCount() {
    CaseRecords r = records()
        .addCase(openCase("C1", d(2009, 1, 5)))
        .addAllocation(allocated("C1"))
        .addCase(new CaseRecord(CaseId.of("C2"), d(2009, 1, 5), Optional.of(d(2009, 4, 20))))
        .addInitialAssessment(new InitialAssessment("done-today", CaseId.of("C1"), d(2009, 4, 9),
            Optional.of(d(2009, 4, 22))))
        .addInitialAssessment(new InitialAssessment("done-later", CaseId.of("C1"), d(2009, 4, 9),
            Optional.of(d(2009, 4, 23))))
        .addInitialAssessment(open("referred-tomorrow", "C1", d(2009, 4, 23)))
        .addInitialAssessment(open("case-closed", "C2", d(2009, 4, 9)))
        .build();
    assertAlerts(r, d(2009, 4, 22), DUE_SOON + " C1 done-later 2009-04-22 0 initial assessment due soon " + AT_RISK);
  }

  @Test
  void theWorkingTogether2010TimescaleIsTenWorkingDays() {
    // 10th working day after Thursday 9 April 2009 is Monday 27 April
    AlertSettings ten = AlertSettings.defaults()
        .withInitialAssessmentWorkingDays(AlertSettings.WORKING_TOGETHER_2010_INITIAL_ASSESSMENT_WORKING_DAYS);
    CaseRecords r = easter(open("IA-1", "C1", d(2009, 4, 9)));
    assertThat(Fixtures.alerts(ten, r, d(2009, 4, 22))).isEmpty();
    assertThat(Fixtures.alerts(ten, r, d(2009, 4, 23)))
        .containsExactly(DUE_SOON + " C1 IA-1 2009-04-27 2 initial assessment due soon " + AT_RISK);
    assertThat(Fixtures.alerts(ten, r, d(2009, 4, 28)))
        .containsExactly(LATE + " C1 IA-1 2009-04-27 1 initial assessment out of timescale " + AT_RISK);
  }

  @Test
  void countingTheReferralDayMakesTheDueDateOneWorkingDayEarlier() {
    CaseRecords r = easter(open("IA-1", "C1", d(2009, 4, 9)));
    AlertSettings included = Fixtures.counting(WorkingDayCount.START_DAY_INCLUDED);
    assertThat(Fixtures.alerts(included, r, d(2009, 4, 22)))
        .containsExactly(LATE + " C1 IA-1 2009-04-21 1 initial assessment out of timescale " + AT_RISK);
  }

  @Test
  void aWiderWindowRaisesEarlier() {
    CaseRecords r = easter(open("IA-1", "C1", d(2009, 4, 9)));
    AlertSettings five = AlertSettings.defaults().withDueSoonWorkingDays(5);
    assertThat(Fixtures.alerts(five, r, d(2009, 4, 15)))
        .containsExactly(DUE_SOON + " C1 IA-1 2009-04-22 5 initial assessment due soon " + AT_RISK);
    assertThat(Fixtures.alerts(five, r, d(2009, 4, 14))).isEmpty();
  }

  @Test
  void theAlertNamesTheIndicatorsAndRequirementsAndSaysSoInOneSentence() {
    List<Alert> out = ENGINE.alerts(easter(open("IA-1", "C1", d(2009, 4, 9))), Fixtures.NOTICE, d(2009, 4, 20));
    assertThat(out).hasSize(1);
    Alert a = out.get(0);
    assertThat(a.kind()).isEqualTo(AlertKind.INITIAL_ASSESSMENT_DUE_SOON);
    assertThat(a.indicators()).containsExactly(IndicatorId.of("NI 59"), IndicatorId.of("IA 10WD"));
    assertThat(a.requirements())
        .containsExactly(RequirementId.of("ni59.1"), RequirementId.of("ni59.2"), RequirementId.of("ia10"));
    assertThat(a.message()).isEqualTo("Initial assessment IA-1 of case C1 is due by Wednesday 22 April 2009"
        + " (7 working days from the referral on Thursday 9 April 2009), with 2 working days left, which puts at"
        + " risk requirements ni59.1, ni59.2, ia10 (NI 59 or IA 10WD).");
  }

  @Test
  void aNoticeWithNoRequirementOnTheIndicatorsIsNamedInTheMessage() {
    List<Alert> out = ENGINE.alerts(easter(open("IA-1", "C1", d(2009, 4, 9))), EMPTY, d(2009, 4, 24));
    assertThat(Fixtures.summary(out))
        .containsExactly(LATE + " C1 IA-1 2009-04-22 2 initial assessment out of timescale []");
    assertThat(out.get(0).message()).isEqualTo("Initial assessment IA-1 of case C1 is 2 working days out of"
        + " timescale (due by Wednesday 22 April 2009, 7 working days from the referral on Thursday 9 April 2009);"
        + " the notice has no requirement on NI 59 or IA 10WD, so it puts none at risk.");
  }
}
