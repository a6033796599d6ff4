package org.improvementnotice.model.requirement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.indicator.Unit;
import org.improvementnotice.model.time.Deadline;
import org.junit.jupiter.api.Test;

class StagedTargetsTest {

  private static List<Stage> stages(int n) {
    return java.util.stream.IntStream.range(0, n).mapToObj(i -> new Stage(Threshold.atLeast("65", Unit.PERCENT),
        Due.by(Deadline.on(LocalDate.of(2010, 3, 31).plusDays(i))))).toList();
  }

  @Test
  void refusesAnIdWhoseStageIdsWouldBeTooLong() {
    assertThatThrownBy(() -> new StagedTargets(RequirementId.of("m".repeat(79)), IndicatorId.of("NI 59"),
        Optional.empty(), stages(2), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stage 2").hasMessageContaining("at most 80 characters");
    assertThatThrownBy(() -> new StagedTargets(RequirementId.of("m".repeat(78)), IndicatorId.of("NI 59"),
        Optional.empty(), stages(10), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stage 10");
  }

  @Test
  void everyStageOfAnIdThatFitsIsDecidable() {
    StagedTargets t = new StagedTargets(RequirementId.of("m".repeat(77)), IndicatorId.of("NI 59"), Optional.empty(),
        stages(10), Optional.empty());

    assertThat(t.decidable()).hasSize(10).last()
        .satisfies(r -> assertThat(r.id()).isEqualTo(RequirementId.of("m".repeat(77) + ".10")));
  }
}
