package org.improvementnotice.benchmarks.reference;

/**
 * A deliberate fault the reference evaluator can be built with, one per semantic of DOMAIN.md's second edition,
 * each reading the text as the engine once did. It exists to show that the differential properties detect such a
 * fault ({@code ReferenceBreaksTest}); a reference built without breaks ({@link ReferenceEvaluator#ReferenceEvaluator()})
 * consults none.
 */
public enum Break {
  /** Without a baseline, the final target is the forecast's expectation, not the trajectory through the stages. */
  FORECAST_TO_FINAL_TARGET,
  /** The baseline's own figure counts as the latest observation of a forecast, so it is compared with itself. */
  FORECAST_FROM_BASELINE_ITSELF,
  /** A target relative to a benchmark is NOT_YET_DUE before its date, never forecast. */
  BENCHMARK_NOT_FORECAST,
  /** The final verdict is taken at the later of the last assessment and the end, without the publication lag. */
  FINAL_VERDICT_WITHOUT_LAG,
  /** A trend is TREND_DOWN when a run of worsening steps is found anywhere in the watch, not only at its end. */
  TREND_ANY_RUN,
  /** A trend's first step never starts from the last figure before the watch. */
  TREND_WITHOUT_FIGURE_BEFORE_WATCH,
  /** "Before" read as "by": done on the day is done. */
  BEFORE_READ_AS_BY,
  /** A deadline before the issue date read as the issue date: done between the two is done. */
  DEADLINE_BEFORE_ISSUE_AT_ISSUE,
  /** Figures of another period kind than their indicator's are accepted, not refused at their row. */
  FIGURES_OF_ANOTHER_KIND_ACCEPTED,
  /**
   * A figure published without a value is read as merely missing: under strict missing data a shortfall, and a
   * forecast, a baseline, a step or a run passes over it to an older figure.
   */
  WITHHELD_READ_AS_MISSING,
  /** A recurring action is decided as its first occurrence alone, a dated action, as if it did not recur. */
  RECURRING_AS_ITS_FIRST_OCCURRENCE,
  /** Every failure counts against the council, whoever bears the duty. */
  BEARER_IGNORED,
  /**
   * A notice that a later one supersedes keeps its own journey: its final verdict is taken at its end (with the
   * lag), not at the later one's issue date.
   */
  SUPERSESSION_IGNORED
}
