package org.improvementnotice.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.ActionEvidence;
import org.improvementnotice.model.data.MeetingRecord;
import org.improvementnotice.model.language.NoticeLanguage;
import org.improvementnotice.model.requirement.DatedAction;
import org.improvementnotice.model.requirement.Due;
import org.improvementnotice.model.requirement.GapBetweenSeries;
import org.improvementnotice.model.requirement.RelativeToBenchmark;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.RequirementForm;
import org.improvementnotice.model.requirement.StagedTargets;
import org.improvementnotice.model.requirement.ThresholdByDate;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.validation.DataValidator;
import org.improvementnotice.model.validation.NoticeValidator;
import org.improvementnotice.model.validation.Problem;

/**
 * Notices without a term, deadlines at events neither the calendar nor the schedule has, meetings recording the
 * events deadlines name, and several pieces of evidence for one action: generated valid, read back by the notice
 * language, and doing what their settings say.
 */
class UnresolvedDeadlineProperties {

  private static final List<RequirementForm> DEADLINE_FORMS = List.of(RequirementForm.THRESHOLD_BY_DATE,
      RequirementForm.STAGED_TARGETS, RequirementForm.RELATIVE_TO_BENCHMARK, RequirementForm.GAP_BETWEEN_SERIES,
      RequirementForm.DATED_ACTION);

  @Provide
  Arbitrary<Notice> everyDeadlineAtAnUnscheduledEvent() {
    return NoticeArbitraries.notices().ofForms(DEADLINE_FORMS.toArray(new RequirementForm[0]))
        .withoutTerm(1).withEventDeadlines(1).withUnscheduledEvents(1).withAwkwardText();
  }

  @Provide
  Arbitrary<NoticeAndData> labelledAndSeveral() {
    return Pairs.withData(NoticeArbitraries.notices().ofForms(DEADLINE_FORMS.toArray(new RequirementForm[0]))
        .withEventDeadlines(1), d -> d.withLabelledMeetings(1).withSeveralEvidence(1));
  }

  @Property(tries = 100)
  void noticesWithoutATermAndWithUnscheduledEventsAreValidAndReadBack(
      @ForAll("everyDeadlineAtAnUnscheduledEvent") Notice notice) {
    assertThat(notice.term()).isEmpty();
    assertThat(NoticeValidator.validate(notice)).filteredOn(Problem::isError).isEmpty();
    String text = NoticeLanguage.print(notice);
    assertThat(NoticeLanguage.parse("generated.notice", text)).as(text).isEqualTo(notice);
  }

  @Property(tries = 100)
  void targetsDeadlinesAreAtTheEndOrAnEventThatDoesNotResolve(
      @ForAll("everyDeadlineAtAnUnscheduledEvent") Notice notice) {
    for (Requirement r : notice.measures().stream().flatMap(m -> m.requirements().stream()).toList()) {
      if (r instanceof StagedTargets s) {
        assertThat(s.decidable()).as("%s", r).filteredOn(stage -> stage.dueBy().orElse(null)
            instanceof Deadline.AtEvent).hasSize(1);
      } else if (r instanceof ThresholdByDate || r.dueBy().isPresent() && !(r instanceof DatedAction)) {
        assertThat(r.dueBy()).as("%s", r).get()
            .isInstanceOfAny(Deadline.AtEvent.class, Deadline.EndOfNotice.class);
      }
    }
    for (Requirement r : notice.decidableRequirements()) {
      r.dueBy().filter(d -> d instanceof Deadline.AtEvent || d instanceof Deadline.EndOfNotice)
          .ifPresent(d -> assertThat(d.resolve(notice.deadlineContext())).as("%s", r).isEmpty());
    }
  }

  @Property(tries = 50)
  void meetingsRecordTheEventsDeadlinesNameAndActionsHaveSeveralPieces(
      @ForAll("labelledAndSeveral") NoticeAndData pair) {
    Notice notice = pair.notice();
    assertThat(DataValidator.validate(notice, pair.data())).isEmpty();
    List<String> labels = pair.data().meetings().stream().flatMap(m -> m.label().stream())
        .map(UnresolvedDeadlineProperties::key).toList();
    List<String> named = notice.decidableRequirements().stream().flatMap(r -> r.dueBy().stream())
        .filter(d -> d instanceof Deadline.AtEvent).map(d -> key(((Deadline.AtEvent) d).event())).distinct().toList();
    assertThat(labels).doesNotHaveDuplicates();
    if (pair.data().meetings().size() >= named.size()) {
      assertThat(labels).containsExactlyInAnyOrderElementsOf(named);
    }
    for (ActionEvidence e : pair.data().actions()) {
      assertThat(pair.data().actions()).filteredOn(x -> x.action().equals(e.action())).hasSizeBetween(2, 3);
    }
  }

  @Example
  void byDefaultSomeNoticesHaveNoEndAndSomeDeadlinesStayUnresolved() {
    NoticeArbitrary notices = NoticeArbitraries.notices().ofForms(DEADLINE_FORMS.toArray(new RequirementForm[0]));
    List<Notice> sample = notices.sampleStream().limit(300).toList();
    assertThat(sample).anyMatch(n -> n.end().isEmpty()).anyMatch(n -> n.end().isPresent());
    assertThat(sample).anyMatch(n -> n.decidableRequirements().stream()
        .anyMatch(r -> r.dueBy().flatMap(d -> d.resolve(n.deadlineContext())).isEmpty()
            && r.dueBy().isPresent()));
  }

  @Example
  void noLabelsAndOnePieceOfEvidenceWhenSetToNone() {
    Notice notice = NoticeArbitraries.notices().ofForms(RequirementForm.DATED_ACTION).withEventDeadlines(1)
        .withMeasures(4, 4).sample();
    NoticeArbitraries.performanceData(notice).withLabelledMeetings(0).withSeveralEvidence(0).sampleStream().limit(20)
        .forEach(data -> {
          assertThat(data.meetings()).extracting(MeetingRecord::label).containsOnly(Optional.empty());
          assertThat(data.actions()).extracting(ActionEvidence::action).doesNotHaveDuplicates();
        });
  }

  private static String key(String event) {
    return event.strip().toLowerCase(Locale.ROOT);
  }

}
