package org.improvementnotice.data.internal;

import java.util.Optional;

/**
 * Where a CSV text's unclosed quote opens. The CSV parser reports a missing closing quote at the end of the
 * text, which may be a line past the last one; the readers name the line and column of the quote instead.
 *
 * <p>The scan follows RFC 4180 as the parser reads it: a quote opens a quoted field only as the field's first
 * character, a doubled quote inside one is a quote, and a quote inside an unquoted field is text.
 */
public final class UnclosedQuote {
  /**
   * A 1-based line and column (in UTF-16 units from the line's start, 1 for its first character).
   *
   * @param line the 1-based line
   * @param column the 1-based column, in UTF-16 units from the line's start
   */
  public record At(int line, int column) {}

  private UnclosedQuote() {}

  /**
   * Where the parser's fault lies when it is a missing closing quote: the opening quote of the field the text
   * never closes. Empty for any other fault, whose location the parser gives.
   *
   * @param parserMessage the parser's message
   * @param text the text the parser read
   * @return the opening quote, when the message is of a missing closing quote and the text has one
   */
  public static Optional<At> behind(String parserMessage, CharSequence text) {
    return String.valueOf(parserMessage).contains("closing quote") ? in(text) : Optional.empty();
  }

  /**
   * {@return the opening quote of a quoted field the text never closes, if there is one}
   *
   * @param text the whole text of a CSV file, lines ending in {@code \n}, {@code \r\n} or {@code \r}
   */
  public static Optional<At> in(CharSequence text) {
    int line = 1;
    int lineStart = 0;
    boolean fieldStart = true;
    At open = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean lineEnd = c == '\n' || c == '\r';
      if (open != null) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            i++;          // a doubled quote inside a quoted field is a quote
          } else {
            open = null;  // the field is closed
          }
        }
      } else if (fieldStart && c == '"') {
        open = new At(line, i - lineStart + 1);
      }
      fieldStart = open == null && (c == ',' || lineEnd);
      if (lineEnd) {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        line++;
        lineStart = i + 1;
      }
    }
    return Optional.ofNullable(open);
  }
}
