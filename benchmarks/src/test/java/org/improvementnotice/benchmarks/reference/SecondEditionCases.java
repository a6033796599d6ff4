package org.improvementnotice.benchmarks.reference;

import static org.improvementnotice.model.requirement.RequirementForm.DATED_ACTION;
import static org.improvementnotice.model.requirement.RequirementForm.GAP_BETWEEN_SERIES;
import static org.improvementnotice.model.requirement.RequirementForm.GOVERNANCE_CADENCE;
import static org.improvementnotice.model.requirement.RequirementForm.RECURRING_ACTION;
import static org.improvementnotice.model.requirement.RequirementForm.RELATIVE_TO_BENCHMARK;
import static org.improvementnotice.model.requirement.RequirementForm.STAGED_TARGETS;
import static org.improvementnotice.model.requirement.RequirementForm.THRESHOLD_BY_DATE;
import static org.improvementnotice.model.requirement.RequirementForm.THRESHOLD_IN_PERIOD;
import static org.improvementnotice.model.requirement.RequirementForm.TREND;

import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitrary;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.requirement.RequirementForm;
import org.improvementnotice.testkit.NoticeAndData;
import org.improvementnotice.testkit.NoticeArbitraries;
import org.improvementnotice.testkit.NoticeArbitrary;
import org.improvementnotice.testkit.PerformanceDataArbitrary;

/**
 * The generated notices and data that exercise each semantic of DOMAIN.md's second edition, one per
 * {@link Break} (the fault that reads that semantic the old way), and all of them at once. Shared by the
 * differential properties and {@code ReferenceBreaksTest}.
 */
final class SecondEditionCases {
  private SecondEditionCases() {}

  /** The share of targets' deadlines at the notice's end or a named event, as the old properties have it. */
  static final double EVENT_DEADLINES = 0.15;

  /** Notices of all forms and their data under the testkit's defaults (none of the second edition's options). */
  static Arbitrary<NoticeAndData> firstEdition() {
    return cases(RequirementForm.values(), n -> n, d -> d);
  }

  /** Every option of the second edition but figures of another kind (which stop evaluation), all forms. */
  static Arbitrary<NoticeAndData> secondEdition() {
    return cases(RequirementForm.values(),
        n -> n.withDeadlinesBeforeIssue(0.2).withBeforeDeadlines(0.2).withFinalReviews(0.3),
        d -> d.withSeriesFromIssue(0.4).withWorseningRuns(0.4).withEvidenceBeforeIssue(0.5)
            .withUnavailableFigures(0.1));
  }

  /** The cases that exercise the semantic the fault breaks. */
  static Arbitrary<NoticeAndData> exercising(Break fault) {
    return switch (fault) {
      case FORECAST_TO_FINAL_TARGET -> cases(forms(THRESHOLD_IN_PERIOD, THRESHOLD_BY_DATE, STAGED_TARGETS),
          n -> n, d -> d.withSeriesFromIssue(0.7));
      case FORECAST_FROM_BASELINE_ITSELF -> cases(forms(THRESHOLD_IN_PERIOD, THRESHOLD_BY_DATE, STAGED_TARGETS,
          RELATIVE_TO_BENCHMARK), n -> n, d -> d);
      case BENCHMARK_NOT_FORECAST -> cases(forms(RELATIVE_TO_BENCHMARK), n -> n, d -> d.withSeriesFromIssue(0.3));
      case FINAL_VERDICT_WITHOUT_LAG -> cases(RequirementForm.values(), n -> n.withFinalReviews(0.3), d -> d);
      case TREND_ANY_RUN, TREND_WITHOUT_FIGURE_BEFORE_WATCH -> cases(forms(TREND), n -> n,
          d -> d.withWorseningRuns(0.8));
      case BEFORE_READ_AS_BY -> cases(forms(THRESHOLD_BY_DATE, RELATIVE_TO_BENCHMARK, GAP_BETWEEN_SERIES,
          DATED_ACTION), n -> n.withBeforeDeadlines(0.6), d -> d.withSeveralEvidence(0.5));
      case DEADLINE_BEFORE_ISSUE_AT_ISSUE -> cases(forms(DATED_ACTION), n -> n.withDeadlinesBeforeIssue(0.6),
          d -> d.withEvidenceBeforeIssue(0.6));
      case FIGURES_OF_ANOTHER_KIND_ACCEPTED -> cases(RequirementForm.values(), n -> n,
          d -> d.withFiguresOfAnotherKind(0.3));
      case WITHHELD_READ_AS_MISSING -> cases(RequirementForm.values(), n -> n, d -> d.withUnavailableFigures(0.3));
      case BEARER_IGNORED -> cases(forms(DATED_ACTION, RECURRING_ACTION, GOVERNANCE_CADENCE), n -> n, d -> d);
      case RECURRING_AS_ITS_FIRST_OCCURRENCE -> cases(forms(RECURRING_ACTION), n -> n.withBeforeDeadlines(0.3),
          d -> d);
      case SUPERSESSION_IGNORED -> secondEdition();
    };
  }

  /** Whether the fault shows only in a superseded notice's journey (compared by {@link Differential#compareJourney}). */
  static boolean inASupersededJourney(Break fault) {
    return fault == Break.SUPERSESSION_IGNORED;
  }

  /** Notices superseding the earlier one, of one or two measures, as the testkit draws them. */
  static Arbitrary<Notice> successorsOf(Notice earlier) {
    return NoticeArbitraries.notices().withMeasures(1, 2).superseding(earlier);
  }

  /** Whether the fault shows in the final verdict (compared by {@link Differential#compareFinal}). */
  static boolean inTheFinalVerdict(Break fault) {
    return fault == Break.FINAL_VERDICT_WITHOUT_LAG;
  }

  private static RequirementForm[] forms(RequirementForm... forms) {
    return forms;
  }

  private static Arbitrary<NoticeAndData> cases(RequirementForm[] forms, UnaryOperator<NoticeArbitrary> notices,
      UnaryOperator<PerformanceDataArbitrary> data) {
    return notices.apply(NoticeArbitraries.notices().ofForms(forms).withEventDeadlines(EVENT_DEADLINES))
        .flatMap(n -> data.apply(NoticeArbitraries.performanceData(n).withOtherChairs(0.1))
            .map(d -> new NoticeAndData(n, d)))
        .withoutEdgeCases();
  }
}
