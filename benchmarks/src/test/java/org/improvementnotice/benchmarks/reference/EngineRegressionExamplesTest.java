package org.improvementnotice.benchmarks.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Decision;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Verdict;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.Rag;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.data.Ratio;
import org.improvementnotice.model.indicator.IndicatorCatalogue;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.requirement.AverageOverPeriod;
import org.improvementnotice.model.requirement.Baseline;
import org.improvementnotice.model.requirement.DatedAction;
import org.improvementnotice.model.requirement.Direction;
import org.improvementnotice.model.requirement.DirectionOnly;
import org.improvementnotice.model.requirement.EveryPeriod;
import org.improvementnotice.model.requirement.Maintain;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.requirement.Threshold;
import org.improvementnotice.model.indicator.Unit;
import org.improvementnotice.model.time.CalendarMonth;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.time.FinancialYear;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.Window;
import org.improvementnotice.rules.ComplianceEngine;
import org.improvementnotice.rules.DirectionOfTravel;
import org.improvementnotice.rules.Finding;
import org.improvementnotice.rules.MissingData;
import org.improvementnotice.rules.Settings;
import org.improvementnotice.rules.Status;
import org.junit.jupiter.api.Test;

/**
 * Disagreements the differential oracle found between the engine and the reference where the documentation said
 * the engine was wrong: each asserts the documented behaviour for both the engine and the reference. Those the
 * engine has been fixed for stay as regression tests; an example fails while the engine still has the fault.
 */
class EngineRegressionExamplesTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.create();
  private static final IndicatorId NI_59 = IndicatorId.of("NI 59");

  /** NI 59 for January 2009: 60% (120 of 200), published 10 February 2009. No other figure. */
  private static PerformanceData januaryOnly() {
    return PerformanceData.builder("Anyshire Council")
        .addObservation(new Observation(NI_59, Period.parse("2009-01"), new BigDecimal("60"),
            Optional.of(Ratio.of(120, 200)), "monthly return", LocalDate.of(2009, 2, 10)))
        .build();
  }

  private static Notice notice(Requirement requirement) {
    return notice(requirement, "NI 59");
  }

  private static Notice notice(Requirement requirement, String indicator) {
    return Anyshire.noticeUntilTheEndOf2009("known-fault")
        .addIndicator(IndicatorCatalogue.standard().get(indicator))
        .addMeasure(Measure.of("m1", "Outcomes", "clause", requirement))
        .build();
  }

  private static void assertDecided(Notice notice, PerformanceData data, LocalDate asAt, Settings settings,
      Decision expected) {
    assertThat(new ReferenceEvaluator().evaluate(notice, data, asAt, settings).values())
        .extracting(ReferenceEvaluator.Verdict::decision).containsExactly(expected);
    Finding finding = ENGINE.withSettings(settings).evaluate(notice, data, asAt).findings().get(0);
    assertThat(new Decision(finding.status(), finding.rag())).as("%s", finding).isEqualTo(expected);
  }

  /**
   * Strict missing data, every period at least 50% over the notice, assessed on 28 February 2009: January's 60%
   * meets it; February ends on the assessment date and its figure is not published yet. A period ending on the
   * assessment date counts only if its figure is published by then (notice-rules README, "standing windows"), and
   * a requirement is due only the day after its period ends, so February is not yet missing: MAINTAINED.
   */
  @Test
  void strictMissingDataDoesNotFailAPeriodEndingOnTheAssessmentDate() {
    assertMaintainedAtTheEndOfFebruaryUnderStrictMissingData(new EveryPeriod(RequirementId.of("m1"), NI_59,
        Threshold.atLeast("50", Unit.PERCENT), Window.ofNotice()));
  }

  /** The same for maintain (form 4): the same rule decides forms 4 and 7. */
  @Test
  void strictMissingDataDoesNotFailAMaintainPeriodEndingOnTheAssessmentDate() {
    assertMaintainedAtTheEndOfFebruaryUnderStrictMissingData(new Maintain(RequirementId.of("m1"), NI_59,
        Threshold.atLeast("50", Unit.PERCENT), Window.ofNotice()));
  }

  /** January's figure only, assessed on 28 February 2009 with strict missing data: the requirement is maintained. */
  private static void assertMaintainedAtTheEndOfFebruaryUnderStrictMissingData(Requirement requirement) {
    Settings strict = Settings.builder().missingData(MissingData.STRICT).build();
    assertDecided(notice(requirement), januaryOnly(), LocalDate.of(2009, 2, 28), strict,
        new Decision(Status.MAINTAINED, Rag.GREEN));
  }

  /**
   * "To improve NI 59" from a stated baseline of 50% for December 2008, over a window from 1 June 2009. On 15
   * March 2009 the window has not begun, so no figure in it can show an improvement: NO_DATA (form 8 has no
   * not-yet-due status). The only figure, January's 60%, lies wholly before the window (DirectionOnly: "the latest
   * figure in the window"; Window: a period belongs to it when it lies inside it).
   */
  @Test
  void improveIsNotJudgedOnAFigureBeforeItsWindow() {
    Notice notice = notice(new DirectionOnly(RequirementId.of("m1"), NI_59, Direction.IMPROVE,
        Baseline.stated(new BigDecimal("50"), Period.parse("2008-12")), Window.from(LocalDate.of(2009, 6, 1))));

    assertDecided(notice, januaryOnly(), LocalDate.of(2009, 3, 15), Settings.defaults(),
        new Decision(Status.NO_DATA, Rag.GREY));
  }

  /**
   * "An average of at most 12 unallocated cases over 2009-10" (form 9) on UNALLOCATED, a monthly count
   * (aggregated by the latest month): 10 in every month of FY2009-10, an average of 10; in FY2008-09, 20 in
   * April to February and 5 in March, an average of 18.75. Assessed on 30 June 2010, when all are published.
   * The figure used is the average, and the direction of travel compares it with the same period a year earlier
   * (DOMAIN.md, RAG; notice-rules README, "Direction of travel": for form 9 the year-earlier figure is the average
   * taken the same way): 10 against 18.75, lower is better, so IMPROVING. The engine compares the average with
   * FY2008-09 aggregated by the indicator's own method, the latest month (March's 5), and reports WORSENING.
   */
  @Test
  void averageTravelsAgainstTheAverageOfTheYearBefore() {
    IndicatorId unallocated = IndicatorId.of("UNALLOCATED");
    Notice notice = notice(new AverageOverPeriod(RequirementId.of("m1"), unallocated,
        Threshold.atMost("12", Unit.COUNT), FinancialYear.startingIn(2009)), "UNALLOCATED");
    PerformanceData.Builder data = PerformanceData.builder("Anyshire Council");
    for (int m = 0; m < 24; m++) {
      CalendarMonth month = CalendarMonth.of(YearMonth.of(2008, 4).plusMonths(m));
      String value = m >= 12 ? "10" : m == 11 ? "5" : "20";
      data.addObservation(Observation.of(unallocated, month, new BigDecimal(value), "monthly return",
          month.endInclusive().plusDays(10)));
    }
    LocalDate asAt = LocalDate.of(2010, 6, 30);

    Verdict expected = new ReferenceEvaluator().evaluate(notice, data.build(), asAt).get("m1");
    Finding finding = ENGINE.evaluate(notice, data.build(), asAt).findings().get(0);

    assertThat(expected.decision()).isEqualTo(new Decision(Status.MET, Rag.GREEN));
    assertThat(expected.direction()).isEqualTo(DirectionOfTravel.IMPROVING);
    assertThat(expected.figure()).hasValueSatisfying(f -> assertThat(f.value()).isEqualByComparingTo("10"));
    assertThat(new Decision(finding.status(), finding.rag())).as("%s", finding).isEqualTo(expected.decision());
    assertThat(finding.direction()).as("%s", finding).isEqualTo(DirectionOfTravel.IMPROVING);
  }

  /**
   * "A permanent Director of Children's Services appointed by the end of the notice" (form 12) in a notice issued
   * on 1 January 2009 that states no term, assessed on 30 June 2009 with no evidence. The deadline cannot be
   * resolved: UNRESOLVED_DEADLINE, grey (engine and reference agree). A deadline is unresolved either because
   * it names an event not yet in the calendar or because the notice states no end (Deadline.resolve), and an
   * unresolved deadline "says so" (DOMAIN.md, periods and dates): the explanation must not say that "end of
   * notice" names an event the calendar lacks. The engine's explanation ("action deadline unresolved" in
   * Explanations) says exactly that whatever the deadline.
   */
  @Test
  void anUnresolvedEndOfNoticeIsNotExplainedAsAMissingEvent() {
    Notice notice = Anyshire.notice("no-term")
        .addMeasure(Measure.of("m1", "Build capacity", "clause", new DatedAction(RequirementId.of("m1"),
            "A permanent Director of Children's Services appointed", Deadline.endOfNotice())))
        .build();
    PerformanceData none = PerformanceData.builder("Anyshire Council").build();

    assertDecided(notice, none, LocalDate.of(2009, 6, 30), Settings.defaults(),
        new Decision(Status.UNRESOLVED_DEADLINE, Rag.GREY));
    Finding finding = ENGINE.evaluate(notice, none, LocalDate.of(2009, 6, 30)).findings().get(0);
    assertThat(finding.explanation()).as("%s", finding).doesNotContain("names an event");
  }
}
