package org.improvementnotice.model.requirement;

/** The fifteen forms of requirement, numbered as the domain notes number them. */
public enum RequirementForm {
  THRESHOLD_IN_PERIOD(1, "threshold in a period"),
  THRESHOLD_BY_DATE(2, "threshold by a date"),
  STAGED_TARGETS(3, "staged targets"),
  MAINTAIN(4, "maintain"),
  EVERY_PERIOD(5, "every period"),
  RELATIVE_TO_BENCHMARK(6, "relative to a benchmark"),
  RELATIVE_TO_BASELINE(7, "relative to a baseline"),
  DIRECTION_ONLY(8, "direction only"),
  AVERAGE_OVER_PERIOD(9, "average over a period"),
  GAP_BETWEEN_SERIES(10, "gap between two series"),
  TARGET_NOT_SET(11, "target not set"),
  DATED_ACTION(12, "dated action"),
  GOVERNANCE_CADENCE(13, "governance cadence"),
  QUALITATIVE(14, "qualitative measure"),
  TREND(15, "trend");

  private final int number;
  private final String title;

  RequirementForm(int number, String title) {
    this.number = number;
    this.title = title;
  }

  /** {@return the form's number, 1 to 15} */
  public int number() {
    return number;
  }

  /** {@return the form's name in words} */
  public String title() {
    return title;
  }
}
