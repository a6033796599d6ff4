package org.improvementnotice.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.Board;
import org.improvementnotice.model.Governance;
import org.improvementnotice.model.IssueDate;
import org.improvementnotice.model.Issuer;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.MeasureId;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.Recipient;
import org.improvementnotice.model.data.ActionEvidence;
import org.improvementnotice.model.data.MeetingRecord;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.data.Ratio;
import org.improvementnotice.model.indicator.IndicatorCatalogue;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.indicator.Unit;
import org.improvementnotice.model.requirement.Cadence;
import org.improvementnotice.model.requirement.DatedAction;
import org.improvementnotice.model.requirement.Due;
import org.improvementnotice.model.requirement.GovernanceCadence;
import org.improvementnotice.model.requirement.QualitativeMeasure;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.requirement.Stage;
import org.improvementnotice.model.requirement.StagedTargets;
import org.improvementnotice.model.requirement.Threshold;
import org.improvementnotice.model.requirement.ThresholdInPeriod;
import org.improvementnotice.model.requirement.Trajectory;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.Window;
import org.junit.jupiter.api.Test;

class NoticeValidatorTest {

  private static final LocalDate ISSUE = LocalDate.of(2011, 3, 8);

  private static Notice.Builder base() {
    return Notice.builder().id("kent-2011").recipient(Recipient.of("Kent County Council"))
        .issuer(Issuer.of("Department for Education")).issued(IssueDate.stated(ISSUE))
        .addIndicator(IndicatorCatalogue.standard().get("NI 59"))
        .governance(new Governance(List.of(new Board("Improvement Board", Optional.empty(),
            Optional.of(Cadence.monthly()), List.of(), List.of())), List.of()));
  }

  private static Measure measure(String id, org.improvementnotice.model.requirement.Requirement r) {
    return new Measure(MeasureId.of(id), "g", "clause " + id, List.of(r));
  }

  @Test
  void aSoundNoticeHasNoProblems() {
    Notice notice = base()
        .addMeasure(measure("ni59", new ThresholdInPeriod(RequirementId.of("ni59"), IndicatorId.of("NI 59"),
            Threshold.atLeast("65", Unit.PERCENT), Period.parse("2012-Q1"), Trajectory.fromIssue(), Optional.empty())))
        .addMeasure(measure("board", new GovernanceCadence(RequirementId.of("board"), "Improvement Board",
            Cadence.monthly(), Optional.of("Independent Chair"), true, Window.ofNotice())))
        .build();
    assertThat(NoticeValidator.validate(notice)).isEmpty();
  }

  @Test
  void everyProblemIsReportedAtOnceWithItsPath() {
    Notice notice = base()
        .addIndicator(IndicatorCatalogue.standard().get("NI 59"))
        .addMeasure(measure("a", new ThresholdInPeriod(RequirementId.of("a"), IndicatorId.of("NI 95"),
            Threshold.atLeast("65", Unit.PERCENT), Period.parse("2012-Q1"), Trajectory.fromIssue(), Optional.empty())))
        .addMeasure(measure("b", new ThresholdInPeriod(RequirementId.of("b"), IndicatorId.of("NI 59"),
            Threshold.atLeast("120", Unit.PERCENT), Period.parse("2012-Q1"), Trajectory.fromIssue(), Optional.empty())))
        .addMeasure(measure("c", new DatedAction(RequirementId.of("c"), "programme agreed",
            Deadline.endOf(YearMonth.of(2011, 2)))))
        .addMeasure(measure("c", new QualitativeMeasure(RequirementId.of("a"), "partners")))
        .addMeasure(measure("d", new GovernanceCadence(RequirementId.of("d"), "Performance Challenge",
            Cadence.monthly(), Optional.empty(), false, Window.ofNotice())))
        .addMeasure(measure("e", new StagedTargets(RequirementId.of("e"), IndicatorId.of("NI 59"), Optional.empty(),
            List.of(new Stage(Threshold.atLeast("77", Unit.PERCENT), Due.by(Deadline.on(LocalDate.of(2012, 3, 31)))),
                new Stage(Threshold.atLeast("65", Unit.PERCENT), Due.in(Period.parse("2012-Q1")))),
            Optional.empty())))
        .addMeasure(measure("f", new ThresholdInPeriod(RequirementId.of("f"), IndicatorId.of("NI 59"),
            Threshold.atMost("5", Unit.COUNT), Period.parse("2010-Q1"), Trajectory.fromIssue(), Optional.empty())))
        .addMeasure(new Measure(MeasureId.of("g"), "g", "clause g", List.of()))
        .build();
    List<Problem> problems = NoticeValidator.validate(notice);
    assertThat(problems).extracting(Problem::path, Problem::severity).containsExactly(
        org.assertj.core.groups.Tuple.tuple("indicators[1]", Severity.ERROR),
        org.assertj.core.groups.Tuple.tuple("measures[0].requirements[0].indicator", Severity.ERROR),
        org.assertj.core.groups.Tuple.tuple("measures[1].requirements[0].threshold", Severity.ERROR),
        org.assertj.core.groups.Tuple.tuple("measures[2].requirements[0].deadline", Severity.WARNING),
        org.assertj.core.groups.Tuple.tuple("measures[3]", Severity.ERROR),
        org.assertj.core.groups.Tuple.tuple("measures[3].requirements[0]", Severity.ERROR),
        org.assertj.core.groups.Tuple.tuple("measures[4].requirements[0].body", Severity.ERROR),
        org.assertj.core.groups.Tuple.tuple("measures[5].requirements[0].stages[1]", Severity.ERROR),
        org.assertj.core.groups.Tuple.tuple("measures[6].requirements[0].threshold", Severity.ERROR),
        org.assertj.core.groups.Tuple.tuple("measures[6].requirements[0].period", Severity.ERROR),
        org.assertj.core.groups.Tuple.tuple("measures[7]", Severity.ERROR));
    assertThat(problems.get(1).message()).isEqualTo(
        "Unknown indicator NI 95: it is not declared in the notice; did you mean NI 59?");
    assertThat(problems.get(2).message()).isEqualTo("A percentage cannot exceed 100, was 120");
    assertThat(problems.get(3).message()).contains("2011-02-28, before the issue date 2011-03-08");
    assertThatThrownBy(() -> NoticeValidator.check(notice))
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("Notice kent-2011 has 10 errors");
  }

  @Test
  void aTargetAgainstThePolarityIsAWarningNotAnError() {
    Notice notice = base()
        .addMeasure(measure("a", new ThresholdInPeriod(RequirementId.of("a"), IndicatorId.of("NI 59"),
            Threshold.atMost("65", Unit.PERCENT), Period.parse("2012-Q1"), Trajectory.fromIssue(), Optional.empty())))
        .build();
    assertThat(NoticeValidator.validate(notice)).singleElement()
        .satisfies(p -> assertThat(p.severity()).isEqualTo(Severity.WARNING));
    NoticeValidator.check(notice); // warnings do not fail
  }

  @Test
  void dataProblemsAreAllReportedWithTheirPaths() {
    Notice notice = base()
        .addMeasure(measure("smt", new DatedAction(RequirementId.of("smt"), "SMT in place",
            Deadline.on(LocalDate.of(2011, 9, 1)))))
        .build();
    IndicatorId ni59 = IndicatorId.of("NI 59");
    LocalDate published = LocalDate.of(2011, 6, 1);
    PerformanceData data = PerformanceData.builder("Kent")
        .addObservation(Observation.of(ni59, Period.parse("2011-04"), new BigDecimal("101"), "t", published))
        .addObservation(Observation.of(IndicatorId.of("NI 95"), Period.parse("2011-04"), BigDecimal.ONE, "t", published))
        .addObservation(Observation.of(ni59, Period.parse("2011-04-03..2011-04-20"), BigDecimal.ONE, "t", published))
        .addObservation(new Observation(ni59, Period.parse("2011-05"), new BigDecimal("70"), Optional.of(Ratio.of(13, 20)), "t", published))
        .addObservation(new Observation(ni59, Period.parse("2011-03"), new BigDecimal("70"), Optional.of(Ratio.of(7, 0)), "t", published))
        .addObservation(Observation.of(ni59, Period.parse("2011-07"), BigDecimal.ONE, "t", published))
        .addAction(new ActionEvidence(RequirementId.of("nope"), published, "minute 4", published))
        .addAction(new ActionEvidence(RequirementId.of("smt"), published, "minute 5", published.minusDays(1)))
        .addMeeting(new MeetingRecord("Scrutiny", published, Optional.empty(), false, Optional.empty(), "m"))
        .build();
    List<Problem> problems = DataValidator.validate(notice, data);
    assertThat(problems).extracting(Problem::path).containsExactly(
        "observations[0]", "observations[1]", "observations[2]", "observations[3]", "observations[4]",
        "observations[5]", "actions[1]", "actions[0]", "meetings[0]");
    assertThat(problems).extracting(Problem::message).anySatisfy(m -> assertThat(m).isEqualTo(
        "NI 59 is a percentage and cannot exceed 100, was 101"))
        .anySatisfy(m -> assertThat(m).isEqualTo("Indicator NI 95 is not declared in notice kent-2011; did you mean NI 59?"))
        .anySatisfy(m -> assertThat(m).startsWith("Period 2011-04-03..2011-04-20 does not fit NI 59"))
        .anySatisfy(m -> assertThat(m).isEqualTo("Value 70 does not match 13/20 = 65.00"))
        .anySatisfy(m -> assertThat(m).isEqualTo("Denominator must be positive, was 0"))
        .anySatisfy(m -> assertThat(m).contains("published 2011-06-01, before the period begins"));
  }
}
