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
 * @param unavailable with no figure, why it was published without a value (its symbol, reason and source, as
 *     known at the assessment date); null when the period simply has no figure
 */
public record PeriodValue(String period, LocalDate end, BigDecimal value, String unavailable) {
  /**
   * A period with a figure, or with none and no notice of why.
   *
   * @param period the period in canonical form
   * @param end its last day
   * @param value the figure, or null when the period has no figure at the assessment date
   */
  public PeriodValue(String period, LocalDate end, BigDecimal value) {
    this(period, end, value, null);
  }
}
