package org.improvementnotice.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an ISO date ({@code 2009-06-30}) between 1900 and 2199, the years the engine's calendars and the data
 * files cover, naming the bad text when it is not one.
 */
final class DateConverter implements ITypeConverter<LocalDate> {
  /** The earliest date accepted. */
  static final LocalDate MIN = LocalDate.of(1900, 1, 1);
  /** The latest date accepted. */
  static final LocalDate MAX = LocalDate.of(2199, 12, 31);

  @Override
  public LocalDate convert(String value) {
    LocalDate date;
    try {
      date = LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + value + "' is not a date: expected YYYY-MM-DD, e.g. 2009-06-30");
    }
    if (date.isBefore(MIN) || date.isAfter(MAX)) {
      throw new TypeConversionException("'" + value + "' is outside the years " + MIN.getYear() + " to "
          + MAX.getYear());
    }
    return date;
  }
}
