package org.improvementnotice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.indicator.Polarity;
import org.improvementnotice.model.indicator.Unit;
import org.improvementnotice.model.requirement.Comparison;
import org.improvementnotice.model.requirement.Maintain;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.RequirementForm;
import org.improvementnotice.model.requirement.ThresholdByDate;
import org.improvementnotice.model.requirement.ThresholdInPeriod;
import org.improvementnotice.model.time.CalendarQuarter;
import org.improvementnotice.model.time.Window;
import org.improvementnotice.model.validation.NoticeValidator;
import org.junit.jupiter.api.Test;

/**
 * The Surrey 2008 NI 59, NI 60, NI 66 and vacancy-rate measures, as the document words them (built in Java by
 * {@link Surrey2008}), and the document's "at least maintained" clause (surrey-2008.notice).
 */
class Surrey2008Test {

  private final Notice notice = Surrey2008.notice();

  private Measure measure(String id) {
    return notice.measures().stream().filter(m -> m.id().value().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void theNoticeIsSoundAndItsIssueDateIsMarkedAssumed() {
    assertThat(NoticeValidator.validate(notice)).isEmpty();
    assertThat(notice.issued().assumed()).isTrue();
    assertThat(notice.end()).contains(LocalDate.of(2010, 9, 30));
    assertThat(notice.schedule().points()).hasSize(8);
    assertThat(notice.schedule().points().get(0).when().resolve(notice.deadlineContext()))
        .contains(LocalDate.of(2009, 1, 31));
    assertThat(notice.schedule().points().get(7).when().resolve(notice.deadlineContext()))
        .contains(LocalDate.of(2010, 9, 30));
  }

  @Test
  void ni59Is65PercentInTheQuarterToMarch2009Then77PercentByMarch2010() {
    List<Requirement> stages = measure("ni59").decidableRequirements();
    assertThat(stages).extracting(r -> r.id().value()).containsExactly("ni59.1", "ni59.2");
    ThresholdInPeriod first = (ThresholdInPeriod) stages.get(0);
    assertThat(first.period()).isEqualTo(CalendarQuarter.of(2009, 1));
    assertThat(first.threshold().comparison()).isEqualTo(Comparison.AT_LEAST);
    assertThat(first.threshold().value()).isEqualByComparingTo("65");
    assertThat(first.threshold().unit()).isEqualTo(Unit.PERCENT);
    ThresholdByDate second = (ThresholdByDate) stages.get(1);
    assertThat(second.deadline().resolve(notice.deadlineContext())).contains(LocalDate.of(2010, 3, 31));
    assertThat(second.threshold().value()).isEqualByComparingTo("77");
    assertThat(second.trajectory().earlierStages()).hasSize(1);
    assertThat(second.trajectory().earlierStages().get(0).threshold()).isEqualTo(first.threshold());
    assertThat(measure("ni59").clause()).contains("to 65% in the quarter to 31 March 2009 and to 77% by 31 March 2010");
  }

  @Test
  void ni60Is65PercentThen90Percent() {
    List<Requirement> stages = measure("ni60").decidableRequirements();
    assertThat(stages).extracting(Requirement::form)
        .containsExactly(RequirementForm.THRESHOLD_IN_PERIOD, RequirementForm.THRESHOLD_BY_DATE);
    assertThat(((ThresholdByDate) stages.get(1)).threshold().value()).isEqualByComparingTo("90");
  }

  @Test
  void ni66Is95PercentByMarch2009ThenMaintainedToMarch2010() {
    List<Requirement> reqs = measure("ni66").decidableRequirements();
    assertThat(reqs).extracting(Requirement::form)
        .containsExactly(RequirementForm.THRESHOLD_BY_DATE, RequirementForm.MAINTAIN);
    Maintain maintain = (Maintain) reqs.get(1);
    assertThat(maintain.threshold()).isEqualTo(((ThresholdByDate) reqs.get(0)).threshold());
    assertThat(maintain.window()).isEqualTo(Window.between(LocalDate.of(2009, 4, 1), LocalDate.of(2010, 3, 31)));
  }

  @Test
  void theVacancyRateFallsTo14ThenTo11PercentAtMost() {
    List<Requirement> stages = measure("vacancy").decidableRequirements();
    assertThat(stages).allSatisfy(r -> assertThat(((ThresholdByDate) r).threshold().comparison())
        .isEqualTo(Comparison.AT_MOST));
    assertThat(stages).extracting(r -> ((ThresholdByDate) r).threshold().value().toPlainString())
        .containsExactly("14", "11");
    assertThat(notice.indicator(stages.get(0).indicators().get(0)).orElseThrow().polarity())
        .isEqualTo(Polarity.LOWER_IS_BETTER);
  }

  /**
   * "At least maintained at these performance levels for the remainder of the period": every final level the
   * notice sets on a monthly indicator, from the day after its last date to the end of the notice, including
   * all looked after children allocated (100% by 31 March 2009) and all SEN statements in time (NI 103, 100%).
   */
  @Test
  void atLeastMaintainedCoversEveryFinalMonthlyLevel() throws java.io.IOException {
    Notice document = org.improvementnotice.model.language.NoticeLanguage.parse("surrey-2008.notice",
        NoticeDocumentsTest.load("surrey-2008"));
    Measure maintainLevels = document.measures().stream().filter(m -> m.id().value().equals("maintain-levels"))
        .findFirst().orElseThrow();
    assertThat(maintainLevels.decidableRequirements()).filteredOn(r -> r instanceof Maintain)
        .extracting(r -> {
          Maintain m = (Maintain) r;
          return m.indicator().value() + " " + m.threshold().comparison() + " " + m.threshold().value().toPlainString()
              + " from " + m.window().fromInclusive().orElseThrow() + " until " + m.window().untilInclusive();
        }).containsExactlyInAnyOrder(
            "NI 59 AT_LEAST 77 from 2010-04-01 until Optional.empty",
            "NI 60 AT_LEAST 90 from 2010-04-01 until Optional.empty",
            "NI 66 AT_LEAST 95 from 2010-04-01 until Optional.empty",
            "SW VACANCY AT_MOST 11 from 2010-04-01 until Optional.empty",
            "DUTY UNALLOCATED AT_MOST 0 from 2010-04-01 until Optional.empty",
            "LAC ALLOCATED AT_LEAST 100 from 2009-04-01 until Optional.empty",
            "NI 103 AT_LEAST 100 from 2009-04-01 until Optional.empty");
  }
}
