package org.improvementnotice.data;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.time.Period;

/** One data row of a CSV file: its fields read by column name, each bad value an error at its cell. */
final class CsvRow {
  /** The earliest year a date or period may fall in. */
  static final int MIN_YEAR = 1900;
  /** The latest year a date or period may fall in. */
  static final int MAX_YEAR = 2199;
  /** The most characters of a bad value quoted in an error. */
  private static final int MAX_QUOTED = 60;
  /** The longest period's text: a date range, 2009-01-01..2009-03-31. */
  private static final int MAX_PERIOD_CHARS = 22;

  /** A field's text and where it starts. */
  record Field(String text, int line, int column) {}

  private final String file;
  private final int line;
  private final List<Field> fields;
  private final Map<String, Integer> header;
  private final ErrorList errors;
  private final Map<String, String> strings;
  private boolean ok = true;

  CsvRow(String file, int line, List<Field> fields, Map<String, Integer> header, ErrorList errors,
      Map<String, String> strings) {
    this.file = file;
    this.line = line;
    this.fields = List.copyOf(fields);
    this.header = header;
    this.errors = errors;
    this.strings = strings;
  }

  /** Whether no value of the row was bad so far. */
  boolean ok() {
    return ok;
  }

  String file() {
    return file;
  }

  int line() {
    return line;
  }

  /** Where the row is, as "file:line". */
  String location() {
    return file + ":" + line;
  }

  /** Reports an error at the column's cell, or at the whole row when the column is null. */
  void error(String column, String message) {
    ok = false;
    Integer i = column == null ? null : header.get(column);
    if (i == null || i >= fields.size()) {
      errors.add(new DataError(file, line, 0, message));
    } else {
      Field f = fields.get(i);
      errors.add(new DataError(file, f.line(), f.column(), column + ": " + message));
    }
  }

  /**
   * The text in quotes for an error: control and formatting characters (escape sequences, bidirectional
   * overrides, line separators) shown as {@code \u001b}, at most {@value #MAX_QUOTED} characters of it.
   */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("'");
    int end = Math.min(text.length(), MAX_QUOTED);
    if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      int type = Character.getType(c);
      boolean unpaired = Character.isHighSurrogate(c) ? i + 1 >= end || !Character.isLowSurrogate(text.charAt(i + 1))
          : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
      if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR || unpaired) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (end < text.length()) {
      out.append("...");
    }
    return out.append('\'').toString();
  }

  /** A value refused, with the whole message to report; without a stack trace, as bad rows may be many. */
  static final class Refused extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  private Optional<String> raw(String column) {
    Integer i = header.get(column);
    if (i == null || i >= fields.size()) {
      return Optional.empty();
    }
    String s = fields.get(i).text().strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  private <T> T required(String column, Function<String, T> parse, String expected) {
    Optional<String> s = raw(column);
    if (s.isEmpty()) {
      error(column, "a value is required");
      return null;
    }
    try {
      return parse.apply(s.get());
    } catch (Refused e) {
      error(column, e.getMessage());
      return null;
    } catch (IllegalArgumentException | DateTimeException e) {
      error(column, quote(s.get()) + " is not " + expected);
      return null;
    }
  }

  String text(String column) {
    String s = required(column, Function.identity(), "text");
    return s == null ? null : strings.computeIfAbsent(s, Function.identity());
  }

  Optional<String> optionalText(String column) {
    return raw(column).map(s -> strings.computeIfAbsent(s, Function.identity()));
  }

  BigDecimal decimal(String column) {
    return required(column, CsvNumbers::parse, "a number");
  }

  /**
   * The decimal places a number in the column was written with ({@code 70.0}: one, {@code 1.5E-3}: four), which
   * its value, held without trailing zeros, no longer shows (at most {@code Decimals.MAX_SCALE}); 0 when the cell
   * does not read as a number.
   */
  int writtenDecimals(String column) {
    return raw(column).map(s -> {
      try {
        return Math.min(org.improvementnotice.model.indicator.Decimals.MAX_SCALE, Math.max(0, new BigDecimal(s).scale()));
      } catch (NumberFormatException e) {
        return 0;
      }
    }).orElse(0);
  }

  Optional<BigDecimal> optionalDecimal(String column) {
    return raw(column).isEmpty() ? Optional.empty() : Optional.ofNullable(decimal(column));
  }

  LocalDate date(String column) {
    return required(column, s -> {
      LocalDate date = LocalDate.parse(s);
      if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
        throw new Refused(quote(s) + " is outside the years " + MIN_YEAR + " to " + MAX_YEAR);
      }
      return date;
    }, "a date (YYYY-MM-DD)");
  }

  Period period(String column) {
    return required(column, s -> {
      if (s.length() > MAX_PERIOD_CHARS) {
        throw new IllegalArgumentException("longer than any period");
      }
      Period p = Period.parse(s);
      if (p.start().getYear() < MIN_YEAR || p.endInclusive().getYear() > MAX_YEAR) {
        throw new Refused(quote(s) + " is outside the years " + MIN_YEAR + " to " + MAX_YEAR);
      }
      return p;
    }, "a period (2009-03, 2009-Q1, FY2009-10, AY2008/09, YE2009-09, 2009-01-01..2009-03-31)");
  }

  IndicatorId indicator(String column) {
    return required(column, IndicatorId::of, "an indicator id");
  }

  RequirementId requirement(String column) {
    return required(column, RequirementId::of, "a requirement id");
  }

  boolean yesNo(String column) {
    Boolean b = required(column, s -> switch (s.toLowerCase(Locale.ROOT)) {
      case "yes", "true" -> Boolean.TRUE;
      case "no", "false" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException(s);
    }, "yes or no");
    return Boolean.TRUE.equals(b);
  }

  <E extends Enum<E>> E choice(String column, Class<E> type) {
    return required(column, s -> Enum.valueOf(type, s.toUpperCase(Locale.ROOT).replace(' ', '_')),
        "one of " + String.join(", ", Stream.of(type.getEnumConstants()).map(Enum::name).toList()));
  }
}
