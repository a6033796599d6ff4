package org.improvementnotice.model.requirement;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How often a body must meet: "once a month", "every four weeks", "every eight weeks". Immutable and
 * thread-safe.
 *
 * @param amount how many units between meetings, at least 1
 * @param unit days, weeks or months
 */
public record Cadence(int amount, ChronoUnit unit) {

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param amount how many units between meetings, at least 1
   * @param unit days, weeks or months
   */
  public Cadence {
    requireNonNull(unit, "unit");
    if (amount < 1) {
      throw new IllegalArgumentException(String.format("Cadence amount must be at least 1, was %d", amount));
    }
    if (unit != ChronoUnit.DAYS && unit != ChronoUnit.WEEKS && unit != ChronoUnit.MONTHS) {
      throw new IllegalArgumentException(String.format("Cadence unit must be days, weeks or months, was %s", unit));
    }
  }

  /** {@return once a month} */
  public static Cadence monthly() {
    return new Cadence(1, ChronoUnit.MONTHS);
  }

  /**
   * {@return every N weeks}
   *
   * @param weeks N, at least 1 ("every four weeks" is 4)
   * @throws IllegalArgumentException if {@code weeks} is less than 1
   */
  public static Cadence everyWeeks(int weeks) {
    return new Cadence(weeks, ChronoUnit.WEEKS);
  }

  /**
   * {@return the latest date the next meeting may fall on after a meeting on {@code last}, before any tolerance}
   * Monthly, the meeting after one on 31 January is due by the last day of February.
   *
   * @param last the date of a meeting held
   */
  public LocalDate nextDueAfter(LocalDate last) {
    return last.plus(amount, unit);
  }

  @Override
  public String toString() {
    String u = unit.toString().toLowerCase(java.util.Locale.ROOT);
    return amount == 1 ? "every " + u.substring(0, u.length() - 1) : "every " + amount + " " + u;
  }
}
