package org.improvementnotice.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.improvementnotice.alerts.Fixtures.EMPTY;
import static org.improvementnotice.alerts.Fixtures.ENGINE;
import static org.improvementnotice.alerts.Fixtures.alerts;
import static org.improvementnotice.alerts.Fixtures.assertAlerts;
import static org.improvementnotice.alerts.Fixtures.d;
import static org.improvementnotice.alerts.Fixtures.openCase;
import static org.improvementnotice.alerts.Fixtures.records;

import java.time.LocalDate;
import java.util.Optional;
import org.improvementnotice.cases.CaseId;
import org.improvementnotice.cases.CaseRecords;
import org.improvementnotice.cases.ProtectionPlan;
import org.junit.jupiter.api.Test;

/** plan.drl: child protection plans within eight weeks of their second anniversary. */
class PlanAlertsTest {
  static final String KIND = "PLAN_APPROACHING_TWO_YEARS";
  static final String RULE = "plan approaching two years";

  static ProtectionPlan plan(String id, LocalDate start, Optional<LocalDate> end) {
    return new ProtectionPlan(id, CaseId.of("C1"), start, end, false);
  }

  static CaseRecords records(ProtectionPlan... plans) {
    CaseRecords.Builder b = Fixtures.records().addCase(openCase("C1", d(2008, 1, 2)))
        .addAllocation(new org.improvementnotice.cases.Allocation(CaseId.of("C1"), "SW1", d(2008, 1, 2),
            Optional.empty()));
    for (ProtectionPlan p : plans) {
      b.addPlan(p);
    }
    return b.build();
  }

  /** P1 started 15 March 2008: two years on 15 March 2010, eight weeks (56 days) before is 18 January 2010. */
  static final CaseRecords MARCH = records(plan("P1", d(2008, 3, 15), Optional.empty()));

  @Test
  void exactlyEightWeeksBeforeTwoYearsRaisesTheAlert() {
    assertAlerts(MARCH, d(2010, 1, 18), KIND + " C1 P1 2010-03-15 56 " + RULE + " [ni64]");
  }

  @Test
  void theDayBeforeTheWarningRaisesNothing() {
    assertThat(alerts(MARCH, d(2010, 1, 17))).isEmpty();
  }

  @Test
  void theDayBeforeTheAnniversaryIsTheLastDayOfTheAlert() {
    assertAlerts(MARCH, d(2010, 3, 14), KIND + " C1 P1 2010-03-15 1 " + RULE + " [ni64]");
    assertThat(alerts(MARCH, d(2010, 3, 15))).isEmpty();
  }

  @Test
  void aPlanStartedOnALeapDayReachesTwoYearsOn28February() {
    CaseRecords leap = records(plan("LEAP", d(2008, 2, 29), Optional.empty()));
    // 28 February 2010 less 56 days is 3 January 2010
    assertThat(alerts(leap, d(2010, 1, 2))).isEmpty();
    assertAlerts(leap, d(2010, 1, 3), KIND + " C1 LEAP 2010-02-28 56 " + RULE + " [ni64]");
    assertAlerts(leap, d(2010, 2, 27), KIND + " C1 LEAP 2010-02-28 1 " + RULE + " [ni64]");
    assertThat(alerts(leap, d(2010, 2, 28))).isEmpty();
  }

  @Test
  void onlyPlansOpenAtTheDateCount() {
    CaseRecords r = records(
        plan("ENDED", d(2008, 3, 15), Optional.of(d(2010, 2, 1))),
        plan("ENDS-LATER", d(2008, 3, 15), Optional.of(d(2010, 3, 1))),
        plan("ENDED-TODAY", d(2008, 3, 15), Optional.of(d(2010, 2, 2))));
    assertAlerts(r, d(2010, 2, 2), KIND + " C1 ENDS-LATER 2010-03-15 41 " + RULE + " [ni64]");
  }

  @Test
  void theWarningIsASetting() {
    AlertSettings fourWeeks = AlertSettings.defaults().withPlanWarningDays(28);
    assertThat(Fixtures.alerts(fourWeeks, MARCH, d(2010, 2, 14))).isEmpty();
    assertThat(Fixtures.alerts(fourWeeks, MARCH, d(2010, 2, 15)))
        .containsExactly(KIND + " C1 P1 2010-03-15 28 " + RULE + " [ni64]");
  }

  @Test
  void theMessageNamesThePlanTheAnniversaryAndTheRequirement() {
    assertThat(ENGINE.alerts(MARCH, Fixtures.NOTICE, d(2010, 1, 18)).get(0).message()).isEqualTo(
        "Child protection plan P1 of case C1, started Saturday 15 March 2008, reaches two years on Monday 15 March"
            + " 2010, in 56 days, which puts at risk requirement ni64 (NI 64).");
    assertThat(ENGINE.alerts(MARCH, EMPTY, d(2010, 1, 18)).get(0).message())
        .endsWith("in 56 days; the notice has no requirement on NI 64, so it puts none at risk.");
  }
}
