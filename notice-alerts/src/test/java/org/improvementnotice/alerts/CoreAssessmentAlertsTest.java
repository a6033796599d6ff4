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

import java.util.List;
import java.util.Optional;
import org.improvementnotice.cases.CaseId;
import org.improvementnotice.cases.CaseRecords;
import org.improvementnotice.cases.CoreAssessment;
import org.junit.jupiter.api.Test;

/** coreassessment.drl: core assessments due soon and out of timescale (35 working days, across Easter 2009). */
class CoreAssessmentAlertsTest {
  static final String DUE_SOON = "CORE_ASSESSMENT_DUE_SOON";
  static final String LATE = "CORE_ASSESSMENT_OUT_OF_TIMESCALE";

  /**
   * Core assessment CA-1 of case C1, commenced Monday 2 March 2009: its 35th working day is Wednesday 22 April
   * (24 working days to Friday 3 April, then 4 to Thursday 9 April, Good Friday and Easter Monday not counting,
   * 4 to Friday 17 April, and Monday 20 to Wednesday 22). CA-2 was completed on Friday 17 April.
   */
  static final CaseRecords RECORDS = records()
      .addCase(openCase("C1", d(2009, 1, 5)))
      .addAllocation(allocated("C1"))
      .addCoreAssessment(new CoreAssessment("CA-1", CaseId.of("C1"), d(2009, 3, 2), Optional.empty()))
      .addCoreAssessment(new CoreAssessment("CA-2", CaseId.of("C1"), d(2009, 3, 2), Optional.of(d(2009, 4, 17))))
      .build();

  @Test
  void threeWorkingDaysLeftIsNotYetDueSoon() {
    assertThat(alerts(RECORDS, d(2009, 4, 17))).isEmpty();
  }

  @Test
  void twoWorkingDaysLeftIsDueSoon() {
    assertAlerts(RECORDS, d(2009, 4, 20), DUE_SOON + " C1 CA-1 2009-04-22 2 core assessment due soon [ni60]");
  }

  @Test
  void dueExactlyTodayIsDueSoonWithNoWorkingDaysLeft() {
    assertAlerts(RECORDS, d(2009, 4, 22), DUE_SOON + " C1 CA-1 2009-04-22 0 core assessment due soon [ni60]");
  }

  @Test
  void theNextWorkingDayIsOutOfTimescale() {
    assertAlerts(RECORDS, d(2009, 4, 23), LATE + " C1 CA-1 2009-04-22 1 core assessment out of timescale [ni60]");
  }

  @Test
  void aShorterTimescaleIsASetting() {
    // 30 working days from Monday 2 March 2009 is Wednesday 15 April
    AlertSettings thirty = AlertSettings.defaults().withCoreAssessmentWorkingDays(30);
    // CA-2, completed on 17 April, is still open on 14 April
    assertThat(Fixtures.alerts(thirty, RECORDS, d(2009, 4, 14))).containsExactly(
        DUE_SOON + " C1 CA-1 2009-04-15 1 core assessment due soon [ni60]",
        DUE_SOON + " C1 CA-2 2009-04-15 1 core assessment due soon [ni60]");
  }

  @Test
  void theMessageNamesTheRequirementOrSaysThereIsNone() {
    assertThat(ENGINE.alerts(RECORDS, Fixtures.NOTICE, d(2009, 4, 23)).get(0).message())
        .isEqualTo("Core assessment CA-1 of case C1 is 1 working day out of timescale (due by Wednesday 22 April"
            + " 2009, 35 working days from the commencement on Monday 2 March 2009), which puts at risk requirement"
            + " ni60 (NI 60).");
    List<Alert> none = ENGINE.alerts(RECORDS, EMPTY, d(2009, 4, 21));
    assertThat(Fixtures.summary(none))
        .containsExactly(DUE_SOON + " C1 CA-1 2009-04-22 1 core assessment due soon []");
    assertThat(none.get(0).message()).endsWith(
        "with 1 working day left; the notice has no requirement on NI 60, so it puts none at risk.");
  }
}
