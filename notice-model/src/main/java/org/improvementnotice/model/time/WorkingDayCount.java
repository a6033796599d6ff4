package org.improvementnotice.model.time;

/**
 * How "within N working days of" counts: whether the day of the starting event (the referral, the
 * commencement) is itself a working day of the count.
 */
public enum WorkingDayCount {
  /**
   * The default. The day of the event is day 0; the first working day after it is day 1. An initial
   * assessment completed on the 7th working day after the referral is within 7 working days. This is how
   * the DCSF and DfE definitions of NI 59 and NI 60 count.
   */
  START_DAY_EXCLUDED,
  /**
   * The day of the event, when it is a working day, is day 1. Stricter by one day: the same assessment is
   * on the 8th working day.
   */
  START_DAY_INCLUDED
}
