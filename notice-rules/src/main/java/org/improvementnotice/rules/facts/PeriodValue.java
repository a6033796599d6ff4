package org.improvementnotice.rules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One period's figure inside a prepared series (held in a list inside one fact, never a fact of its own).
 * Immutable.
 *
 * @param period the period in canonical form
 * @param end its last day
 * @param value the figure, or null when the period has no figure at the assessment date
 */
public record PeriodValue(String period, LocalDate end, BigDecimal value) {}
