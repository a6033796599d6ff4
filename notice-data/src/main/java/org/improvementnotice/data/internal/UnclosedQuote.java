package org.improvementnotice.data.internal;

import java.util.Optional;

/**
 * Where a CSV text's unclosed quote opens. The CSV parser reports a missing closing quote at the end of the
 * text, which may be a line past the last one; the reader names the line and column of the quote instead.
 *
 * <p>The scan follows RFC 4180 as the parser reads it: a quote opens a quoted field only as the field's first
 * character, a doubled quote inside one is a quote, and a quote inside an unquoted field is text.
 */
public final class UnclosedQuote {
  /** A 1-based line and column (in UTF-16 units from the line's start, 1 for its first character). */
  public record At(int line, int column) {}

  private UnclosedQuote() {}

  /** The opening quote of a quoted field the text never closes, if there is one. */
  public static Optional<At> in(CharSequence text) {
    int line = 1;
    int lineStart = 0;
    boolean fieldStart = true;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (fieldStart && c == '"') {
        int openLine = line;
        int openColumn = i - lineStart + 1;
        i++;
        boolean closed = false;
        while (i < n && !closed) {
          char q = text.charAt(i);
          if (q == '"') {
            if (i + 1 < n && text.charAt(i + 1) == '"') {
              i += 2;
              continue;
            }
            closed = true;
          } else if (q == '\n' || q == '\r') {
            i += q == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 1 : 0;
            line++;
            lineStart = i + 1;
          }
          i++;
        }
        if (!closed) {
          return Optional.of(new At(openLine, openColumn));
        }
        fieldStart = false;
        continue;
      }
      fieldStart = c == ',' || c == '\n' || c == '\r';
      if (c == '\n' || c == '\r') {
        i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 1 : 0;
        line++;
        lineStart = i + 1;
      }
      i++;
    }
    return Optional.empty();
  }
}
