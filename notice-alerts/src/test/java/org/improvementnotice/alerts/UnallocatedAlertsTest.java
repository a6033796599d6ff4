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
import java.util.List;
import java.util.Optional;
import org.improvementnotice.cases.Allocation;
import org.improvementnotice.cases.CaseId;
import org.improvementnotice.cases.CaseRecord;
import org.improvementnotice.cases.CaseRecords;
import org.improvementnotice.cases.IndicatorCalculator;
import org.improvementnotice.model.time.DateRange;
import org.junit.jupiter.api.Test;

/** unallocated.drl: open cases unallocated for more than 28 days, counted as UNALLOCATED 28D counts. */
class UnallocatedAlertsTest {
  static final String KIND = "UNALLOCATED_OVER_28_DAYS";
  static final String RULE = "case unallocated beyond threshold";

  static Allocation allocation(String caseId, LocalDate from, LocalDate to) {
    return new Allocation(CaseId.of(caseId), "SW1", from, Optional.of(to));
  }

  /**
   * NEW opened Sunday 1 March 2009 and never allocated; GAP allocated until Saturday 28 February, so unallocated
   * from 1 March; HELD allocated throughout; SHUT unallocated since January but closed on 20 March.
   */
  static final CaseRecords RECORDS = records()
      .addCase(openCase("NEW", d(2009, 3, 1)))
      .addCase(openCase("GAP", d(2009, 1, 5)))
      .addAllocation(allocation("GAP", d(2009, 1, 5), d(2009, 1, 31)))
      .addAllocation(allocation("GAP", d(2009, 2, 1), d(2009, 2, 28)))
      .addCase(openCase("HELD", d(2009, 1, 5)))
      .addAllocation(new Allocation(CaseId.of("HELD"), "SW2", d(2009, 1, 5), Optional.empty()))
      .addCase(new CaseRecord(CaseId.of("SHUT"), d(2009, 1, 5), Optional.of(d(2009, 3, 20))))
      .build();

  @Test
  void exactly28DaysUnallocatedRaisesNothing() {
    // 1 March to 29 March is 28 days
    assertThat(alerts(RECORDS, d(2009, 3, 29))).isEmpty();
  }

  @Test
  void twentyNineDaysUnallocatedRaisesAnAlertPerCase() {
    assertAlerts(RECORDS, d(2009, 3, 30),
        KIND + " GAP GAP 2009-03-01 29 " + RULE + " [none-over-28,no-unallocated]",
        KIND + " NEW NEW 2009-03-01 29 " + RULE + " [none-over-28,no-unallocated]");
  }

  @Test
  void theAlertsAgreeWithTheIndicatorOnTheSameDay() {
    for (LocalDate day : List.of(d(2009, 3, 29), d(2009, 3, 30))) {
      long count = IndicatorCalculator.of(RECORDS)
          .unallocatedOver28Days(DateRange.ofClosed(d(2009, 3, 1), day), "test", day).value().longValueExact();
      assertThat(ENGINE.alerts(RECORDS, Fixtures.NOTICE, day)).hasSize((int) count);
    }
  }

  @Test
  void theThresholdIsASetting() {
    AlertSettings fourteen = AlertSettings.defaults().withUnallocatedDays(14);
    // SHUT is still open on 16 March, unallocated since it opened on 5 January
    assertThat(Fixtures.alerts(fourteen, RECORDS, d(2009, 3, 16))).containsExactly(
        KIND + " SHUT SHUT 2009-01-05 70 " + RULE + " [none-over-28,no-unallocated]",
        KIND + " GAP GAP 2009-03-01 15 " + RULE + " [none-over-28,no-unallocated]",
        KIND + " NEW NEW 2009-03-01 15 " + RULE + " [none-over-28,no-unallocated]");
  }

  @Test
  void theMessageSaysHowLongAndWhatItPutsAtRisk() {
    List<Alert> out = ENGINE.alerts(RECORDS, Fixtures.NOTICE, d(2009, 3, 30));
    assertThat(out.get(1).message()).isEqualTo("Case NEW has had no allocated social worker for 29 days, since"
        + " Sunday 1 March 2009, more than 28 days, which puts at risk requirements none-over-28, no-unallocated"
        + " (UNALLOCATED 28D or UNALLOCATED).");
    assertThat(ENGINE.alerts(RECORDS, EMPTY, d(2009, 3, 30)).get(1).message()).endsWith(
        "more than 28 days; the notice has no requirement on UNALLOCATED 28D or UNALLOCATED, so it puts none at"
            + " risk.");
  }
}
