package org.improvementnotice.model.requirement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.indicator.Unit;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.Window;
import org.junit.jupiter.api.Test;

/** {@link Requirement#dueBy()}: the deadline of the forms due by one, and nothing for the others. */
class DueByTest {
  static final IndicatorId NI59 = IndicatorId.of("NI 59");
  static final Deadline MARCH = Deadline.on(LocalDate.of(2010, 3, 31));

  @Test
  void theFormsDueByADeadlineGiveIt() {
    assertThat(new ThresholdByDate(RequirementId.of("a"), NI59, Threshold.atLeast("65", Unit.PERCENT), MARCH,
        Trajectory.fromIssue(), Optional.empty()).dueBy()).contains(MARCH);
    assertThat(new DatedAction(RequirementId.of("b"), "Recruit", MARCH).dueBy()).contains(MARCH);
    assertThat(new RelativeToBenchmark(RequirementId.of("c"), NI59, BenchmarkKind.ENGLAND, Comparison.AT_LEAST,
        Due.by(MARCH), Optional.empty()).dueBy()).contains(MARCH);
  }

  @Test
  void theFormsDueInAPeriodOrOverAWindowGiveNone() {
    assertThat(new ThresholdInPeriod(RequirementId.of("a"), NI59, Threshold.atLeast("65", Unit.PERCENT),
        Period.parse("2009-Q1"), Trajectory.fromIssue(), Optional.empty()).dueBy()).isEmpty();
    assertThat(new RelativeToBenchmark(RequirementId.of("c"), NI59, BenchmarkKind.ENGLAND, Comparison.AT_LEAST,
        Due.in(Period.parse("FY2009-10")), Optional.empty()).dueBy()).isEmpty();
    assertThat(new Maintain(RequirementId.of("d"), NI59, Threshold.atLeast("65", Unit.PERCENT), Window.ofNotice())
        .dueBy()).isEmpty();
  }
}
