package org.improvementnotice.alerts;

import static java.util.Objects.requireNonNull;

import org.improvementnotice.model.time.WorkingDayCalendar;
import org.improvementnotice.model.time.WorkingDayCount;

/**
 * The choices behind case-level alerts, each with a documented default ({@link #defaults()}). Immutable and
 * thread-safe; change one setting with the {@code with...} methods, which return a modified copy.
 *
 * @param dueSoonWorkingDays an open assessment whose due date is this many working days away or fewer (0 = no
 *     working day left) is due soon (default {@value #DEFAULT_DUE_SOON_WORKING_DAYS})
 * @param planWarningDays a child protection plan is approaching two years from this many calendar days before
 *     its second anniversary (default {@value #DEFAULT_PLAN_WARNING_DAYS}, eight weeks)
 * @param unallocatedDays an open case unallocated for more than this many calendar days raises an alert
 *     (default {@value #DEFAULT_UNALLOCATED_DAYS}, as the {@code UNALLOCATED 28D} indicator counts)
 * @param initialAssessmentWorkingDays the initial assessment timescale in working days from the referral
 *     (default {@value #DEFAULT_INITIAL_ASSESSMENT_WORKING_DAYS}, NI 59; 10 for Working Together 2010)
 * @param coreAssessmentWorkingDays the core assessment timescale in working days from commencement (default
 *     {@value #DEFAULT_CORE_ASSESSMENT_WORKING_DAYS}, NI 60)
 * @param workingDayCount how working days are counted from the referral or commencement (default
 *     {@link WorkingDayCount#START_DAY_EXCLUDED}, as the indicators count)
 * @param calendar the working days (default {@link WorkingDayCalendar#englandAndWales()})
 */
public record AlertSettings(
    int dueSoonWorkingDays, int planWarningDays, int unallocatedDays, int initialAssessmentWorkingDays,
    int coreAssessmentWorkingDays, WorkingDayCount workingDayCount, WorkingDayCalendar calendar) {

  /** The default due-soon window: 2 working days. */
  public static final int DEFAULT_DUE_SOON_WORKING_DAYS = 2;
  /** The default plan warning: 56 days (8 weeks) before the second anniversary. */
  public static final int DEFAULT_PLAN_WARNING_DAYS = 56;
  /** The default unallocated threshold: more than 28 days. */
  public static final int DEFAULT_UNALLOCATED_DAYS = 28;
  /** The default initial assessment timescale: 7 working days (NI 59). */
  public static final int DEFAULT_INITIAL_ASSESSMENT_WORKING_DAYS = 7;
  /** The Working Together 2010 initial assessment timescale: 10 working days. */
  public static final int WORKING_TOGETHER_2010_INITIAL_ASSESSMENT_WORKING_DAYS = 10;
  /** The default core assessment timescale: 35 working days (NI 60). */
  public static final int DEFAULT_CORE_ASSESSMENT_WORKING_DAYS = 35;

  /**
   * Checks the settings, as the type's documentation says of each component.
   *
   * @param dueSoonWorkingDays the due-soon window in working days, 0 or more
   * @param planWarningDays the plan warning in calendar days before the second anniversary, 0 or more
   * @param unallocatedDays the unallocated threshold in calendar days, 0 or more
   * @param initialAssessmentWorkingDays the initial assessment timescale in working days, 1 or more
   * @param coreAssessmentWorkingDays the core assessment timescale in working days, 1 or more
   * @param workingDayCount how working days are counted from the referral or commencement
   * @param calendar the working days
   * @throws IllegalArgumentException if a window or threshold is negative or a timescale is less than 1
   */
  public AlertSettings {
    requireNonNull(workingDayCount, "workingDayCount");
    requireNonNull(calendar, "calendar");
    notNegative("due-soon window", dueSoonWorkingDays);
    notNegative("plan warning", planWarningDays);
    notNegative("unallocated threshold", unallocatedDays);
    if (initialAssessmentWorkingDays < 1 || coreAssessmentWorkingDays < 1) {
      throw new IllegalArgumentException(String.format(
          "Assessment timescales must be at least 1 working day, were %d (initial) and %d (core)",
          initialAssessmentWorkingDays, coreAssessmentWorkingDays));
    }
  }

  private static void notNegative(String what, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(String.format("The %s must not be negative, was %d", what, value));
    }
  }

  /** {@return the defaults, as documented on each component} */
  public static AlertSettings defaults() {
    return new AlertSettings(DEFAULT_DUE_SOON_WORKING_DAYS, DEFAULT_PLAN_WARNING_DAYS, DEFAULT_UNALLOCATED_DAYS,
        DEFAULT_INITIAL_ASSESSMENT_WORKING_DAYS, DEFAULT_CORE_ASSESSMENT_WORKING_DAYS,
        WorkingDayCount.START_DAY_EXCLUDED, WorkingDayCalendar.englandAndWales());
  }

  /**
   * {@return a copy with another due-soon window, in working days}
   *
   * @param value the working days left (0 = none) at or under which an open assessment is due soon
   * @throws IllegalArgumentException if the value is negative
   */
  public AlertSettings withDueSoonWorkingDays(int value) {
    return new AlertSettings(value, planWarningDays, unallocatedDays, initialAssessmentWorkingDays,
        coreAssessmentWorkingDays, workingDayCount, calendar);
  }

  /**
   * {@return a copy with another plan warning, in calendar days before the second anniversary}
   *
   * @param value the calendar days before a plan's second anniversary from which it is approaching two years
   * @throws IllegalArgumentException if the value is negative
   */
  public AlertSettings withPlanWarningDays(int value) {
    return new AlertSettings(dueSoonWorkingDays, value, unallocatedDays, initialAssessmentWorkingDays,
        coreAssessmentWorkingDays, workingDayCount, calendar);
  }

  /**
   * {@return a copy with another unallocated threshold, in calendar days}
   *
   * @param value the calendar days an open case may stay unallocated before it raises an alert
   * @throws IllegalArgumentException if the value is negative
   */
  public AlertSettings withUnallocatedDays(int value) {
    return new AlertSettings(dueSoonWorkingDays, planWarningDays, value, initialAssessmentWorkingDays,
        coreAssessmentWorkingDays, workingDayCount, calendar);
  }

  /**
   * {@return a copy with another initial assessment timescale, in working days (10 for Working Together 2010)}
   *
   * @param value the working days from the referral, for example
   *     {@link #WORKING_TOGETHER_2010_INITIAL_ASSESSMENT_WORKING_DAYS}
   * @throws IllegalArgumentException if the value is less than 1
   */
  public AlertSettings withInitialAssessmentWorkingDays(int value) {
    return new AlertSettings(dueSoonWorkingDays, planWarningDays, unallocatedDays, value, coreAssessmentWorkingDays,
        workingDayCount, calendar);
  }

  /**
   * {@return a copy with another core assessment timescale, in working days}
   *
   * @param value the working days from commencement
   * @throws IllegalArgumentException if the value is less than 1
   */
  public AlertSettings withCoreAssessmentWorkingDays(int value) {
    return new AlertSettings(dueSoonWorkingDays, planWarningDays, unallocatedDays, initialAssessmentWorkingDays,
        value, workingDayCount, calendar);
  }

  /**
   * {@return a copy with another working-day counting convention}
   *
   * @param value whether the referral or commencement day itself counts as a working day
   */
  public AlertSettings withWorkingDayCount(WorkingDayCount value) {
    return new AlertSettings(dueSoonWorkingDays, planWarningDays, unallocatedDays, initialAssessmentWorkingDays,
        coreAssessmentWorkingDays, value, calendar);
  }

  /**
   * {@return a copy with another working-day calendar}
   *
   * @param value the working days; its range bounds the dates the engine accepts
   */
  public AlertSettings withCalendar(WorkingDayCalendar value) {
    return new AlertSettings(dueSoonWorkingDays, planWarningDays, unallocatedDays, initialAssessmentWorkingDays,
        coreAssessmentWorkingDays, workingDayCount, value);
  }
}
