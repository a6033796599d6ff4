package org.improvementnotice.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.indicator.IndicatorCatalogue;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.RequirementForm;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.PeriodKind;
import org.improvementnotice.model.validation.DataValidator;
import org.improvementnotice.model.validation.NoticeValidator;
import org.improvementnotice.model.validation.Problem;

class TestkitProperties {

  @Property(tries = 200)
  void generatedNoticesPassValidation(@ForAll Notice notice) {
    assertThat(NoticeValidator.validate(notice)).filteredOn(Problem::isError).isEmpty();
  }

  @Property(tries = 50)
  void generatedDataPassesValidationAgainstItsNotice(@ForAll NoticeAndData pair) {
    assertThat(DataValidator.validate(pair.notice(), pair.data())).isEmpty();
  }

  @Provide
  Arbitrary<Notice> gapsOnly() {
    return NoticeArbitraries.notices().ofForms(RequirementForm.DATED_ACTION, RequirementForm.STAGED_TARGETS)
        .withMeasures(2, 3).withRequirementsPerMeasure(1);
  }

  @Property(tries = 100)
  void configurationRestrictsWhatIsGenerated(@ForAll("gapsOnly") Notice notice) {
    assertThat(notice.measures()).hasSizeBetween(2, 3);
    assertThat(notice.measures()).allSatisfy(m -> assertThat(m.requirements()).hasSize(1));
    assertThat(notice.measures()).flatExtracting(m -> m.requirements()).extracting(Requirement::form)
        .allMatch(f -> f == RequirementForm.DATED_ACTION || f == RequirementForm.STAGED_TARGETS);
  }

  @Property(tries = 100)
  void awkwardTextStillValidates(@ForAll("awkward") Notice notice) {
    assertThat(NoticeValidator.validate(notice)).filteredOn(Problem::isError).isEmpty();
  }

  @Provide
  Arbitrary<Notice> awkward() {
    return NoticeArbitraries.notices().withAwkwardText();
  }

  @Property(tries = 200)
  void everyFormCanBeGeneratedAlone(@ForAll RequirementForm form) {
    Requirement r = NoticeArbitraries.requirements(form).sample();
    assertThat(r.form()).isIn(form, RequirementForm.QUALITATIVE);
  }

  @Property(tries = 200)
  void periodsOfTheChosenKinds(@ForAll("quartersAndYears") Period period) {
    assertThat(period.kind()).isIn(PeriodKind.QUARTER, PeriodKind.FINANCIAL_YEAR);
  }

  @Provide
  Arbitrary<Period> quartersAndYears() {
    return NoticeArbitraries.periods().ofKinds(PeriodKind.QUARTER, PeriodKind.FINANCIAL_YEAR);
  }

  @Property(tries = 50)
  void seriesHaveOneFigurePerPeriodWithConsistentRatios(@ForAll("ni59Series") List<Observation> series) {
    assertThat(series).hasSize(24);
    assertThat(series).extracting(Observation::period).doesNotHaveDuplicates();
    assertThat(series).allSatisfy(o -> assertThat(o.ratio()).isPresent());
  }

  @Provide
  Arbitrary<List<Observation>> ni59Series() {
    return NoticeArbitraries.observationSeries(IndicatorCatalogue.standard().get("NI 59"));
  }

  @net.jqwik.api.Example
  void configurationMethodsReturnCopies() {
    NoticeArbitrary base = NoticeArbitraries.notices();
    NoticeArbitrary restricted = base.ofForms(RequirementForm.QUALITATIVE);
    assertThat(restricted).isNotSameAs(base);
    Notice fromBase = base.withMeasures(8, 8).sample();
    assertThat(fromBase.measures()).hasSize(8);
    assertThat(restricted.sample().measures()).flatExtracting(m -> m.requirements()).extracting(Requirement::form)
        .containsOnly(RequirementForm.QUALITATIVE);
  }
}
