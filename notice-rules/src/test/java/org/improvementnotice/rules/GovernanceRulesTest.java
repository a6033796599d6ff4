package org.improvementnotice.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.improvementnotice.rules.Fixtures.assertFindings;
import static org.improvementnotice.rules.Fixtures.assertSoleFinding;
import static org.improvementnotice.rules.Fixtures.data;
import static org.improvementnotice.rules.Fixtures.notice;

import java.time.LocalDate;
import java.util.Optional;
import org.improvementnotice.model.data.MeetingRecord;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.requirement.Cadence;
import org.improvementnotice.model.requirement.GovernanceCadence;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.time.Window;
import org.junit.jupiter.api.Test;

/** governance.drl: form 13, governance cadence from meeting records. */
class GovernanceRulesTest {
  static final GovernanceCadence MONTHLY = new GovernanceCadence(RequirementId.of("board"), "Improvement Board",
      Cadence.monthly(), Optional.of("Independent Chair"), true, Window.ofNotice());

  static MeetingRecord meeting(LocalDate date) {
    return new MeetingRecord("Improvement Board", date, Optional.of("Independent Chair"), true, Optional.empty(), "minutes");
  }

  static PerformanceData meetings(LocalDate... dates) {
    PerformanceData.Builder b = data();
    for (LocalDate d : dates) {
      b.addMeeting(meeting(d));
    }
    return b.build();
  }

  @Test
  void monthlyMeetingsWithinTheToleranceAreHeld() {
    // issue 1 December 2008; each meeting within a month and 7 days of the one before
    PerformanceData d = meetings(LocalDate.of(2008, 12, 15), LocalDate.of(2009, 1, 22), LocalDate.of(2009, 2, 28));
    ComplianceReport r = Fixtures.ENGINE.evaluate(notice(MONTHLY), d, LocalDate.of(2009, 3, 20));
    assertSoleFinding(r, "board HELD GREEN governance cadence held",
        "The Improvement Board met 3 times, every month as required, the longest gap 38 days.");
  }

  @Test
  void aGapLongerThanTheCadenceAndToleranceLapses() {
    // 22 January + 1 month + 7 days = 1 March: a meeting on 2 March is a day late
    PerformanceData d = meetings(LocalDate.of(2008, 12, 15), LocalDate.of(2009, 1, 22), LocalDate.of(2009, 3, 2));
    ComplianceReport r = Fixtures.ENGINE.evaluate(notice(MONTHLY), d, LocalDate.of(2009, 3, 20));
    assertThat(Fixtures.summary(r)).containsExactly("board LAPSED RED governance meeting gap too long");
    assertThat(r.findings().get(0).explanation()).contains("went from 2009-01-22 to 2009-03-02");
  }

  @Test
  void notMeetingSinceTheLastMeetingLapsesOnceOverdue() {
    PerformanceData d = meetings(LocalDate.of(2008, 12, 15));
    assertFindings(notice(MONTHLY), d, LocalDate.of(2009, 1, 22), "board HELD GREEN governance cadence held");
    assertFindings(notice(MONTHLY), d, LocalDate.of(2009, 1, 23), "board LAPSED RED governance meeting gap too long");
  }

  @Test
  void aMeetingWithoutTheRequiredChairOrTheDepartmentLapses() {
    PerformanceData otherChair = data().addMeeting(meeting(LocalDate.of(2008, 12, 15)))
        .addMeeting(new MeetingRecord("Improvement Board", LocalDate.of(2009, 1, 12), Optional.of("Leader of the Council"),
            true, Optional.empty(), "minutes")).build();
    assertFindings(notice(MONTHLY), otherChair, LocalDate.of(2009, 1, 31),
        "board LAPSED RED governance chair not as required");
    PerformanceData absent = data().addMeeting(meeting(LocalDate.of(2008, 12, 15)))
        .addMeeting(new MeetingRecord("Improvement Board", LocalDate.of(2009, 1, 12), Optional.of("Independent Chair"),
            false, Optional.empty(), "minutes")).build();
    assertFindings(notice(MONTHLY), absent, LocalDate.of(2009, 1, 31), "board LAPSED RED governance department absent");
  }

  @Test
  void aLongGapIsCitedBeforeAWrongChairAndAWrongChairBeforeAnAbsence() {
    MeetingRecord neither = new MeetingRecord("Improvement Board", LocalDate.of(2009, 3, 2),
        Optional.of("Leader of the Council"), false, Optional.empty(), "minutes");
    PerformanceData all = data().addMeeting(meeting(LocalDate.of(2008, 12, 15)))
        .addMeeting(meeting(LocalDate.of(2009, 1, 22))).addMeeting(neither).build();
    assertFindings(notice(MONTHLY), all, LocalDate.of(2009, 3, 20), "board LAPSED RED governance meeting gap too long");
    MeetingRecord onTimeButNeither = new MeetingRecord("Improvement Board", LocalDate.of(2009, 2, 20),
        Optional.of("Leader of the Council"), false, Optional.empty(), "minutes");
    PerformanceData chairAndAbsence = data().addMeeting(meeting(LocalDate.of(2008, 12, 15)))
        .addMeeting(meeting(LocalDate.of(2009, 1, 22))).addMeeting(onTimeButNeither).build();
    assertFindings(notice(MONTHLY), chairAndAbsence, LocalDate.of(2009, 3, 10),
        "board LAPSED RED governance chair not as required");
  }

  @Test
  void everyFourWeeksCountsInDays() {
    GovernanceCadence fourWeekly = new GovernanceCadence(RequirementId.of("challenge"), "Improvement Board",
        Cadence.everyWeeks(4), Optional.empty(), false, Window.ofNotice());
    PerformanceData d = meetings(LocalDate.of(2008, 12, 1), LocalDate.of(2009, 1, 5));   // 35 days = 28 + 7
    assertFindings(notice(fourWeekly), d, LocalDate.of(2009, 1, 10), "challenge HELD GREEN governance cadence held");
    ComplianceEngine tight = Fixtures.ENGINE.withSettings(Settings.builder().meetingGapToleranceDays(0).build());
    assertFindings(tight, notice(fourWeekly), d, LocalDate.of(2009, 1, 10),
        "challenge LAPSED RED governance meeting gap too long");
  }

  @Test
  void beforeTheWindowStartsItIsNotYetDue() {
    GovernanceCadence later = new GovernanceCadence(RequirementId.of("later"), "Improvement Board",
        Cadence.monthly(), Optional.empty(), false, Window.from(LocalDate.of(2009, 4, 1)));
    assertFindings(notice(later), data().build(), LocalDate.of(2009, 3, 31),
        "later NOT_YET_DUE GREY governance not yet started");
  }
}
