package org.improvementnotice.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.improvementnotice.alerts.Fixtures.ENGINE;
import static org.improvementnotice.alerts.Fixtures.assertAlerts;
import static org.improvementnotice.alerts.Fixtures.d;
import static org.improvementnotice.alerts.Fixtures.openCase;
import static org.improvementnotice.alerts.Fixtures.records;

import java.util.List;
import java.util.Optional;
import org.improvementnotice.alerts.internal.AlertRuleBase;
import org.improvementnotice.cases.CaseId;
import org.improvementnotice.cases.CaseRecords;
import org.improvementnotice.cases.CoreAssessment;
import org.improvementnotice.cases.InitialAssessment;
import org.improvementnotice.cases.ProtectionPlan;
import org.improvementnotice.drools.testing.PooledSessions;
import org.improvementnotice.model.time.WorkingDayCount;
import org.junit.jupiter.api.Test;

/** The engine: every family at once, the order of alerts, the settings and their defaults. */
class AlertEngineTest {

  /** On Monday 20 April 2009, case B has one alert of every kind. */
  static final CaseRecords EVERYTHING = records()
      .addCase(openCase("B", d(2008, 1, 2)))
      .addCase(openCase("A", d(2009, 3, 1)))
      .addInitialAssessment(new InitialAssessment("IA-due", CaseId.of("B"), d(2009, 4, 9), Optional.empty()))
      .addInitialAssessment(new InitialAssessment("IA-late", CaseId.of("B"), d(2009, 4, 1), Optional.empty()))
      .addCoreAssessment(new CoreAssessment("CA-due", CaseId.of("B"), d(2009, 3, 2), Optional.empty()))
      .addCoreAssessment(new CoreAssessment("CA-late", CaseId.of("B"), d(2009, 2, 2), Optional.empty()))
      .addPlan(new ProtectionPlan("P1", CaseId.of("B"), d(2007, 5, 1), Optional.empty(), false))
      .build();

  @Test
  void alertsAreOrderedByKindThenDateThenCaseThenRecord() {
    assertAlerts(EVERYTHING, d(2009, 4, 20),
        "INITIAL_ASSESSMENT_DUE_SOON B IA-due 2009-04-22 2 initial assessment due soon [ni59.1,ni59.2,ia10]",
        "INITIAL_ASSESSMENT_OUT_OF_TIMESCALE B IA-late 2009-04-14 4 initial assessment out of timescale"
            + " [ni59.1,ni59.2,ia10]",
        "CORE_ASSESSMENT_DUE_SOON B CA-due 2009-04-22 2 core assessment due soon [ni60]",
        "CORE_ASSESSMENT_OUT_OF_TIMESCALE B CA-late 2009-03-23 18 core assessment out of timescale [ni60]",
        "UNALLOCATED_OVER_28_DAYS B B 2008-01-02 474 case unallocated beyond threshold"
            + " [none-over-28,no-unallocated]",
        "UNALLOCATED_OVER_28_DAYS A A 2009-03-01 50 case unallocated beyond threshold [none-over-28,no-unallocated]",
        "PLAN_APPROACHING_TWO_YEARS B P1 2009-05-01 11 plan approaching two years [ni64]");
  }

  @Test
  void theEngineIsSharedAndRepeatable() {
    List<Alert> first = ENGINE.alerts(EVERYTHING, Fixtures.NOTICE, d(2009, 4, 20));
    List<Alert> again = AlertEngine.create().alerts(EVERYTHING, Fixtures.NOTICE, d(2009, 4, 20));
    assertThat(again).isEqualTo(first);
    assertThat(first).isUnmodifiable();
  }

  @Test
  void sessionsArePooledAndReturnedEmptyAndTheRuleBaseIsShared() {
    AlertEngine other = AlertEngine.create(AlertSettings.defaults().withDueSoonWorkingDays(5));
    other.alerts(EVERYTHING, Fixtures.NOTICE, d(2009, 4, 20));
    PooledSessions.assertOneSessionReusedAndReturnedEmpty(AlertRuleBase.MODEL.kieBase(),
        AlertRuleBase.MODEL.sessions(), () -> {
      for (int i = 0; i < 20; i++) {
        other.alerts(EVERYTHING, Fixtures.NOTICE, d(2009, 4, 20));
        ENGINE.alerts(EVERYTHING, Fixtures.EMPTY, d(2009, 4, 20));
      }
    });
    assertThat(AlertRuleBase.MODEL.kieBase()).isSameAs(AlertRuleBase.MODEL.kieBase());
  }

  @Test
  void noRecordsNoAlerts() {
    assertThat(ENGINE.alerts(records().build(), Fixtures.NOTICE, d(2009, 4, 20))).isEmpty();
  }

  @Test
  void theDefaultsAreTheDocumentedOnes() {
    AlertSettings s = AlertSettings.defaults();
    assertThat(s.dueSoonWorkingDays()).isEqualTo(2);
    assertThat(s.planWarningDays()).isEqualTo(56);
    assertThat(s.unallocatedDays()).isEqualTo(28);
    assertThat(s.initialAssessmentWorkingDays()).isEqualTo(7);
    assertThat(s.coreAssessmentWorkingDays()).isEqualTo(35);
    assertThat(s.workingDayCount()).isEqualTo(WorkingDayCount.START_DAY_EXCLUDED);
    assertThat(s.calendar().name()).isEqualTo("England and Wales");
    assertThat(ENGINE.settings()).isEqualTo(s);
  }

  @Test
  void badSettingsStateTheRule() {
    assertThatThrownBy(() -> AlertSettings.defaults().withDueSoonWorkingDays(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The due-soon window must not be negative, was -1");
    assertThatThrownBy(() -> AlertSettings.defaults().withInitialAssessmentWorkingDays(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Assessment timescales must be at least 1 working day, were 0 (initial) and 35 (core)");
  }

  @Test
  void aDateOutsideTheCalendarIsNamed() {
    assertThatThrownBy(() -> ENGINE.alerts(EVERYTHING, Fixtures.NOTICE, d(1999, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Alert date 1999-12-31 is outside the England and Wales working-day calendar's range"
            + " 2000-01-01 to 2040-12-31");
  }
}
