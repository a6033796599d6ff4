package org.improvementnotice.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.improvementnotice.rules.Fixtures.NI59;
import static org.improvementnotice.rules.Fixtures.VACANCY;
import static org.improvementnotice.rules.Fixtures.assertFindings;
import static org.improvementnotice.rules.Fixtures.data;
import static org.improvementnotice.rules.Fixtures.month;
import static org.improvementnotice.rules.Fixtures.notice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.indicator.Unit;
import org.improvementnotice.model.requirement.Baseline;
import org.improvementnotice.model.requirement.Due;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.requirement.Stage;
import org.improvementnotice.model.requirement.StagedTargets;
import org.improvementnotice.model.requirement.Threshold;
import org.improvementnotice.model.time.AcademicYear;
import org.improvementnotice.model.time.CalendarMonth;
import org.improvementnotice.model.time.CalendarQuarter;
import org.improvementnotice.model.time.Deadline;
import org.junit.jupiter.api.Test;

/** forecast.drl: targets not yet due, forecast along the trajectory through the staged targets. */
class ForecastRulesTest {
  /** NI 59: 65% in the quarter to 31 March 2009, 77% by 31 March 2010; baseline the level at issue. */
  static final StagedTargets NI59_STAGES = new StagedTargets(RequirementId.of("ni59"), NI59, Optional.empty(),
      List.of(new Stage(Threshold.atLeast("65", Unit.PERCENT), Due.in(CalendarQuarter.of(2009, 1))),
          new Stage(Threshold.atLeast("77", Unit.PERCENT), Due.by(Deadline.on(LocalDate.of(2010, 3, 31))))),
      Optional.empty());
  static final LocalDate JULY = LocalDate.of(2009, 7, 20);

  /** November 2008 (the level at issue) 50%, quarter 1 met, and June 2009 at {@code june}. */
  static PerformanceData withJune(String june) {
    return data().addObservation(month(NI59, 2008, 11, "50"))
        .addObservation(Fixtures.figure(NI59, CalendarQuarter.of(2009, 1), "66", LocalDate.of(2009, 4, 20)))
        .addObservation(month(NI59, 2009, 6, june)).build();
  }

  @Test
  void onOrAboveTheTrajectoryIsOnTrack() {
    // expected at 30 June 2009: 65 + 12 x 91/365 = 67.99
    ComplianceReport report = assertFindings(notice(NI59_STAGES), withJune("68"), JULY,
        "ni59.1 MET GREEN threshold met",
        "ni59.2 ON_TRACK GREEN forecast on track");
    assertThat(report.findings().get(1).values()).extracting(FigureUsed::role)
        .containsExactly("baseline", "latest", "expected");
    assertThat(report.findings().get(1).values().get(2).value()).isEqualByComparingTo(new BigDecimal("67.9918"));
  }

  @Test
  void theForecastsFiguresAreListedOnlyWhileTheRequirementIsForecast() {
    ComplianceReport report = Fixtures.ENGINE.evaluate(notice(NI59_STAGES), withJune("68"), JULY);
    assertThat(report.findings().get(0).values()).extracting(FigureUsed::toString)
        .containsExactly("figure 66 for 2009-Q1");
  }

  @Test
  void behindTheTrajectoryWithinTheToleranceIsAtRisk() {
    assertFindings(notice(NI59_STAGES), withJune("61"), JULY,
        "ni59.1 MET GREEN threshold met",
        "ni59.2 AT_RISK AMBER forecast at risk");
  }

  @Test
  void behindTheTrajectoryBeyondTheToleranceIsOffTrack() {
    assertFindings(notice(NI59_STAGES), withJune("60"), JULY,
        "ni59.1 MET GREEN threshold met",
        "ni59.2 OFF_TRACK RED forecast off track");
  }

  @Test
  void beforeTheFirstStageTheTrajectoryRunsFromTheBaseline() {
    // at 31 January 2009, from 50 on 30 November 2008 to 65 on 31 March 2009: 50 + 15 x 62/121 = 57.69
    PerformanceData d = data().addObservation(month(NI59, 2008, 11, "50")).addObservation(month(NI59, 2009, 1, "57"))
        .build();
    assertFindings(notice(NI59_STAGES), d, LocalDate.of(2009, 2, 16),
        "ni59.1 AT_RISK AMBER forecast at risk",
        "ni59.2 AT_RISK AMBER forecast at risk");
  }

  @Test
  void aStatedBaselineStartsTheTrajectory() {
    StagedTargets stated = new StagedTargets(RequirementId.of("vac"), VACANCY,
        Optional.of(Baseline.stated(new BigDecimal("20"), CalendarMonth.of(2008, 12))),
        List.of(new Stage(Threshold.atMost("14", Unit.PERCENT), Due.by(Deadline.on(LocalDate.of(2009, 6, 30)))),
            new Stage(Threshold.atMost("11", Unit.PERCENT), Due.by(Deadline.on(LocalDate.of(2010, 3, 31))))),
        Optional.empty());
    // expected at 31 March 2009: 20 - 6 x 90/181 = 17.02; lower is better
    PerformanceData d = data().addObservation(month(VACANCY, 2009, 3, "17")).build();
    assertFindings(notice(stated), d, LocalDate.of(2009, 4, 20),
        "vac.1 ON_TRACK GREEN forecast on track",
        "vac.2 ON_TRACK GREEN forecast on track");
  }

  /** The Surrey 2008 vacancy rate: at most 14% by 31 March 2009, then 11% by 31 March 2010; no figure at issue. */
  static final StagedTargets VACANCY_STAGES = new StagedTargets(RequirementId.of("vacancy"), VACANCY, Optional.empty(),
      List.of(new Stage(Threshold.atMost("14", Unit.PERCENT), Due.by(Deadline.on(LocalDate.of(2009, 3, 31)))),
          new Stage(Threshold.atMost("11", Unit.PERCENT), Due.by(Deadline.on(LocalDate.of(2010, 3, 31))))),
      Optional.empty());

  @Test
  void withoutABaselineTheTrajectoryRunsThroughTheStages() {
    // the series starts in the issue month (December 2008): no baseline. At 30 September 2009, on the line from
    // 14 at 31 March 2009 to 11 at 31 March 2010: 14 - 3 x 183/365 = 12.4959; 13 is behind by less than 1.1
    PerformanceData d = data().addObservation(month(VACANCY, 2008, 12, "19"))
        .addObservation(month(VACANCY, 2009, 3, "16")).addObservation(month(VACANCY, 2009, 9, "13")).build();
    ComplianceReport report = assertFindings(notice(VACANCY_STAGES), d, LocalDate.of(2009, 10, 31),
        "vacancy.1 MISSED RED threshold missed",
        "vacancy.2 AT_RISK AMBER forecast at risk");
    assertThat(report.findings().get(1).values()).extracting(FigureUsed::toString)
        .containsExactly("latest 13 for 2009-09", "expected 12.4959 for 2009-09");
  }

  @Test
  void withoutABaselineTheFirstStageIsExpectedUntilItsDate() {
    // at 31 January 2009 both stages expect 14%, the first stage's target, not the final 11%
    PerformanceData d = data().addObservation(month(VACANCY, 2009, 1, "14.5")).build();
    ComplianceReport report = assertFindings(notice(VACANCY_STAGES), d, LocalDate.of(2009, 2, 20),
        "vacancy.1 AT_RISK AMBER forecast at risk",
        "vacancy.2 AT_RISK AMBER forecast at risk");
    assertThat(report.findings().get(1).explanation()).isEqualTo("Not yet due (at most 11% by 2010-03-31): SW VACANCY "
        + "at 14.5% for 2009-01 is behind the 14% expected on the trajectory, by no more than the tolerance of 1.1%.");
  }

  /** The Surrey 2008 PAF C24: at most 7% in academic year 2008-09, then 5% in 2009-10. */
  static final StagedTargets PAF_C24 = new StagedTargets(RequirementId.of("paf-c24"), IndicatorId.of("PAF C24"),
      Optional.empty(), List.of(new Stage(Threshold.atMost("7", Unit.PERCENT), Due.in(AcademicYear.startingIn(2008))),
          new Stage(Threshold.atMost("5", Unit.PERCENT), Due.in(AcademicYear.startingIn(2009)))), Optional.empty());

  @Test
  void theBaselineIsNeverComparedWithItself() {
    // 2007/08, published before the issue date, is the baseline; nothing later is known in June 2009
    PerformanceData d = data().addObservation(Fixtures.figure(IndicatorId.of("PAF C24"), AcademicYear.startingIn(2007),
        "8.1", LocalDate.of(2008, 11, 20))).build();
    ComplianceReport report = assertFindings(notice(PAF_C24), d, LocalDate.of(2009, 6, 30),
        "paf-c24.1 NO_DATA GREY forecast without data",
        "paf-c24.2 NO_DATA GREY forecast without data");
    assertThat(report.findings().get(0).explanation()).isEqualTo("Not yet due (at most 7% by 2009-08-31), and no "
        + "figure for PAF C24 after its baseline of 8.1% for AY2007/08 is known at 2009-06-30 to forecast from.");
    assertThat(report.findings().get(0).values()).extracting(FigureUsed::toString)
        .containsExactly("baseline 8.1 for AY2007/08");
  }

  @Test
  void withNoFigureThereIsNothingToForecast() {
    assertFindings(notice(NI59_STAGES), data().build(), JULY,
        "ni59.1 NO_DATA GREY threshold figure missing",
        "ni59.2 NO_DATA GREY forecast without data");
  }

  @Test
  void theForecastExplainsItselfInOneSentence() {
    Finding f = Fixtures.ENGINE.evaluate(notice(NI59_STAGES), withJune("60"), JULY).findings().get(1);
    // the expected 67.9918% is rounded for people to NI 59's precision in the data (whole numbers)
    assertThat(f.explanation()).isEqualTo("Not yet due (at least 77% by 2010-03-31): NI 59 at 60% for 2009-06 is "
        + "behind the 68.0% expected on the trajectory by more than the tolerance of 7.7%.");
    assertThat(f.clause()).isEqualTo("Clause of ni59");
  }
}
