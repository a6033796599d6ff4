package org.improvementnotice.model.requirement;

/** The sixteen forms of requirement, numbered as the domain notes number them. */
public enum RequirementForm {
  /** Form 1: at least or at most a value for one period ({@link ThresholdInPeriod}). */
  THRESHOLD_IN_PERIOD(1, "threshold in a period"),
  /** Form 2: at least or at most a value by a date ({@link ThresholdByDate}). */
  THRESHOLD_BY_DATE(2, "threshold by a date"),
  /** Form 3: successive thresholds on one indicator, each stage decided on its own ({@link StagedTargets}). */
  STAGED_TARGETS(3, "staged targets"),
  /** Form 4: a level held in every period from a date to the end ({@link Maintain}). */
  MAINTAIN(4, "maintain"),
  /** Form 5: a threshold breached as soon as one period falls short ({@link EveryPeriod}). */
  EVERY_PERIOD(5, "every period"),
  /** Form 6: the benchmark for the same period as the threshold ({@link RelativeToBenchmark}). */
  RELATIVE_TO_BENCHMARK(6, "relative to a benchmark"),
  /** Form 7: the level at issue, or a stated baseline, as the threshold ({@link RelativeToBaseline}). */
  RELATIVE_TO_BASELINE(7, "relative to a baseline"),
  /** Form 8: to improve on the baseline, or to minimise, with no number to reach ({@link DirectionOnly}). */
  DIRECTION_ONLY(8, "direction only"),
  /** Form 9: an average over a period, by numerator and denominator where known ({@link AverageOverPeriod}). */
  AVERAGE_OVER_PERIOD(9, "average over a period"),
  /** Form 10: the gap between two series, in percentage points ({@link GapBetweenSeries}). */
  GAP_BETWEEN_SERIES(10, "gap between two series"),
  /** Form 11: an indicator whose target is still to be set: never met, never missed ({@link TargetNotSet}). */
  TARGET_NOT_SET(11, "target not set"),
  /** Form 12: something to be done by a deadline ({@link DatedAction}). */
  DATED_ACTION(12, "dated action"),
  /** Form 13: a body that must meet at a cadence, with its chair and attendance ({@link GovernanceCadence}). */
  GOVERNANCE_CADENCE(13, "governance cadence"),
  /** Form 14: a measure no number can decide, reported with its evidence ({@link QualitativeMeasure}). */
  QUALITATIVE(14, "qualitative measure"),
  /** Form 15: a watch for a sustained downward trend ({@link SustainedTrend}). */
  TREND(15, "trend"),
  /** Form 16: something to be done by a first deadline and again at a cadence ({@link RecurringAction}). */
  RECURRING_ACTION(16, "recurring action");

  private final int number;
  private final String title;

  RequirementForm(int number, String title) {
    this.number = number;
    this.title = title;
  }

  /** {@return the form's number, 1 to 16} */
  public int number() {
    return number;
  }

  /** {@return the form's name in words} */
  public String title() {
    return title;
  }
}
