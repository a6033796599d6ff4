package org.improvementnotice.rules.facts;

import java.time.LocalDate;

/**
 * Form 16 prepared for the rules once at least one occurrence is due: the occurrences due so far, counted
 * against the completions recorded by the assessment date (the k-th completion in date order stands for the k-th
 * occurrence). While none is due, the first occurrence is prepared as an {@link ActionCase} instead. Immutable.
 *
 * @param requirementId the recurring action
 * @param due how many occurrences are due so far (their last day on time is before the assessment date), at least 1
 * @param overdue how many of them have no completion recorded by the assessment date
 * @param late how many of them were completed after their last day on time
 * @param firstOverdue the last day on time of the earliest occurrence with no completion, or null when none
 * @param firstLate the last day on time of the earliest occurrence completed late, or null when none
 */
public record RecurringCase(
    String requirementId, long due, long overdue, int late, LocalDate firstOverdue, LocalDate firstLate) {}
