package org.improvementnotice.model.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An arbitrary closed range of dates as a reporting period; canonical form {@code 2009-01-05..2009-02-20},
 * both dates inclusive. Immutable and thread-safe.
 *
 * @param start the first day
 * @param endInclusive the last day, on or after {@code start}
 */
public record DateRange(LocalDate start, LocalDate endInclusive) implements Period {

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param start the first day
   * @param endInclusive the last day, on or after {@code start}
   */
  public DateRange {
    requireNonNull(start, "start");
    requireNonNull(endInclusive, "endInclusive");
    if (endInclusive.isBefore(start)) {
      throw new IllegalArgumentException(
          String.format("End date must be on or after start date: %s..%s", start, endInclusive));
    }
  }

  /**
   * {@return the range from {@code start} to {@code endInclusive}, both included}
   *
   * @param start the first day
   * @param endInclusive the last day, on or after {@code start} (the same day for a range of one day)
   * @throws IllegalArgumentException if {@code endInclusive} is before {@code start}
   */
  public static DateRange ofClosed(LocalDate start, LocalDate endInclusive) {
    return new DateRange(start, endInclusive);
  }

  @Override
  public PeriodKind kind() {
    return PeriodKind.DATE_RANGE;
  }

  @Override
  public DateRange previous() {
    long days = ChronoUnit.DAYS.between(start, endInclusive);
    LocalDate end = start.minusDays(1);
    return new DateRange(end.minusDays(days), end);
  }

  @Override
  public DateRange next() {
    long days = ChronoUnit.DAYS.between(start, endInclusive);
    LocalDate first = endInclusive.plusDays(1);
    return new DateRange(first, first.plusDays(days));
  }

  @Override
  public DateRange yearEarlier() {
    return new DateRange(start.minusYears(1), endInclusive.minusYears(1));
  }

  @Override
  public String toString() {
    return start + ".." + endInclusive;
  }
}
