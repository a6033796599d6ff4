package org.improvementnotice.model.language;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.improvementnotice.model.requirement.Due;
import org.improvementnotice.model.time.AcademicYear;
import org.improvementnotice.model.time.CalendarMonth;
import org.improvementnotice.model.time.CalendarQuarter;
import org.improvementnotice.model.time.DateRange;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.time.FinancialYear;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.StatedDate;
import org.improvementnotice.model.time.Window;
import org.improvementnotice.model.time.YearToSeptember;

/**
 * The grammar's shared syntax of time, the rules {@code date}, {@code month}, {@code period},
 * {@code deadline}, {@code due} and {@code window} of docs/notice-language.md, read from a {@link TokenCursor}.
 * Statements, requirement forms and {@link TimeExpressions} all read time through it. Not thread-safe.
 */
final class TimeSyntax {

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern ISO_MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern SLASH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern TWO_YEARS = Pattern.compile("(\\d{4})[/-](\\d{2})");
  private static final Pattern ISO_PERIOD =
      Pattern.compile("(\\d{4}-\\d{2}|\\d{4}-Q\\d|FY\\d{4}-\\d{2}|AY\\d{4}/\\d{2}|YE\\d{4}-\\d{2}|.*\\.\\..*)");

  private static final String OUTSIDE = String.format("outside the years a notice may name, %d to %d",
      Limits.FIRST_YEAR, Limits.LAST_YEAR);

  private final TokenCursor c;

  TimeSyntax(TokenCursor cursor) {
    this.c = cursor;
  }

  /** {@code due = ( "in" | "during" ) period | "by" deadline | "before" deadline | "immediately"}. */
  Due due() {
    Token t = c.peek();
    if (c.acceptWord("in") || c.acceptWord("during")) {
      return Due.in(period());
    }
    if (t.is("by") || t.is("before") || t.is("immediately")) {
      return Due.by(byOrBefore());
    }
    throw c.fail(t, "expected 'in <period>', 'by <deadline>', 'before <deadline>' or 'immediately', found "
        + t.describe(), null);
  }

  /**
   * {@code "by" deadline | "before" deadline | "immediately"}: "by" includes the day, "before" ("prior to")
   * excludes it, a {@link Deadline.Before}; "immediately" is by the date of the notice.
   */
  Deadline byOrBefore() {
    Token t = c.peek();
    if (c.acceptWord("by")) {
      return deadline(true);
    }
    if (c.acceptWord("before")) {
      return strict(t);
    }
    if (c.acceptWord("immediately")) {
      return Deadline.atIssue();
    }
    throw c.fail(t, "expected 'by <deadline>', 'before <deadline>' or 'immediately', found " + t.describe(), null);
  }

  /** A deadline on its own, as {@link TimeExpressions#deadline} reads it: {@code [ "before" ] deadline}. */
  Deadline anyDeadline() {
    Token t = c.peek();
    if (c.acceptWord("before")) {
      return strict(t);
    }
    return deadline(true);
  }

  private Deadline strict(Token before) {
    Deadline inner = deadline(true);
    return c.build(before, () -> Deadline.before(inner));
  }

  /**
   * {@code window = [ "throughout" "the" "notice" | "during" period | [ "from" ( date | "the" "date" "of" "the"
   * "notice" ) ] [ "until" date ] ]}: empty for the whole notice.
   */
  Window window() {
    Token t = c.peek();
    if (c.accept("throughout", "the", "notice")) {
      return Window.ofNotice();
    }
    if (c.acceptWord("during")) {
      Period period = period();
      return Window.of(period);
    }
    Optional<LocalDate> from = Optional.empty();
    Optional<LocalDate> until = Optional.empty();
    // "from the date of the notice" is where a window starts unless it names a date
    boolean fromIssue = c.accept("from", "the", "date", "of", "the", "notice");
    if (!fromIssue && c.peek().is("from") && startsDate(c.peek(1))) {
      c.next();
      from = Optional.of(date());
    }
    if (c.acceptWord("until")) {
      until = Optional.of(date());
    }
    Optional<LocalDate> f = from;
    Optional<LocalDate> u = until;
    return c.build(t, () -> new Window(f, u));
  }

  /** Whether the token may start a date: a word that starts with a digit. */
  static boolean startsDate(Token t) {
    return t.kind() == Token.Kind.WORD && !t.text().isEmpty() && Character.isDigit(t.text().charAt(0));
  }

  /** Whether the token starts a month: a month name or an ISO month. */
  private static boolean startsMonth(Token t) {
    return t.kind() == Token.Kind.WORD && (ISO_MONTH.matcher(t.text()).matches() || Words.month(t.text()).isPresent());
  }

  /**
   * A deadline: a date, a month (its end), {@code end of} a month or the notice, {@code the date of the notice}, a
   * number of months after issue, or (when {@code allowEvent}) a quoted event name.
   */
  Deadline deadline(boolean allowEvent) {
    Token t = c.peek();
    if (c.accept("the", "date", "of", "the", "notice")) {
      return Deadline.atIssue();
    }
    if (t.kind() == Token.Kind.STRING) {
      if (!allowEvent) {
        throw c.fail(t, "an assessment falls on a date, not at another event", null);
      }
      String event = c.string("the event");
      return c.build(t, () -> Deadline.atEvent(event));
    }
    if (c.accept("end", "of", "notice") || c.accept("end", "of", "the", "notice")) {
      return Deadline.endOfNotice();
    }
    if (c.accept("end", "of")) {
      return Deadline.endOf(yearMonth());
    }
    if (c.acceptWord("within")) {
      int months = c.integer("the number of months", 1, 1200);
      c.expectOneOf("months", "month");
      c.expectWord("of");
      c.expectWord("issue");
      return Deadline.monthsAfterIssue(months);
    }
    if (TokenCursor.isInteger(t) && (c.peek(1).is("months") || c.peek(1).is("month"))) {
      int months = c.integer("the number of months", 1, 1200);
      c.next();
      c.expectWord("after");
      c.expectWord("issue");
      return Deadline.monthsAfterIssue(months);
    }
    if (startsMonth(t)) {
      return Deadline.endOf(yearMonth());
    }
    return Deadline.on(date());
  }

  /** {@code date = day monthname year | isodate | day "/" month "/" year}, in the years a notice may name. */
  LocalDate date() {
    Token t = c.peek();
    LocalDate date = anyDate();
    return inNoticeYears(t, date.getYear(), date, Words::date);
  }

  /** The value read at {@code t}, refused there if its year is outside the years a notice may name. */
  private <T> T inNoticeYears(Token t, int year, T value, Function<T, String> words) {
    if (year < Limits.FIRST_YEAR || year > Limits.LAST_YEAR) {
      throw c.fail(t, words.apply(value) + " is " + OUTSIDE, null);
    }
    return value;
  }

  private LocalDate anyDate() {
    Token t = c.peek();
    if (t.kind() != Token.Kind.WORD) {
      throw c.fail(t, "expected a date, such as 31 March 2009 or 2009-03-31, found " + t.describe(), null);
    }
    if (ISO_DATE.matcher(t.text()).matches()) {
      c.next();
      try {
        return LocalDate.parse(t.text());
      } catch (DateTimeException e) {
        throw c.fail(t, "not a valid date: " + t.text(), null);
      }
    }
    Matcher slash = SLASH_DATE.matcher(t.text());
    if (slash.matches()) {
      c.next();
      int year = Integer.parseInt(slash.group(3));
      try {
        return LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(slash.group(2)),
            Integer.parseInt(slash.group(1)));
      } catch (DateTimeException e) {
        throw c.fail(t, "not a valid date: " + t.text() + " (day/month/year)", null);
      }
    }
    if (TokenCursor.isInteger(t) && t.text().length() <= 2) {
      c.next();
      Token m = c.peek();
      Month month = monthName();
      int year = year();
      try {
        return LocalDate.of(year, month, Integer.parseInt(t.text()));
      } catch (DateTimeException e) {
        throw c.fail(t, String.format("not a valid date: %s %s %d has no day %s", t.text(), m.text(), year,
            t.text()), null);
      }
    }
    throw c.fail(t, "expected a date, such as 31 March 2009 or 2009-03-31, found " + t.describe(), null);
  }

  private Month monthName() {
    Token m = c.peek();
    Optional<Month> month = m.kind() == Token.Kind.WORD ? Words.month(m.text()) : Optional.empty();
    if (month.isEmpty()) {
      List<String> names = new ArrayList<>();
      for (Month x : Month.values()) {
        names.add(Words.monthName(x));
      }
      throw c.fail(m, "expected a month name, such as March, found " + m.describe(),
          Words.closest(m.text(), names).orElse(null));
    }
    c.next();
    return month.get();
  }

  private int year() {
    Token y = c.peek();
    if (y.kind() != Token.Kind.WORD || !YEAR.matcher(y.text()).matches()) {
      throw c.fail(y, "expected a four-digit year, found " + y.describe(), null);
    }
    c.next();
    return Integer.parseInt(y.text());
  }

  /** {@code month = monthname year | isomonth}, in the years a notice may name. */
  YearMonth yearMonth() {
    Token t = c.peek();
    YearMonth month = anyMonth();
    return inNoticeYears(t, month.getYear(), month, Words::month);
  }

  private YearMonth anyMonth() {
    Token t = c.peek();
    if (t.kind() == Token.Kind.WORD && ISO_MONTH.matcher(t.text()).matches()) {
      c.next();
      try {
        return YearMonth.parse(t.text());
      } catch (DateTimeException e) {
        throw c.fail(t, "not a valid month: " + t.text(), null);
      }
    }
    Month month = monthName();
    return YearMonth.of(year(), month);
  }

  /** A date or a month, as evidence is dated. */
  StatedDate statedDate() {
    if (startsMonth(c.peek())) {
      return new StatedDate.OfMonth(yearMonth());
    }
    return new StatedDate.OfDay(date());
  }

  /** A period in any of the grammar's forms, in the years a notice may name. */
  Period period() {
    Token t = c.peek();
    Period period = anyPeriod();
    if (period.start().getYear() < Limits.FIRST_YEAR || period.endInclusive().getYear() > Limits.LAST_YEAR) {
      throw c.fail(t, String.format("%s runs from %s to %s, outside the years a notice may name, %d to %d",
          Printer.period(period), Words.date(period.start()), Words.date(period.endInclusive()), Limits.FIRST_YEAR,
          Limits.LAST_YEAR), null);
    }
    return period;
  }

  private Period anyPeriod() {
    Token t = c.peek();
    if (c.accept("quarter", "to")) {
      LocalDate end = date();
      return c.build(t, () -> CalendarQuarter.endingOn(end));
    }
    if (c.accept("financial", "years")) {
      return years(t, FinancialYear::startingIn);
    }
    if (c.accept("academic", "years")) {
      return years(t, AcademicYear::startingIn);
    }
    if (TokenCursor.isInteger(t) && c.peek(1).is("years") && c.peek(2).is("to")) {
      int years = c.integer("the number of years", 1, 100);
      c.next();
      c.next();
      LocalDate end = date();
      return c.build(t, () -> DateRange.ofClosed(end.minusYears(years).plusDays(1), end));
    }
    if (c.accept("financial", "year")) {
      int start = twoYears();
      return c.build(t, () -> FinancialYear.startingIn(start));
    }
    if (c.accept("academic", "year")) {
      int start = twoYears();
      return c.build(t, () -> AcademicYear.startingIn(start));
    }
    if (c.accept("year", "to")) {
      Token d = c.peek();
      LocalDate end = date();
      if (end.getMonth() != Month.SEPTEMBER || end.getDayOfMonth() != 30) {
        throw c.fail(d, "a year to a date ends on 30 September, was " + Words.date(end), null);
      }
      return YearToSeptember.endingIn(end.getYear());
    }
    if (t.kind() == Token.Kind.WORD && Words.month(t.text()).isPresent()) {
      return CalendarMonth.of(yearMonth());
    }
    if (t.kind() == Token.Kind.WORD && !ISO_DATE.matcher(t.text()).matches() && ISO_PERIOD.matcher(t.text()).matches()) {
      c.next();
      return c.build(t, () -> Period.parse(t.text()));
    }
    if (startsDate(t)) {
      LocalDate from = date();
      c.expectWord("to");
      LocalDate to = date();
      return c.build(t, () -> DateRange.ofClosed(from, to));
    }
    throw c.fail(t, "expected a period (quarter to 31 March 2009, March 2009, financial year 2009-10, academic year "
        + "2008/09, year to 30 September 2009, 1 January 2009 to 31 March 2009, financial years 2010-11 to 2012-13, "
        + "3 years to 31 March 2013), found " + t.describe(), null);
  }

  /** {@code twoyears "to" twoyears} after {@code "financial" "years"} or {@code "academic" "years"}: their days. */
  private Period years(Token t, java.util.function.IntFunction<Period> year) {
    int first = twoYears();
    c.expectWord("to");
    int last = laterYear(first);
    return c.build(t, () -> DateRange.ofClosed(year.apply(first).start(), year.apply(last).endInclusive()));
  }

  /** The second of {@code "financial" "years" twoyears "to" twoyears}: a year starting after the first's. */
  private int laterYear(int first) {
    Token t = c.peek();
    int last = twoYears();
    if (last <= first) {
      throw c.fail(t, String.format("the years run forwards: %d/%02d does not come after %d/%02d", last,
          (last + 1) % 100, first, (first + 1) % 100), null);
    }
    return last;
  }

  private int twoYears() {
    Token t = c.peek();
    Matcher m = TWO_YEARS.matcher(t.kind() == Token.Kind.WORD ? t.text() : "");
    if (!m.matches()) {
      throw c.fail(t, "expected two years such as 2009-10 or 2008/09, found " + t.describe(), null);
    }
    int start = Integer.parseInt(m.group(1));
    int end = Integer.parseInt(m.group(2));
    if ((start + 1) % 100 != end) {
      throw c.fail(t, String.format("the second year must follow the first: %d is followed by %02d", start,
          (start + 1) % 100), String.format("%d/%02d", start, (start + 1) % 100));
    }
    c.next();
    return start;
  }
}
