package org.improvementnotice.model.language;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.time.Period;

/**
 * The notice language's dates, months, periods and deadlines on their own, for readers of other formats whose
 * cells are written the way notices write them ({@code 31 March 2009}, {@code March 2009},
 * {@code quarter to 31 March 2009}, {@code financial year 2009-10}, {@code end of August 2011}). The forms are
 * the rules {@code date}, {@code month}, {@code period} and {@code deadline} of docs/notice-language.md, read by
 * the same code as notices are, with the same bounds: every date, month and period lies in the years 1900 to
 * 2199. Stateless and thread-safe.
 */
public final class TimeExpressions {

  /** The longest text read, in characters: a time expression is a few words. */
  public static final int MAX_CHARS = 256;

  private TimeExpressions() {}

  /**
   * Reads a date: {@code 31 March 2009}, {@code 2009-03-31} or {@code 31/3/09}.
   *
   * @param text the text, surrounding white space allowed
   * @return the date
   * @throws IllegalArgumentException if the text is not one date, saying what is wrong and at which column
   */
  public static LocalDate date(CharSequence text) {
    return read(text, "a date", TimeSyntax::date);
  }

  /**
   * Reads a month: {@code March 2009}, {@code Mar 2009} or {@code 2009-03}.
   *
   * @param text the text, surrounding white space allowed
   * @return the month
   * @throws IllegalArgumentException if the text is not one month, saying what is wrong and at which column
   */
  public static YearMonth month(CharSequence text) {
    return read(text, "a month", TimeSyntax::yearMonth);
  }

  /**
   * Reads a period in any of the language's forms: {@code quarter to 31 March 2009}, {@code March 2009},
   * {@code financial year 2009-10}, {@code academic year 2008/09}, {@code year to 30 September 2009},
   * {@code 1 January 2009 to 31 March 2009}, or a canonical form such as {@code 2009-Q1}.
   *
   * @param text the text, surrounding white space allowed
   * @return the period
   * @throws IllegalArgumentException if the text is not one period, saying what is wrong and at which column
   */
  public static Period period(CharSequence text) {
    return read(text, "a period", TimeSyntax::period);
  }

  /**
   * Reads a deadline: a date, a month or {@code end of} a month (its last day), {@code end of notice},
   * {@code 6 months after issue}, {@code within 6 months of issue}, or a named event in double quotes; any of
   * them after {@code before} for a deadline that excludes its day ({@code before end of notice}).
   *
   * @param text the text, surrounding white space allowed
   * @return the deadline
   * @throws IllegalArgumentException if the text is not one deadline, saying what is wrong and at which column
   */
  public static Deadline deadline(CharSequence text) {
    return read(text, "a deadline", TimeSyntax::anyDeadline);
  }

  private static <T> T read(CharSequence input, String what, Function<TimeSyntax, T> rule) {
    String text = requireNonNull(input, "text").toString();
    if (text.length() > MAX_CHARS) {
      throw new IllegalArgumentException(String.format("Not %s: %d characters, at most %d are read", what,
          text.length(), MAX_CHARS));
    }
    Diagnostics diagnostics = new Diagnostics("text", text);
    List<Token> tokens = new Lexer(text, diagnostics).tokens();
    T value = null;
    if (!diagnostics.hasErrors()) {
      TokenCursor cursor = new TokenCursor(tokens, diagnostics);
      try {
        value = rule.apply(new TimeSyntax(cursor));
        if (!cursor.atEnd()) {
          cursor.fail(cursor.peek(), "expected the end of " + what + ", found " + cursor.peek().describe(), null);
        }
      } catch (TokenCursor.Failure f) {
        // reported
      }
    }
    if (diagnostics.hasErrors()) {
      Diagnostic first = diagnostics.all().get(0);
      throw new IllegalArgumentException(String.format("Not %s: '%s': column %d: %s", what, text,
          first.column(), first.fullMessage()));
    }
    return value;
  }
}
