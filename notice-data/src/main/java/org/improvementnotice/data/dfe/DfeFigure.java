package org.improvementnotice.data.dfe;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.improvementnotice.model.time.Period;

/**
 * One published figure of an indicator for an area and period, as read: its value, or why there is none
 * (a symbol in its cell, a suppressed numerator of a computed rate, a missing population estimate); its
 * numerator and denominator where published; where it was read; and the date it is taken to have been
 * published. Immutable and thread-safe.
 *
 * @param indicator the mapping it was read by
 * @param area what it is of
 * @param name the area's name in the row ("Kent", "South East", "England")
 * @param year the year its {@code time_period} ends in
 * @param period the model's period it is for
 * @param value the value, in the indicator's unit, if there is one
 * @param numerator the numerator, if published
 * @param denominator the denominator, if published
 * @param unavailable why there is no value (or, with a value, why there is no numerator or denominator)
 * @param file the file it was read from
 * @param line the line of its row
 * @param published the date it is taken to have been published (assumed from the publication rule)
 * @param rule the publication rule that gave the date
 */
public record DfeFigure(DfeIndicator indicator, Area area, String name, int year, Period period,
    Optional<BigDecimal> value, Optional<BigDecimal> numerator, Optional<BigDecimal> denominator,
    Optional<Unavailable> unavailable, String file, int line, LocalDate published, PublicationRule rule) {

  /**
   * Why a figure (or its numerator or denominator) is missing: the symbol published in its place, or
   * another reason, and the cell it was read from.
   *
   * @param symbol the symbol published, if that is the reason
   * @param column the column of the cell, or the denominator's file and column
   * @param reason the reason in words ("'c' (suppressed to protect confidentiality) in CPP_subsequent")
   */
  public record Unavailable(Optional<DfeSymbol> symbol, String column, String reason) {
    /**
     * Checks the components, as the type's documentation says of each.
     *
     * @param symbol the symbol published, if that is the reason
     * @param column the column of the cell, or the denominator's file and column
     * @param reason the reason in words
     */
    public Unavailable {
      requireNonNull(symbol, "symbol");
      requireNonNull(column, "column");
      requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
      return reason;
    }
  }

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param indicator the mapping it was read by
   * @param area what it is of
   * @param name the area's name in the row
   * @param year the year its {@code time_period} ends in
   * @param period the model's period it is for
   * @param value the value, in the indicator's unit, if there is one
   * @param numerator the numerator, if published
   * @param denominator the denominator, if published
   * @param unavailable why there is no value (or, with a value, why there is no numerator or denominator)
   * @param file the file it was read from
   * @param line the line of its row
   * @param published the date it is taken to have been published
   * @param rule the publication rule that gave the date
   * @throws IllegalArgumentException if it has no value and does not say why
   */
  public DfeFigure {
    requireNonNull(indicator, "indicator");
    requireNonNull(area, "area");
    requireNonNull(name, "name");
    requireNonNull(period, "period");
    requireNonNull(value, "value");
    requireNonNull(numerator, "numerator");
    requireNonNull(denominator, "denominator");
    requireNonNull(unavailable, "unavailable");
    requireNonNull(file, "file");
    requireNonNull(published, "published");
    requireNonNull(rule, "rule");
    if (value.isEmpty() && unavailable.isEmpty()) {
      throw new IllegalArgumentException("A figure without a value must say why");
    }
  }

  /** {@return whether the figure has a value} */
  public boolean hasValue() {
    return value.isPresent();
  }

  /** {@return where it was read: "d3_cpps_subsequent_plan_2013_to_2025.csv:1234"} */
  public String location() {
    return file + ":" + line;
  }

  /**
   * {@return the source an observation or benchmark quotes: the file, line and columns, and that the publication
   * date is assumed from the calendar}
   */
  public String source() {
    return "DfE " + location() + " (" + indicator.columns() + "); published " + published
        + " assumed from the publication calendar (" + rule + " after " + period.endInclusive() + ")";
  }
}
