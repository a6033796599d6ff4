package org.improvementnotice.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.improvementnotice.alerts.Fixtures.ENGINE;
import static org.improvementnotice.alerts.Fixtures.allocated;
import static org.improvementnotice.alerts.Fixtures.d;
import static org.improvementnotice.alerts.Fixtures.openCase;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.improvementnotice.cases.CaseId;
import org.improvementnotice.cases.CaseRecords;
import org.improvementnotice.cases.IndicatorCalculator;
import org.improvementnotice.cases.InitialAssessment;
import org.improvementnotice.model.time.DateRange;
import org.improvementnotice.model.time.WorkingDayCalendar;
import org.improvementnotice.model.time.WorkingDayCount;
import org.junit.jupiter.api.Test;

/**
 * The initial assessment alerts agree with NI 59 as the calculator counts it: on every day from March to May 2009
 * (Easter and the May bank holidays included), an open assessment is out of timescale exactly when completing it
 * that day would count as late, and due soon exactly when it would count as on time with at most 2 working days
 * of the count left.
 */
class AgreementWithIndicatorsTest {
  static final LocalDate FIRST = d(2009, 3, 1);
  static final LocalDate LAST = d(2009, 5, 31);

  @Test
  void initialAssessmentAlertsAgreeWithNi59OnEveryDay() {
    CaseRecords.Builder b = Fixtures.records().addCase(openCase("C1", d(2009, 1, 5))).addAllocation(allocated("C1"));
    Map<String, LocalDate> referrals = new HashMap<>();
    for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
      String id = "IA-" + day;
      referrals.put(id, day);
      b.addInitialAssessment(new InitialAssessment(id, CaseId.of("C1"), day, Optional.empty()));
    }
    CaseRecords records = b.build();
    WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
    int checked = 0;
    for (LocalDate asAt = FIRST; !asAt.isAfter(LAST); asAt = asAt.plusDays(1)) {
      Map<String, Alert> byRecord = new HashMap<>();
      for (Alert a : ENGINE.alerts(records, Fixtures.NOTICE, asAt)) {
        byRecord.put(a.recordId(), a);
      }
      for (Map.Entry<String, LocalDate> e : referrals.entrySet()) {
        LocalDate referral = e.getValue();
        if (referral.isAfter(asAt)) {
          assertThat(byRecord).doesNotContainKey(e.getKey());
          continue;
        }
        boolean onTime = completedOnTime(referral, asAt);
        int left = 7 - calendar.workingDaysElapsed(referral, asAt, WorkingDayCount.START_DAY_EXCLUDED);
        Alert alert = byRecord.get(e.getKey());
        if (!onTime) {
          assertThat(alert).as("%s at %s", e.getKey(), asAt).isNotNull();
          assertThat(alert.kind()).isEqualTo(AlertKind.INITIAL_ASSESSMENT_OUT_OF_TIMESCALE);
        } else if (left <= 2) {
          assertThat(alert).as("%s at %s", e.getKey(), asAt).isNotNull();
          assertThat(alert.kind()).isEqualTo(AlertKind.INITIAL_ASSESSMENT_DUE_SOON);
          assertThat(alert.days()).isEqualTo(left);
        } else {
          assertThat(alert).as("%s at %s", e.getKey(), asAt).isNull();
        }
        checked++;
      }
    }
    assertThat(checked).isEqualTo(92 * 93 / 2);
  }

  /** Whether NI 59 would count the assessment as within 7 working days if it were completed on the day. */
  static boolean completedOnTime(LocalDate referral, LocalDate completed) {
    CaseRecords one = Fixtures.records().addCase(openCase("C1", d(2009, 1, 5)))
        .addInitialAssessment(new InitialAssessment("IA", CaseId.of("C1"), referral, Optional.of(completed)))
        .build();
    return IndicatorCalculator.of(one).ni59(DateRange.ofClosed(completed, completed), "test", completed)
        .orElseThrow().ratio().orElseThrow().numerator().signum() == 1;
  }

  @Test
  void theRuleNamesAreTheOnesTheRuleBaseHolds() {
    List<String> names = org.improvementnotice.alerts.internal.AlertRuleBase.MODEL.kieBase().getKiePackages().stream()
        .flatMap(p -> p.getRules().stream())
        .map(org.kie.api.definition.rule.Rule::getName)
        .toList();
    assertThat(names).containsExactlyInAnyOrder("initial assessment due soon", "initial assessment out of timescale",
        "core assessment due soon", "core assessment out of timescale", "case unallocated beyond threshold",
        "plan approaching two years");
  }
}
