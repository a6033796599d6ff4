package org.improvementnotice.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.improvementnotice.model.AssessmentPoint;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.ActionEvidence;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.requirement.DatedAction;
import org.improvementnotice.model.requirement.RequirementForm;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.validation.DataValidator;
import org.improvementnotice.model.validation.NoticeValidator;
import org.improvementnotice.model.validation.Problem;

/**
 * The options that exercise DOMAIN.md's second edition generate what they say, and with them off the notices and
 * data still validate.
 */
class SecondEditionOptionsProperties {

  @Provide
  Arbitrary<Notice> actionsBeforeIssue() {
    return NoticeArbitraries.notices().ofForms(RequirementForm.DATED_ACTION).withDeadlinesBeforeIssue(1);
  }

  @Property(tries = 50)
  void deadlinesBeforeIssueFallBeforeTheIssueDate(@ForAll("actionsBeforeIssue") Notice notice) {
    assertThat(notice.decidableRequirements()).filteredOn(r -> r instanceof DatedAction)
        .allSatisfy(r -> assertThat(((DatedAction) r).deadline().resolve(notice.deadlineContext()))
            .hasValueSatisfying(d -> assertThat(d).isBefore(notice.issued().date())));
  }

  @Provide
  Arbitrary<Notice> strict() {
    return NoticeArbitraries.notices().ofForms(RequirementForm.DATED_ACTION, RequirementForm.THRESHOLD_BY_DATE)
        .withBeforeDeadlines(1);
  }

  @Property(tries = 50)
  void beforeDeadlinesAreStrictAndValidate(@ForAll("strict") Notice notice) {
    // A deadline on the issue date stays "by": before it, its last day on time would precede the notice.
    assertThat(notice.decidableRequirements()).flatExtracting(r -> r.dueBy().stream().toList())
        .filteredOn(d -> !d.isStrict())
        .allSatisfy(d -> assertThat(d.resolve(notice.deadlineContext())).hasValue(notice.issued().date()));
    assertThat(NoticeValidator.validate(notice)).filteredOn(Problem::isError).isEmpty();
  }

  /** An earlier notice and one drawn to supersede it. */
  record Succession(Notice earlier, Notice later) {}

  @Provide
  Arbitrary<Succession> successions() {
    return NoticeArbitraries.notices().flatMap(earlier -> NoticeArbitraries.notices().superseding(earlier)
        .map(later -> new Succession(earlier, later)));
  }

  @Property(tries = 50)
  void aSuccessorSupersedesTheEarlierNoticeAfterItsIssueAndValidates(@ForAll("successions") Succession s) {
    assertThat(s.later().supersedes()).hasValue(s.earlier().id());
    assertThat(s.later().id()).isNotEqualTo(s.earlier().id());
    assertThat(s.later().recipient()).isEqualTo(s.earlier().recipient());
    assertThat(s.later().issued().date()).isAfter(s.earlier().issued().date())
        .isBeforeOrEqualTo(s.earlier().issued().date().plusYears(3));
    assertThat(NoticeValidator.validate(s.later())).filteredOn(Problem::isError).isEmpty();
  }

  @Provide
  Arbitrary<Notice> withFinalReviews() {
    return NoticeArbitraries.notices().withFinalReviews(1);
  }

  @Property(tries = 50)
  void finalReviewsFallOnOrAfterTheEnd(@ForAll("withFinalReviews") Notice notice) {
    AssessmentPoint last = notice.schedule().points().get(notice.schedule().points().size() - 1);
    assertThat(last.name()).isEqualTo("final review");
    Optional<LocalDate> when = last.when().resolve(notice.deadlineContext());
    notice.end().ifPresent(end -> assertThat(when).hasValueSatisfying(w -> assertThat(w).isAfterOrEqualTo(end)));
    assertThat(NoticeValidator.validate(notice)).filteredOn(Problem::isError).isEmpty();
  }

  @Provide
  Arbitrary<NoticeAndData> fromIssue() {
    return Pairs.withData(NoticeArbitraries.notices(), d -> d.withSeriesFromIssue(1));
  }

  @Property(tries = 30)
  void seriesFromIssueHaveNoBaselineFigure(@ForAll("fromIssue") NoticeAndData pair) {
    LocalDate issue = pair.notice().issued().date();
    assertThat(pair.data().observations()).allSatisfy(o -> assertThat(o.period().endInclusive()).isAfter(issue));
    assertThat(DataValidator.validate(pair.notice(), pair.data())).isEmpty();
  }

  @Provide
  Arbitrary<NoticeAndData> worsening() {
    return Pairs.withData(NoticeArbitraries.notices(), d -> d.withWorseningRuns(1).withGaps(0).withRevisions(0));
  }

  @Property(tries = 30)
  void worseningRunsWorsenFourPeriodsInARow(@ForAll("worsening") NoticeAndData pair) {
    for (Indicator indicator : pair.notice().indicators()) {
      List<Observation> series = pair.data().observations().stream()
          .filter(o -> o.indicator().equals(indicator.id())).toList();
      int run = 0;
      int longest = 0;
      for (int i = 1; i < series.size(); i++) {
        boolean worse = !indicator.polarity().isBetter(series.get(i).value(), series.get(i - 1).value());
        run = worse ? run + 1 : 0;
        longest = Math.max(longest, run);
      }
      assertThat(longest).as("%s", series).isGreaterThanOrEqualTo(Math.min(3, series.size() - 1));
    }
    assertThat(DataValidator.validate(pair.notice(), pair.data())).isEmpty();
  }

  @Provide
  Arbitrary<NoticeAndData> otherKinds() {
    return Pairs.withData(NoticeArbitraries.notices(), d -> d.withFiguresOfAnotherKind(1));
  }

  /** Every indicator with any figure has one of another kind (a series the gaps emptied has nothing to copy). */
  @Property(tries = 30)
  void everyIndicatorHasAFigureOfAnotherKind(@ForAll("otherKinds") NoticeAndData pair) {
    for (Indicator indicator : pair.notice().indicators()) {
      List<Observation> series = pair.data().observations().stream()
          .filter(o -> o.indicator().equals(indicator.id())).toList();
      if (!series.isEmpty()) {
        assertThat(series).anySatisfy(o -> assertThat(o.period().kind()).isNotEqualTo(indicator.reportingPeriod()));
      }
    }
  }

  @Provide
  Arbitrary<NoticeAndData> evidenceBeforeIssue() {
    return Pairs.withData(NoticeArbitraries.notices().ofForms(RequirementForm.DATED_ACTION).withDeadlinesBeforeIssue(1),
        d -> d.withEvidenceBeforeIssue(1));
  }

  @Property(tries = 50)
  void evidenceMayBeCompletedBeforeTheIssueDate(@ForAll("evidenceBeforeIssue") NoticeAndData pair) {
    // Around a deadline 1 to 90 days before issue, 40 days either side: completion before issue is common.
    long before = pair.data().actions().stream().map(ActionEvidence::completed)
        .filter(d -> d.isBefore(pair.notice().issued().date())).count();
    net.jqwik.api.statistics.Statistics.collect(before > 0);
    net.jqwik.api.statistics.Statistics.coverage(c -> c.check(true).percentage(p -> p > 20));
  }

  @Provide
  Arbitrary<NoticeAndData> allWithheld() {
    return Pairs.withData(NoticeArbitraries.notices(), d -> d.withUnavailableFigures(1));
  }

  /**
   * With every figure withheld: no benchmark keeps a value; a council's figure keeps its values only when the
   * notice that it has none was published first (then the value wins), never before the period ended; every
   * notice names a DfE symbol and where it came from; the data still validates.
   */
  @Property(tries = 30)
  void withheldFiguresArePublishedWithoutAValue(@ForAll("allWithheld") NoticeAndData pair) {
    var data = pair.data();
    assertThat(data.benchmarks()).isEmpty();
    assertThat(data.unavailable()).allSatisfy(u -> {
      assertThat(u.published()).isAfter(u.period().endInclusive());
      assertThat(u.benchmark().isPresent() || u.symbol().isPresent()).isTrue();
      assertThat(u.source()).isNotBlank();
    });
    assertThat(data.observations()).allSatisfy(o -> assertThat(data.unavailable()).anySatisfy(u -> {
      assertThat(u.indicator()).isEqualTo(o.indicator());
      assertThat(u.period()).isEqualTo(o.period());
      assertThat(u.published()).isBeforeOrEqualTo(o.published());
    }));
    assertThat(DataValidator.validate(pair.notice(), pair.data())).isEmpty();
  }

  @Property(tries = 30)
  void withTheOptionsOffTheDataStillValidates(@ForAll NoticeAndData pair) {
    assertThat(pair.notice().decidableRequirements()).flatExtracting(r -> r.dueBy().stream().toList())
        .noneMatch(Deadline::isStrict);
    assertThat(pair.notice().decidableRequirements()).filteredOn(r -> r instanceof DatedAction)
        .allSatisfy(r -> ((DatedAction) r).deadline().resolve(pair.notice().deadlineContext())
            .ifPresent(d -> assertThat(d).isAfterOrEqualTo(pair.notice().issued().date())));
    assertThat(DataValidator.validate(pair.notice(), pair.data())).isEmpty();
  }

}
