package org.improvementnotice.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.improvementnotice.rules.Fixtures.NI59;
import static org.improvementnotice.rules.Fixtures.STRICT;
import static org.improvementnotice.rules.Fixtures.UNALLOCATED;
import static org.improvementnotice.rules.Fixtures.assertFindings;
import static org.improvementnotice.rules.Fixtures.data;
import static org.improvementnotice.rules.Fixtures.figure;
import static org.improvementnotice.rules.Fixtures.month;
import static org.improvementnotice.rules.Fixtures.notice;

import java.time.LocalDate;
import java.util.Optional;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.data.UnavailableFigure;
import org.improvementnotice.model.indicator.Unit;
import org.improvementnotice.model.requirement.Baseline;
import org.improvementnotice.model.requirement.Comparison;
import org.improvementnotice.model.requirement.EveryPeriod;
import org.improvementnotice.model.requirement.Maintain;
import org.improvementnotice.model.requirement.RelativeToBaseline;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.requirement.Threshold;
import org.improvementnotice.model.time.CalendarMonth;
import org.improvementnotice.model.time.Window;
import org.junit.jupiter.api.Test;

/** standing.drl: forms 4 (maintain), 5 (every period) and 7 (relative to a baseline). */
class StandingRulesTest {
  static final Maintain MAINTAIN = new Maintain(RequirementId.of("ni59.keep"), NI59,
      Threshold.atLeast("95", Unit.PERCENT), Window.between(LocalDate.of(2009, 4, 1), LocalDate.of(2010, 3, 31)));
  static final EveryPeriod NONE_UNALLOCATED = new EveryPeriod(RequirementId.of("unallocated"), UNALLOCATED,
      Threshold.atMost("0", Unit.COUNT), Window.ofNotice());

  static PerformanceData.Builder months(String... values) {
    PerformanceData.Builder b = data();
    CalendarMonth m = CalendarMonth.of(2009, 4);
    for (String v : values) {
      if (v != null) {
        b.addObservation(month(NI59, m.yearMonth().getYear(), m.yearMonth().getMonthValue(), v));
      }
      m = m.next();
    }
    return b;
  }

  @Test
  void everyPeriodAtOrAboveTheLevelIsMaintained() {
    assertFindings(notice(MAINTAIN), months("95", "96", "99").build(), LocalDate.of(2009, 7, 20),
        "ni59.keep MAINTAINED GREEN level held in every period");
  }

  @Test
  void theFirstPeriodThatFellShortIsCited() {
    ComplianceReport r = Fixtures.ENGINE.evaluate(notice(MAINTAIN), months("95", "94", "90").build(),
        LocalDate.of(2009, 7, 20));
    assertThat(Fixtures.summary(r)).containsExactly("ni59.keep NOT_MAINTAINED RED level not maintained");
    assertThat(r.findings().get(0).explanation()).endsWith("it fell short in 2009-05.");
  }

  @Test
  void aMissingMonthInsideTheWindowIsSkippedWhenLenientAndFailsWhenStrict() {
    PerformanceData gap = months("96", null, "97").build();
    LocalDate asAt = LocalDate.of(2009, 7, 20);
    ComplianceReport lenient = Fixtures.ENGINE.evaluate(notice(MAINTAIN), gap, asAt);
    assertThat(Fixtures.summary(lenient)).containsExactly("ni59.keep MAINTAINED GREEN level held in every period");
    assertThat(lenient.findings().get(0).explanation()).endsWith("(no figure for 2009-05).");
    ComplianceReport s = STRICT.evaluate(notice(MAINTAIN), gap, asAt);
    assertThat(Fixtures.summary(s)).containsExactly("ni59.keep NOT_MAINTAINED RED level not maintained");
    assertThat(s.findings().get(0).explanation()).endsWith("there is no figure for 2009-05.");
  }

  static UnavailableFigure suppressedMay() {
    return new UnavailableFigure(NI59, Optional.empty(),
        CalendarMonth.of(2009, 5), Optional.of("c"), "'c' (suppressed)", "returns.csv:3",
        LocalDate.of(2009, 6, 15));
  }

  @Test
  void aSuppressedMonthIsNoDataNamingItNeverMaintainedAndNotMissedWhenStrict() {
    PerformanceData d = months("96", null, "97").addUnavailable(suppressedMay()).build();
    LocalDate asAt = LocalDate.of(2009, 7, 20);
    for (ComplianceEngine engine : new ComplianceEngine[] {Fixtures.ENGINE, STRICT}) {
      ComplianceReport r = engine.evaluate(notice(MAINTAIN), d, asAt);
      assertThat(Fixtures.summary(r)).containsExactly("ni59.keep NO_DATA GREY standing figure unavailable");
      assertThat(r.findings().get(0).explanation()).contains("2009-05")
          .contains("published without a value, 'c' (suppressed), returns.csv:3");
    }
    // the suppression is not known before it is published: until then the month is only missing
    assertFindings(notice(MAINTAIN), months("96", null).addUnavailable(suppressedMay()).build(),
        LocalDate.of(2009, 6, 14), "ni59.keep MAINTAINED GREEN level held in every period");
  }

  @Test
  void aMonthThatFellShortDecidesEvenBesideASuppressedOne() {
    PerformanceData d = months("96", null, "90").addUnavailable(suppressedMay()).build();
    assertFindings(notice(MAINTAIN), d, LocalDate.of(2009, 7, 20), "ni59.keep NOT_MAINTAINED RED level not maintained");
  }

  @Test
  void aPeriodEndingOnTheAssessmentDateCountsWhenItsFigureIsPublishedThatDay() {
    PerformanceData d = months("96").addObservation(
        figure(NI59, CalendarMonth.of(2009, 5), "90", LocalDate.of(2009, 5, 31))).build();
    assertFindings(notice(MAINTAIN), d, LocalDate.of(2009, 5, 31), "ni59.keep NOT_MAINTAINED RED level not maintained");
    assertFindings(notice(MAINTAIN), d, LocalDate.of(2009, 5, 30),
        "ni59.keep MAINTAINED GREEN level held in every period");
  }

  @Test
  void theDirectionOfTravelComparesWithTheSamePeriodAYearEarlierElseThePreviousOne() {
    PerformanceData d = data().addObservation(month(NI59, 2008, 5, "97")).addObservation(month(NI59, 2009, 4, "99"))
        .addObservation(month(NI59, 2009, 5, "96")).build();
    ComplianceReport may = Fixtures.ENGINE.evaluate(notice(MAINTAIN), d, LocalDate.of(2009, 6, 20));
    assertThat(may.findings().get(0).direction()).isEqualTo(DirectionOfTravel.WORSENING);   // 96 against 97 a year before
    PerformanceData noYearBefore = data().addObservation(month(NI59, 2009, 4, "95"))
        .addObservation(month(NI59, 2009, 5, "96")).build();
    assertThat(Fixtures.ENGINE.evaluate(notice(MAINTAIN), noYearBefore, LocalDate.of(2009, 6, 20)).findings().get(0)
        .direction()).isEqualTo(DirectionOfTravel.IMPROVING);                                  // 96 against April's 95
    assertThat(Fixtures.ENGINE.evaluate(notice(MAINTAIN), data().addObservation(month(NI59, 2009, 5, "96")).build(),
        LocalDate.of(2009, 6, 20)).findings().get(0).direction()).isEqualTo(DirectionOfTravel.NOT_KNOWN);
  }

  @Test
  void beforeTheWindowStartsItIsNotYetDue() {
    assertFindings(notice(MAINTAIN), months("96").build(), LocalDate.of(2009, 3, 31),
        "ni59.keep NOT_YET_DUE GREY standing window not started");
  }

  @Test
  void noFiguresInAStartedWindowIsNoData() {
    assertFindings(notice(MAINTAIN), data().build(), LocalDate.of(2009, 7, 20),
        "ni59.keep NO_DATA GREY standing no figures");
  }

  @Test
  void noFiguresUnderStrictMissingDataFailsAtTheFirstMissingPeriodRatherThanBeingNoData() {
    ComplianceReport r = STRICT.evaluate(notice(MAINTAIN), data().build(), LocalDate.of(2009, 7, 20));
    assertThat(Fixtures.summary(r)).containsExactly("ni59.keep NOT_MAINTAINED RED level not maintained");
    assertThat(r.findings().get(0).explanation()).contains("2009-04");
  }

  @Test
  void aPeriodEndingOnTheAssessmentDateCountsOnlyOncePublishedEvenWhenStrict() {
    // April to June published; June ends on the assessment date and its figure is not out yet
    assertFindings(STRICT, notice(MAINTAIN), months("95", "96").build(), LocalDate.of(2009, 6, 30),
        "ni59.keep MAINTAINED GREEN level held in every period");
    // the next day June is due and missing
    assertFindings(STRICT, notice(MAINTAIN), months("95", "96").build(), LocalDate.of(2009, 7, 1),
        "ni59.keep NOT_MAINTAINED RED level not maintained");
  }

  @Test
  void oneMonthAboveZeroBreachesAnEveryPeriodRequirementAtOnce() {
    PerformanceData d = data().addObservation(month(UNALLOCATED, 2008, 12, "0"))
        .addObservation(month(UNALLOCATED, 2009, 1, "3")).addObservation(month(UNALLOCATED, 2009, 2, "0")).build();
    ComplianceReport r = Fixtures.ENGINE.evaluate(notice(NONE_UNALLOCATED), d, LocalDate.of(2009, 3, 20));
    assertThat(Fixtures.summary(r)).containsExactly("unallocated BREACHED RED every period breached");
    assertThat(r.findings().get(0).explanation()).endsWith("it fell short in 2009-01.");
    assertFindings(notice(NONE_UNALLOCATED), d, LocalDate.of(2009, 1, 31),
        "unallocated MAINTAINED GREEN level held in every period");
  }

  @Test
  void atLeastTheLevelPrevailingAtIssueUsesTheLatestPeriodEndingByTheIssueDate() {
    RelativeToBaseline keep = new RelativeToBaseline(RequirementId.of("keep"), NI59, Baseline.atIssue(),
        Comparison.AT_LEAST, Window.ofNotice());
    PerformanceData d = data().addObservation(month(NI59, 2008, 10, "80")).addObservation(month(NI59, 2008, 11, "70"))
        .addObservation(month(NI59, 2008, 12, "72")).addObservation(month(NI59, 2009, 1, "69")).build();
    assertFindings(notice(keep), d, LocalDate.of(2009, 1, 20), "keep MAINTAINED GREEN level held in every period");
    assertFindings(notice(keep), d, LocalDate.of(2009, 2, 20), "keep NOT_MAINTAINED RED level not maintained");
    assertFindings(notice(keep), data().addObservation(month(NI59, 2009, 1, "69")).build(),
        LocalDate.of(2009, 2, 20), "keep NO_DATA GREY standing level unknown");
  }
}
