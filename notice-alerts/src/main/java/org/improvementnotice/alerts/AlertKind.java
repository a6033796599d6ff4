package org.improvementnotice.alerts;

/**
 * What a case-level alert warns of. The closed set, in the order alerts are listed; each kind is raised by one
 * rule, named in {@link Alert#rule()}.
 */
public enum AlertKind {
  /** An open initial assessment whose due date (the timescale's last working day) is within the due-soon window. */
  INITIAL_ASSESSMENT_DUE_SOON,
  /** An open initial assessment past its timescale: completing it now would count as late. */
  INITIAL_ASSESSMENT_OUT_OF_TIMESCALE,
  /** An open core assessment whose due date is within the due-soon window. */
  CORE_ASSESSMENT_DUE_SOON,
  /** An open core assessment past its timescale. */
  CORE_ASSESSMENT_OUT_OF_TIMESCALE,
  /** An open case with no allocated social worker for more than the unallocated threshold (28 days by default). */
  UNALLOCATED_OVER_28_DAYS,
  /** An open child protection plan within the warning (8 weeks by default) of its second anniversary. */
  PLAN_APPROACHING_TWO_YEARS
}
