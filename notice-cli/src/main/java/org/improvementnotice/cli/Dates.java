package org.improvementnotice.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The dates the command line takes ({@code --as-at}): ISO dates ({@code 2009-06-30}) between 1900 and 2199, the
 * years the engine's calendars and the data files cover. Without picocli, so that {@link PlainEvaluate} reads
 * a date without loading it; {@link DateConverter} is picocli's face of it.
 */
final class Dates {
  /** The earliest date accepted. */
  static final LocalDate MIN = LocalDate.of(1900, 1, 1);
  /** The latest date accepted. */
  static final LocalDate MAX = LocalDate.of(2199, 12, 31);

  private Dates() {}

  /**
   * Reads a date.
   *
   * @param value the text
   * @return the date
   * @throws IllegalArgumentException naming the bad text, when it is not a date or outside the years
   */
  static LocalDate read(String value) {
    LocalDate date;
    try {
      date = LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + value + "' is not a date: expected YYYY-MM-DD, e.g. 2009-06-30");
    }
    if (date.isBefore(MIN) || date.isAfter(MAX)) {
      throw new IllegalArgumentException("'" + value + "' is outside the years " + MIN.getYear() + " to "
          + MAX.getYear());
    }
    return date;
  }
}
