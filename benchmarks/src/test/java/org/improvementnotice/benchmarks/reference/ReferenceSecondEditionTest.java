package org.improvementnotice.benchmarks.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Decision;
import org.improvementnotice.model.AssessmentPoint;
import org.improvementnotice.model.AssessmentSchedule;
import org.improvementnotice.model.IssueDate;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.Rag;
import org.improvementnotice.model.data.ActionEvidence;
import org.improvementnotice.model.data.BenchmarkValue;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.data.UnavailableFigure;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.Polarity;
import org.improvementnotice.model.indicator.Unit;
import org.improvementnotice.model.requirement.Baseline;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.requirement.Comparison;
import org.improvementnotice.model.requirement.DatedAction;
import org.improvementnotice.model.requirement.Maintain;
import org.improvementnotice.model.requirement.Due;
import org.improvementnotice.model.requirement.RelativeToBenchmark;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.requirement.Stage;
import org.improvementnotice.model.requirement.StagedTargets;
import org.improvementnotice.model.requirement.SustainedTrend;
import org.improvementnotice.model.requirement.Threshold;
import org.improvementnotice.model.requirement.ThresholdByDate;
import org.improvementnotice.model.requirement.Trajectory;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.PeriodKind;
import org.improvementnotice.model.time.Window;
import org.improvementnotice.rules.Settings;
import org.improvementnotice.rules.Status;
import org.junit.jupiter.api.Test;

/**
 * The reference's reading of DOMAIN.md's second edition, worked by hand from the text, each with the reading a
 * {@link Break} gives instead (so each break changes at least one verdict the differential can see).
 */
class ReferenceSecondEditionTest {

  private static final LocalDate ISSUED = Anyshire.ISSUED;
  /** A vacancy rate, lower is better, reported monthly. */
  private static final Indicator VACANCY = Indicator.of("VAC", "Vacancy rate of qualified social workers",
      Unit.PERCENT, Polarity.LOWER_IS_BETTER, PeriodKind.MONTH);
  /** Initial assessments in time, higher is better, reported monthly. */
  private static final Indicator IN_TIME = Indicator.of("IA", "Initial assessments in time", Unit.PERCENT,
      Polarity.HIGHER_IS_BETTER, PeriodKind.MONTH);
  private static final ReferenceEvaluator SOUND = new ReferenceEvaluator();

  private static Notice notice(Requirement requirement, AssessmentPoint... points) {
    return Anyshire.noticeUntilTheEndOf2009("second-edition")
        .schedule(new AssessmentSchedule(Optional.empty(), Optional.empty(), List.of(points)))
        .addIndicator(VACANCY)
        .addIndicator(IN_TIME)
        .addMeasure(Measure.of("m1", "Outcomes", "clause", requirement))
        .build();
  }

  private static Observation figure(Indicator indicator, String month, String value) {
    Period period = Period.parse(month);
    return Observation.of(indicator.id(), period, new BigDecimal(value), "monthly return",
        period.endInclusive().plusDays(10));
  }

  private static PerformanceData data(Observation... observations) {
    return PerformanceData.builder("Anyshire Council").addObservations(List.of(observations)).build();
  }

  private static Decision decision(ReferenceEvaluator reference, Notice notice, PerformanceData data, String id,
      LocalDate asAt) {
    return reference.evaluate(notice, data, asAt, Settings.defaults()).get(id).decision();
  }

  /** Asserts the sound reference's decision of the requirement, and the other one the reference with a break makes. */
  private static void assertDecisions(Notice notice, PerformanceData data, String id, LocalDate asAt, Decision sound,
      Break broken, Decision brokenDecision) {
    assertThat(decision(SOUND, notice, data, id, asAt)).isEqualTo(sound);
    assertThat(decision(ReferenceEvaluator.brokenBy(broken), notice, data, id, asAt)).isEqualTo(brokenDecision);
  }

  /**
   * Surrey 2008's vacancy targets (no baseline): 14% by 31 March 2009, then 11% by 31 March 2010, and no
   * figure at issue. On 31 October 2009 September's 13% is judged against the line from 14 at 31 March 2009 to 11
   * at 31 March 2010: 12.496 on 30 September, behind by 0.504, within the tolerance (10% of 11): AT_RISK. Read
   * against the final target alone (11) it is OFF_TRACK. Stage 1 on 28 February 2009: January's 15% against the
   * first stage's own target, 14, behind by 1, within 1.4: AT_RISK.
   */
  @Test
  void withoutABaselineTheTrajectoryRunsThroughTheStages() {
    Notice notice = notice(new StagedTargets(RequirementId.of("vac"), VACANCY.id(), Optional.empty(), List.of(
        new Stage(Threshold.atMost("14", Unit.PERCENT), Due.by(Deadline.on(LocalDate.of(2009, 3, 31)))),
        new Stage(Threshold.atMost("11", Unit.PERCENT), Due.by(Deadline.on(LocalDate.of(2010, 3, 31))))),
        Optional.empty()));
    PerformanceData data = data(figure(VACANCY, "2009-01", "15"), figure(VACANCY, "2009-09", "13"));

    assertThat(decision(SOUND, notice, data, "vac.2", LocalDate.of(2009, 10, 31)))
        .isEqualTo(new Decision(Status.AT_RISK, Rag.AMBER));
    assertThat(decision(SOUND, notice, data, "vac.1", LocalDate.of(2009, 2, 28)))
        .isEqualTo(new Decision(Status.AT_RISK, Rag.AMBER));
    assertThat(decision(ReferenceEvaluator.brokenBy(Break.FORECAST_TO_FINAL_TARGET), notice, data, "vac.2",
        LocalDate.of(2009, 10, 31))).isEqualTo(new Decision(Status.OFF_TRACK, Rag.RED));
  }

  /**
   * Surrey's PAF C24: the only figure is December 2008's, the baseline at issue. Not yet due on 15 March
   * 2009, there is no observation after the baseline: NO_DATA, not ON_TRACK against itself.
   */
  @Test
  void theBaselineIsNeverComparedWithItself() {
    Notice notice = notice(new ThresholdByDate(RequirementId.of("c24"), VACANCY.id(),
        Threshold.atMost("7", Unit.PERCENT), Deadline.on(LocalDate.of(2009, 12, 31)), Trajectory.fromIssue(),
        Optional.empty()));
    PerformanceData data = data(figure(VACANCY, "2008-12", "8.1"));

    assertDecisions(notice, data, "c24", LocalDate.of(2009, 3, 15), Decision.of(Status.NO_DATA),
        Break.FORECAST_FROM_BASELINE_ITSELF, Decision.of(Status.ON_TRACK));
  }

  /**
   * West Sussex's targets relative to a benchmark: "in line with the England average" for December
   * 2009, from a stated baseline of 50% in December 2008. The England figure for January 2009 (60) is published on
   * 10 February, February's (70) on 10 March. On 31 March 2009 February's 52% is judged against the line from 50
   * at 31 December 2008 to 70 (the latest benchmark) at 31 December 2009: 53.23 on 28 February, behind by 1.23,
   * within 7: AT_RISK. On 5 February no benchmark is known: NO_DATA.
   */
  @Test
  void aTargetRelativeToABenchmarkIsForecastAgainstTheLatestBenchmark() {
    Notice notice = notice(new RelativeToBenchmark(RequirementId.of("ia"), IN_TIME.id(), BenchmarkKind.ENGLAND,
        Comparison.AT_LEAST, Due.in(Period.parse("2009-12")),
        Optional.of(Baseline.stated(new BigDecimal("50"), Period.parse("2008-12")))));
    PerformanceData data = PerformanceData.builder("Anyshire Council")
        .addObservation(figure(IN_TIME, "2009-02", "52"))
        .addBenchmark(new BenchmarkValue(IN_TIME.id(), BenchmarkKind.ENGLAND, Period.parse("2009-01"),
            new BigDecimal("60"), "England", LocalDate.of(2009, 2, 10)))
        .addBenchmark(new BenchmarkValue(IN_TIME.id(), BenchmarkKind.ENGLAND, Period.parse("2009-02"),
            new BigDecimal("70"), "England", LocalDate.of(2009, 3, 10)))
        .build();

    assertThat(decision(SOUND, notice, data, "ia", LocalDate.of(2009, 3, 31)))
        .isEqualTo(new Decision(Status.AT_RISK, Rag.AMBER));
    assertThat(decision(SOUND, notice, data, "ia", LocalDate.of(2009, 2, 5))).isEqualTo(Decision.of(Status.NO_DATA));
    assertThat(decision(ReferenceEvaluator.brokenBy(Break.BENCHMARK_NOT_FORECAST), notice, data, "ia",
        LocalDate.of(2009, 3, 31))).isEqualTo(Decision.of(Status.NOT_YET_DUE));
  }

  /**
   * The Surrey 2018 plan's watch, three worsening steps, from 1 January 2009: December 2008 10%, then
   * 11, 12 and 13 in January to March. On 30 April the latest three steps (the first from December, the last
   * figure before the watch) each worsen: TREND_DOWN; without December there are only three figures: NO_DATA.
   * April and May improve (12, 11): on 30 June the run is history, NO_TREND (the longest run anywhere would keep
   * TREND_DOWN).
   */
  @Test
  void aTrendIsAStatementAboutNow() {
    Notice notice = notice(new SustainedTrend(RequirementId.of("watch"), VACANCY.id(), OptionalInt.of(3),
        Window.from(ISSUED)));
    PerformanceData data = data(figure(VACANCY, "2008-12", "10"), figure(VACANCY, "2009-01", "11"),
        figure(VACANCY, "2009-02", "12"), figure(VACANCY, "2009-03", "13"), figure(VACANCY, "2009-04", "12"),
        figure(VACANCY, "2009-05", "11"));

    assertDecisions(notice, data, "watch", LocalDate.of(2009, 4, 30), Decision.of(Status.TREND_DOWN),
        Break.TREND_WITHOUT_FIGURE_BEFORE_WATCH, Decision.of(Status.NO_DATA));
    assertDecisions(notice, data, "watch", LocalDate.of(2009, 6, 30), Decision.of(Status.NO_TREND),
        Break.TREND_ANY_RUN, Decision.of(Status.TREND_DOWN));
  }

  /**
   * Kent's "agreed by the end of February 2011", signed on 8 March 2011, here a deadline of 15 December
   * 2008 in a notice issued on 1 January 2009: decided as usual. Done on 20 December: DONE_LATE (read as the issue
   * date it would be DONE); done on 10 December: DONE; not done on the issue date: OVERDUE. The finding must say
   * that the deadline precedes the notice.
   */
  @Test
  void aDeadlineBeforeTheIssueDateIsDecidedAsUsual() {
    DatedAction action = new DatedAction(RequirementId.of("plan"), "Improvement programme agreed",
        Deadline.on(LocalDate.of(2008, 12, 15)));
    Notice notice = notice(action);
    PerformanceData late = PerformanceData.builder("Anyshire Council").addAction(new ActionEvidence(action.id(),
        LocalDate.of(2008, 12, 20), "board minute", LocalDate.of(2008, 12, 22))).build();
    PerformanceData early = PerformanceData.builder("Anyshire Council").addAction(new ActionEvidence(action.id(),
        LocalDate.of(2008, 12, 10), "board minute", LocalDate.of(2008, 12, 12))).build();

    assertThat(decision(SOUND, notice, late, "plan", ISSUED)).isEqualTo(Decision.of(Status.DONE_LATE));
    assertThat(decision(SOUND, notice, early, "plan", ISSUED)).isEqualTo(Decision.of(Status.DONE));
    assertThat(decision(SOUND, notice, data(), "plan", ISSUED)).isEqualTo(Decision.of(Status.OVERDUE));
    assertThat(decision(ReferenceEvaluator.brokenBy(Break.DEADLINE_BEFORE_ISSUE_AT_ISSUE), notice, late, "plan",
        ISSUED)).isEqualTo(Decision.of(Status.DONE));
    assertThat(ReferenceEvaluator.deadlinePrecedesNotice(notice, action)).isTrue();
    // "before" the issue date itself: its last day on time is the day before the notice
    DatedAction beforeIssue = new DatedAction(RequirementId.of("plan"), "Improvement programme agreed",
        Deadline.before(Deadline.on(ISSUED)));
    assertThat(ReferenceEvaluator.deadlinePrecedesNotice(notice(beforeIssue), beforeIssue)).isTrue();
    DatedAction byIssue = new DatedAction(RequirementId.of("plan"), "Improvement programme agreed",
        Deadline.on(ISSUED));
    assertThat(ReferenceEvaluator.deadlinePrecedesNotice(notice(byIssue), byIssue)).isFalse();
  }

  /**
   * A quarterly figure of a monthly indicator is refused at its row, naming the indicator, the period
   * and the kind expected; the reference does not evaluate data it refuses.
   */
  @Test
  void aFigureOfAnotherPeriodKindIsRefused() {
    Notice notice = notice(new SustainedTrend(RequirementId.of("watch"), VACANCY.id(), OptionalInt.of(3),
        Window.from(ISSUED)));
    Observation quarter = Observation.of(VACANCY.id(), Period.parse("2009-Q1"), new BigDecimal("12"), "return",
        LocalDate.of(2009, 4, 10));
    PerformanceData data = data(figure(VACANCY, "2009-01", "11"), quarter);

    assertThat(SOUND.refusals(notice, data)).containsExactly(new Refusal(quarter, PeriodKind.MONTH));
    assertThat(SOUND.refusals(notice, data).get(0).toString()).contains("VAC", "2009-Q1", "MONTH");
    assertThatThrownBy(() -> SOUND.evaluate(notice, data, LocalDate.of(2009, 6, 30)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2009-Q1");
    assertThat(ReferenceEvaluator.brokenBy(Break.FIGURES_OF_ANOTHER_KIND_ACCEPTED).refusals(notice, data)).isEmpty();
  }

  /**
   * The final verdict of a notice ending on 31 December 2009: one month after the end, 31 January 2010, unless a
   * schedule point falls later (a final review on 31 March 2010). A target due by the end is decided then, never
   * NOT_YET_DUE; without the lag, it would be judged on the end day itself, when it is not yet due.
   */
  @Test
  void theFinalVerdictIsTakenAfterTheEndPlusTheLag() {
    ThresholdByDate target = new ThresholdByDate(RequirementId.of("ia"), IN_TIME.id(),
        Threshold.atLeast("65", Unit.PERCENT), Deadline.endOfNotice(), Trajectory.fromIssue(), Optional.empty());
    Notice plain = notice(target, new AssessmentPoint("six month review", Deadline.monthsAfterIssue(6)));
    Notice withReview = notice(target, new AssessmentPoint("final review", Deadline.on(LocalDate.of(2010, 3, 31))));
    PerformanceData data = data(figure(IN_TIME, "2009-12", "70"));

    assertThat(SOUND.finalVerdictDate(plain, Settings.defaults())).hasValue(LocalDate.of(2010, 1, 31));
    assertThat(SOUND.finalVerdictDate(withReview, Settings.defaults())).hasValue(LocalDate.of(2010, 3, 31));
    assertThat(SOUND.finalVerdict(plain, data, Settings.defaults()).orElseThrow().get("ia").decision())
        .isEqualTo(Decision.of(Status.MET));
    ReferenceEvaluator withoutLag = ReferenceEvaluator.brokenBy(Break.FINAL_VERDICT_WITHOUT_LAG);
    assertThat(withoutLag.finalVerdictDate(plain, Settings.defaults())).hasValue(LocalDate.of(2009, 12, 31));
    assertThat(withoutLag.finalVerdict(plain, data, Settings.defaults()).orElseThrow().get("ia").status())
        .isNotEqualTo(Status.MET);
  }

  /**
   * A notice ending on 31 December 2009, with reviews at three and six months, that a later notice issued on
   * 1 August 2009 supersedes: its journey holds the two reviews before the change, then its final verdict on that
   * date, under the later notice's name. The target due by the end is still forecast there (off track on June's
   * 40%, no data before June's figure is published), never missed.
   * Ignoring the supersession (the break), the journey runs to its own final verdict on 31 January 2010.
   */
  @Test
  void aSupersededNoticesFinalVerdictIsTakenOnTheLaterNoticesIssueDate() {
    ThresholdByDate target = new ThresholdByDate(RequirementId.of("ia"), IN_TIME.id(),
        Threshold.atLeast("65", Unit.PERCENT), Deadline.endOfNotice(), Trajectory.fromIssue(), Optional.empty());
    Notice earlier = notice(target, new AssessmentPoint("three month review", Deadline.monthsAfterIssue(3)),
        new AssessmentPoint("six month review", Deadline.monthsAfterIssue(6)));
    Notice later = Notice.builder().id("revised").recipient(earlier.recipient()).issuer(earlier.issuer())
        .issued(IssueDate.stated(LocalDate.of(2009, 8, 1))).supersedes(earlier.id()).build();
    PerformanceData data = data(figure(IN_TIME, "2009-06", "40"));

    List<ReferenceEvaluator.Step> journey = SOUND.journey(earlier, data, later, Settings.defaults());
    assertThat(journey).extracting(ReferenceEvaluator.Step::name, ReferenceEvaluator.Step::date,
        ReferenceEvaluator.Step::isFinal).containsExactly(
            tuple("three month review", ISSUED.plusMonths(3), false),
            tuple("six month review", ISSUED.plusMonths(6), false),
            tuple("Superseded by revised", LocalDate.of(2009, 8, 1), true));
    assertThat(journey).extracting(step -> step.verdicts().get("ia").status()).containsExactly(Status.NO_DATA,
        Status.NO_DATA, Status.OFF_TRACK);
    assertThat(ReferenceEvaluator.brokenBy(Break.SUPERSESSION_IGNORED).journey(earlier, data, later,
        Settings.defaults())).extracting(ReferenceEvaluator.Step::name, ReferenceEvaluator.Step::date)
        .containsExactly(tuple("three month review", ISSUED.plusMonths(3)),
            tuple("six month review", ISSUED.plusMonths(6)), tuple("Final verdict", LocalDate.of(2010, 1, 31)));
    assertThatThrownBy(() -> SOUND.journey(later, data, earlier, Settings.defaults()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("supersedes");
  }

  /**
   * Somerset's "prior to the December Board", here "before 1 March 2009": done on 1 March is done late,
   * done on 28 February is done; not done, OVERDUE from 1 March. Read as "by" (the break), done on the day is done.
   * The day the target "before 1 April 2009" is judged on is 31 March: March's figure decides it from 1 April on.
   */
  @Test
  void beforeExcludesTheDayItNames() {
    DatedAction action = new DatedAction(RequirementId.of("sscb"), "Safeguarding board reviewed",
        Deadline.before(Deadline.on(LocalDate.of(2009, 3, 1))));
    Notice notice = notice(action);
    PerformanceData onTheDay = PerformanceData.builder("Anyshire Council").addAction(new ActionEvidence(action.id(),
        LocalDate.of(2009, 3, 1), "board minute", LocalDate.of(2009, 3, 2))).build();
    PerformanceData dayBefore = PerformanceData.builder("Anyshire Council").addAction(new ActionEvidence(
        action.id(), LocalDate.of(2009, 2, 28), "board minute", LocalDate.of(2009, 3, 2))).build();
    LocalDate asAt = LocalDate.of(2009, 3, 5);

    assertThat(decision(SOUND, notice, onTheDay, "sscb", asAt)).isEqualTo(Decision.of(Status.DONE_LATE));
    assertThat(decision(SOUND, notice, dayBefore, "sscb", asAt)).isEqualTo(Decision.of(Status.DONE));
    assertThat(decision(SOUND, notice, data(), "sscb", LocalDate.of(2009, 3, 1))).isEqualTo(
        Decision.of(Status.OVERDUE));
    assertThat(decision(ReferenceEvaluator.brokenBy(Break.BEFORE_READ_AS_BY), notice, onTheDay, "sscb", asAt))
        .isEqualTo(Decision.of(Status.DONE));
    assertThat(ReferenceEvaluator.deadlinePrecedesNotice(notice, action)).isFalse();

    Notice target = notice(new ThresholdByDate(RequirementId.of("ia"), IN_TIME.id(),
        Threshold.atLeast("65", Unit.PERCENT), Deadline.before(Deadline.on(LocalDate.of(2009, 4, 1))),
        Trajectory.fromIssue(), Optional.empty()));
    PerformanceData march = data(figure(IN_TIME, "2009-03", "70"));
    assertThat(decision(SOUND, target, march, "ia", LocalDate.of(2009, 4, 15))).isEqualTo(Decision.of(Status.MET));
  }

  /**
   * "Suppressed and unavailable figures": a vacancy rate to be held at most 10% over 2009; February's figure is
   * published suppressed. At 30 April the window is NO_DATA (never MAINTAINED), under strict missing data too
   * (the figure exists; it is not missing); with March at 12% it is NOT_MAINTAINED, a real shortfall deciding.
   */
  @Test
  void aSuppressedPeriodOfAWindowIsNoDataUnlessAnotherFellShort() {
    Notice notice = notice(new Maintain(RequirementId.of("keep"), VACANCY.id(), Threshold.atMost("10", Unit.PERCENT),
        Window.between(LocalDate.of(2009, 1, 1), LocalDate.of(2009, 12, 31))));
    UnavailableFigure february = new UnavailableFigure(VACANCY.id(), Optional.empty(), Period.parse("2009-02"),
        Optional.of("c"), "suppressed", "monthly return", LocalDate.of(2009, 3, 10));
    PerformanceData held = PerformanceData.builder("Anyshire Council")
        .addObservations(List.of(figure(VACANCY, "2009-01", "9"), figure(VACANCY, "2009-03", "8")))
        .addUnavailable(february).build();
    PerformanceData short12 = PerformanceData.builder("Anyshire Council")
        .addObservations(List.of(figure(VACANCY, "2009-01", "9"), figure(VACANCY, "2009-03", "12")))
        .addUnavailable(february).build();
    LocalDate asAt = LocalDate.of(2009, 4, 30);
    Settings strict = Settings.builder().missingData(org.improvementnotice.rules.MissingData.STRICT).build();

    assertThat(decision(SOUND, notice, held, "keep", asAt)).isEqualTo(Decision.of(Status.NO_DATA));
    assertThat(SOUND.evaluate(notice, held, asAt, strict).get("keep").decision())
        .isEqualTo(Decision.of(Status.NO_DATA));
    assertThat(decision(SOUND, notice, short12, "keep", asAt)).isEqualTo(Decision.of(Status.NOT_MAINTAINED));
    // before the suppression is published, February is only missing: held on January's figure
    assertThat(decision(SOUND, notice, held, "keep", LocalDate.of(2009, 3, 5)))
        .isEqualTo(Decision.of(Status.MAINTAINED));
  }
}
