package org.improvementnotice.rules.facts;

import java.time.LocalDate;

/**
 * Form 12 prepared for the rules: a dated action at the assessment date. Immutable.
 *
 * @param requirementId the action
 * @param asAt the assessment date
 * @param deadline the last day on time, or null while it cannot be resolved
 * @param completed when it was done (as recorded by the assessment date), or null
 * @param daysToDeadline days from the assessment date to the deadline, or null when unresolved
 * @param dueSoonDays the due-soon window in days
 */
public record ActionCase(
    String requirementId, LocalDate asAt, LocalDate deadline, LocalDate completed, Long daysToDeadline, int dueSoonDays) {}
