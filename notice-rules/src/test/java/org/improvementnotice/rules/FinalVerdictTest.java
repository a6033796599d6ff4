package org.improvementnotice.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.improvementnotice.model.AssessmentPoint;
import org.improvementnotice.model.AssessmentSchedule;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.Term;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.requirement.DatedAction;
import org.improvementnotice.model.requirement.Due;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.StagedTargets;
import org.improvementnotice.model.requirement.ThresholdByDate;
import org.improvementnotice.model.requirement.ThresholdInPeriod;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.time.DeadlineContext;
import org.improvementnotice.testkit.NoticeAndData;
import org.improvementnotice.testkit.NoticeArbitraries;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md "The final verdict": taken as at the later of the last scheduled assessment and the end plus the
 * publication lag; everything due by the end is decided then; a schedule point on or after the end is that verdict.
 */
class FinalVerdictTest {
  private static final Notice SURREY = Surrey.notice();
  private static final PerformanceData DATA = Surrey.data();
  private static final Set<Status> OPEN = Set.of(Status.NOT_YET_DUE, Status.ON_TRACK, Status.AT_RISK,
      Status.OFF_TRACK, Status.DUE_SOON);

  @Test
  void theFinalVerdictIsTakenAMonthAfterTheEndByDefault() {
    // Surrey's term ends 2010-09-30, which is also its last quarterly assessment.
    assertThat(Fixtures.ENGINE.finalVerdictDate(SURREY)).contains(LocalDate.of(2010, 10, 30));
    ComplianceEngine quick = Fixtures.ENGINE.withSettings(Settings.builder().publicationLag(Period.ofDays(1)).build());
    assertThat(quick.finalVerdictDate(SURREY)).contains(LocalDate.of(2010, 10, 1));
  }

  @Test
  void aLaterScheduledAssessmentIsTheFinalVerdictsDate() {
    Notice late = Surrey.notice(SURREY.term(), new AssessmentSchedule(Optional.empty(), Optional.empty(),
        List.of(new AssessmentPoint("final review", Deadline.endOf(YearMonth.of(2011, 1))))));
    assertThat(Fixtures.ENGINE.finalVerdictDate(late)).contains(LocalDate.of(2011, 1, 31));
    assertThat(Fixtures.ENGINE.evaluateSchedule(late, DATA)).singleElement().satisfies(r -> {
      assertThat(r.asAt()).isEqualTo(LocalDate.of(2011, 1, 31));
      assertThat(r.assessment()).contains("final review");
      assertThat(r.isFinal()).isTrue();
    });
  }

  @Test
  void theJourneyEndsWithTheFinalVerdictInPlaceOfThePointAtTheEnd() {
    List<ComplianceReport> journey = Fixtures.ENGINE.evaluateSchedule(SURREY, DATA);
    assertThat(journey).extracting(ComplianceReport::asAt).endsWith(LocalDate.of(2010, 7, 31),
        LocalDate.of(2010, 10, 30));
    assertThat(journey).extracting(ComplianceReport::isFinal).containsOnlyOnce(true).last().isEqualTo(true);
    assertThat(journey.get(journey.size() - 1).assessment()).contains("assessment 2010-09");
  }

  @Test
  void aTargetDueOnTheLastDayIsOpenOnThatDayAndDecidedInTheFinalVerdict() {
    // ni59.2 is due by 31 March 2010; move the notice's end onto that day.
    Notice ending = Surrey.notice(Optional.of(new Term.Until(LocalDate.of(2010, 3, 31))),
        new AssessmentSchedule(Optional.empty(), Optional.empty(), List.of()));
    ComplianceReport onTheDay = Fixtures.ENGINE.evaluate(ending, DATA, LocalDate.of(2010, 3, 31));
    assertThat(onTheDay.finding("ni59.2").orElseThrow().status()).isIn(OPEN);
    ComplianceReport last = Fixtures.ENGINE.finalVerdict(ending, DATA).orElseThrow();
    assertThat(last.asAt()).isEqualTo(LocalDate.of(2010, 4, 30));
    assertThat(last.assessment()).contains(ComplianceEngine.FINAL_VERDICT);
    assertThat(last.finding("ni59.2").orElseThrow().status()).isIn(Status.MET, Status.MISSED);
    assertThat(Fixtures.ENGINE.evaluateSchedule(ending, DATA)).containsExactly(last);
  }

  @Test
  void aNoticeWithoutAnEndHasNoFinalVerdict() {
    Notice open = Surrey.notice(Optional.empty(), SURREY.schedule());
    assertThat(Fixtures.ENGINE.finalVerdictDate(open)).isEmpty();
    assertThat(Fixtures.ENGINE.finalVerdict(open, DATA)).isEmpty();
    assertThat(Fixtures.ENGINE.evaluateSchedule(open, DATA)).noneMatch(ComplianceReport::isFinal).hasSize(8);
  }

  @Test
  void aPublicationLagOfNothingOrLessIsRefused() {
    assertThatThrownBy(() -> Settings.builder().publicationLag(Period.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one day");
    assertThatThrownBy(() -> Settings.builder().publicationLag(Period.of(0, 1, -3)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P1M-3D");
    assertThat(Settings.defaults().publicationLag()).isEqualTo(Period.ofMonths(1));
  }

  /** At the final verdict, nothing due on or before the end is still open. */
  @Property(tries = 150)
  void nothingDueByTheEndIsOpenAtTheFinalVerdict(@ForAll("noticesWithData") NoticeAndData pair) {
    Notice notice = pair.notice();
    Optional<ComplianceReport> last = Fixtures.ENGINE.finalVerdict(notice, pair.data());
    assertThat(last.isPresent()).isEqualTo(notice.end().isPresent());
    last.ifPresent(report -> {
      assertThat(report.isFinal()).isTrue();
      LocalDate end = notice.end().orElseThrow();
      DeadlineContext context = notice.deadlineContext();
      for (Finding f : report.findings()) {
        Optional<LocalDate> due = dueDate(notice, f, context);
        if (due.isPresent() && !due.get().isAfter(end)) {
          assertThat(f.status()).as("%s due %s, notice ending %s", f.requirement(), due.get(), end).isNotIn(OPEN);
        }
      }
    });
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<NoticeAndData> noticesWithData() {
    return NoticeArbitraries.noticesWithData();
  }

  /** The day a finding's requirement falls due, where it has one: a deadline, or a period's last day. */
  private static Optional<LocalDate> dueDate(Notice notice, Finding f, DeadlineContext context) {
    for (var measure : notice.measures()) {
      for (Requirement r : measure.requirements()) {
        if (r instanceof DatedAction a && a.id().equals(f.requirement())) {
          return a.deadline().resolve(context);
        }
        if (r instanceof ThresholdByDate t && t.id().equals(f.requirement())) {
          return t.deadline().resolve(context);
        }
        if (r instanceof ThresholdInPeriod t && t.id().equals(f.requirement())) {
          return Optional.of(t.period().endInclusive());
        }
        if (r instanceof StagedTargets s) {
          for (int i = 0; i < s.stages().size(); i++) {
            if (f.requirement().value().equals(s.id().value() + "." + (i + 1))) {
              Due due = s.stages().get(i).due();
              return due instanceof Due.InPeriod p ? Optional.of(p.period().endInclusive())
                  : ((Due.ByDeadline) due).deadline().resolve(context);
            }
          }
        }
      }
    }
    return Optional.empty();
  }
}
