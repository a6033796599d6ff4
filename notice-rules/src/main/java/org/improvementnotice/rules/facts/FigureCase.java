package org.improvementnotice.rules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.improvementnotice.model.requirement.RequirementForm;

/**
 * A figure to compare with a threshold at a due date (forms 1, 2 and their stages, 6, 9, 10), prepared for the
 * rules: the look-ups done (the figure for the period, the benchmark, the trajectory's expected value at the
 * latest observation) and nothing decided. Immutable; a null field means "not known".
 *
 * @param requirementId the requirement
 * @param form its form
 * @param asAt the assessment date
 * @param dueDate the last day of the period or the deadline; null when the deadline cannot be resolved
 * @param figure the figure judged (for the period, or the latest period ending on or before the deadline)
 * @param threshold the value to reach (for form 6 the benchmark for the judged period, and before it is due the
 *     latest benchmark of that period's kind known at the date); null when not known
 * @param atLeast whether the figure must be at least (true) or at most (false) the threshold
 * @param tolerance how far short of the threshold still shows amber, in the indicator's unit
 * @param strict whether missing data counts as a failure
 * @param forecastable whether the requirement has a trajectory to forecast along before it is due (forms 1-3, 6)
 * @param latest the latest observation at the assessment date, for a period after the baseline's, while the
 *     requirement is forecast; else null
 * @param expected the trajectory's expected value at the latest observation's period end; null without one
 */
public record FigureCase(
    String requirementId, RequirementForm form, LocalDate asAt, LocalDate dueDate, BigDecimal figure,
    BigDecimal threshold, boolean atLeast, BigDecimal tolerance, boolean strict, boolean forecastable,
    BigDecimal latest, BigDecimal expected) {}
