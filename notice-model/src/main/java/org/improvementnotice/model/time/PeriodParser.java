package org.improvementnotice.model.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threeten.extra.YearQuarter;

/** Reads the canonical period forms; package-private, reached through {@link Period#parse}. */
final class PeriodParser {
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern FINANCIAL = Pattern.compile("FY(\\d{4})-(\\d{2})");
  private static final Pattern ACADEMIC = Pattern.compile("AY(\\d{4})/(\\d{2})");
  private static final Pattern YEAR_TO_SEPTEMBER = Pattern.compile("YE(\\d{4})-09");
  private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

  private PeriodParser() {}

  static Period parse(CharSequence input) {
    requireNonNull(input, "text");
    String text = input.toString().trim();
    Matcher m;
    if ((m = FINANCIAL.matcher(text)).matches()) {
      return FinancialYear.startingIn(checkedStartYear(m, text));
    }
    if ((m = ACADEMIC.matcher(text)).matches()) {
      return AcademicYear.startingIn(checkedStartYear(m, text));
    }
    try {
      if ((m = MONTH.matcher(text)).matches()) {
        return CalendarMonth.of(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
      }
      if ((m = QUARTER.matcher(text)).matches()) {
        return CalendarQuarter.of(YearQuarter.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
      }
      if ((m = YEAR_TO_SEPTEMBER.matcher(text)).matches()) {
        return YearToSeptember.endingIn(Integer.parseInt(m.group(1)));
      }
      if ((m = RANGE.matcher(text)).matches()) {
        return DateRange.ofClosed(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
      }
    } catch (java.time.DateTimeException | IllegalArgumentException e) {
      throw new IllegalArgumentException("Not a valid period: '" + text + "': " + e.getMessage(), e);
    }
    throw new IllegalArgumentException("Not a period: '" + text + "'; expected one of 2009-03, 2009-Q1, "
        + "FY2009-10, AY2008/09, YE2009-09 or 2009-01-01..2009-03-31");
  }

  private static int checkedStartYear(Matcher m, String text) {
    int start = Integer.parseInt(m.group(1));
    int endTwoDigits = Integer.parseInt(m.group(2));
    if ((start + 1) % 100 != endTwoDigits) {
      throw new IllegalArgumentException("Not a period: '" + text + "': the second year must follow the first ("
          + start + " is followed by " + String.format("%02d", (start + 1) % 100) + ")");
    }
    return start;
  }
}
