package org.improvementnotice.model.language;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits source text into tokens. Words are runs of letters, digits and {@code . / _ -}; strings are
 * double-quoted with the escapes \" \\ \n \t \r and backslash-u with four hex digits; {@code #} starts a comment to the end of the
 * line. Errors (an unexpected character, an unterminated string, a bad escape) are reported and lexing
 * continues; a bad escape stays in the string's value as written, so that it causes no second error.
 */
final class Lexer {

  /**
   * The characters a string writes with a backslash, the letter after the backslash standing at the same place in
   * {@link #ESCAPES}: {@code \"}, {@code \\}, {@code \n}, {@code \t} and {@code \r}. The printer escapes
   * them as this lexer reads them; any other character below 0x20, 0x7f and a lone surrogate are written as a
   * backslash, {@code u} and four hex digits.
   */
  static final String ESCAPED = "\"\\\n\t\r";
  /** The letter after the backslash for each character of {@link #ESCAPED}, at the same place. */
  static final String ESCAPES = "\"\\ntr";

  private final String text;
  private final Diagnostics diagnostics;
  private final List<Token> tokens = new ArrayList<>();
  private int pos;
  private int line = 1;
  private int lineOffset;
  private boolean lineStart = true;
  // the column of the last offset asked for on this line, so each column is counted on from the one before
  private int columnOffset;
  private int columnAtOffset = 1;

  Lexer(String text, Diagnostics diagnostics) {
    this.text = text;
    this.diagnostics = diagnostics;
  }

  List<Token> tokens() {
    while (pos < text.length()) {
      if (tokens.size() >= Limits.MAX_TOKENS) {
        diagnostics.error(pos, line, column(pos), "", String.format(
            "too many tokens: a notice may hold at most %d", Limits.MAX_TOKENS), null);
        break;
      }
      char c = text.charAt(pos);
      if (c == '\n') {
        pos++;
        line++;
        lineOffset = pos;
        columnOffset = pos;
        columnAtOffset = 1;
        lineStart = true;
      } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u00a0' || c == '\ufeff') {
        pos++;
      } else if (c == '#') {
        while (pos < text.length() && text.charAt(pos) != '\n') {
          pos++;
        }
      } else if (c == '"') {
        string();
      } else if (isWordChar(c)) {
        int start = pos;
        while (pos < text.length() && isWordChar(text.charAt(pos))) {
          pos++;
        }
        add(Token.Kind.WORD, start, text.substring(start, pos));
      } else if ("%,:;()+".indexOf(c) >= 0) {
        pos++;
        add(Token.Kind.SYMBOL, pos - 1, String.valueOf(c));
      } else {
        int cp = text.codePointAt(pos);
        String shown = new String(Character.toChars(cp));
        diagnostics.error(pos, line, column(pos), shown, String.format(
            "unexpected character '%s' (U+%04X); text outside quotes is words, numbers and %% , : ; ( ) +",
            printable(shown), cp), c == '\u201c' || c == '\u201d' ? "\"" : null);
        pos += Character.charCount(cp);
      }
    }
    tokens.add(new Token(Token.Kind.EOF, "", "", pos, line, column(pos), true));
    return tokens;
  }

  private static String printable(String s) {
    return s.codePointAt(0) < 0x20 ? "\\u" + String.format("%04x", s.codePointAt(0)) : s;
  }

  static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '.' || c == '/' || c == '_' || c == '-';
  }

  /**
   * The 1-based column, in code points, of {@code offset} on the current line. Offsets are asked for in order,
   * so each count starts from the offset before: linear in the line, however wide its characters.
   */
  private int column(int offset) {
    if (offset < columnOffset) {
      columnOffset = lineOffset;
      columnAtOffset = 1;
    }
    columnAtOffset += text.codePointCount(columnOffset, offset);
    columnOffset = offset;
    return columnAtOffset;
  }

  private void add(Token.Kind kind, int start, String value) {
    add(kind, start, column(start), value);
  }

  private void add(Token.Kind kind, int start, int column, String value) {
    tokens.add(new Token(kind, text.substring(start, Math.max(pos, start + 1)), value, start, line, column,
        lineStart));
    lineStart = false;
  }

  private void string() {
    int start = pos;
    int startLine = line;
    int startColumn = column(pos);
    StringBuilder value = new StringBuilder();
    pos++;
    while (true) {
      if (pos >= text.length() || text.charAt(pos) == '\n') {
        diagnostics.error(start, startLine, startColumn, text.substring(start, pos),
            "unterminated string: a string ends with \" on the same line (write a line break as \\n)", null);
        tokens.add(new Token(Token.Kind.STRING, text.substring(start, pos), value.toString(), start, startLine,
            startColumn, lineStart));
        lineStart = false;
        return;
      }
      char c = text.charAt(pos);
      if (value.length() > Limits.MAX_STRING) {
        diagnostics.error(start, startLine, startColumn, "\"", String.format(
            "string too long: at most %d characters", Limits.MAX_STRING), null);
        while (pos < text.length() && text.charAt(pos) != '"' && text.charAt(pos) != '\n') {
          pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '"') {
          pos++;
        }
        add(Token.Kind.STRING, start, startColumn, "");
        return;
      }
      if (c == '"') {
        pos++;
        add(Token.Kind.STRING, start, startColumn, value.toString());
        return;
      }
      if (c == '\\') {
        int escape = pos;
        if (pos + 1 >= text.length() || text.charAt(pos + 1) == '\n') {
          // a backslash ends the line: the string is unterminated, which the loop reports next
          pos++;
          value.append('\\');
          diagnostics.error(escape, line, column(escape), "\\",
              "unknown escape: use \\\" \\\\ \\n \\t \\r or \\uXXXX", null);
          continue;
        }
        char next = text.charAt(pos + 1);
        pos += 2;
        int simple = ESCAPES.indexOf(next);
        if (simple >= 0) {
          value.append(ESCAPED.charAt(simple));
        } else if (next == 'u') {
          String hex = pos + 4 <= text.length() ? text.substring(pos, pos + 4) : "";
          if (hex.matches("[0-9A-Fa-f]{4}")) {
            value.append((char) Integer.parseInt(hex, 16));
            pos += 4;
          } else {
            value.append("\\u");
            diagnostics.error(escape, line, column(escape), "\\u",
                "bad unicode escape: \\u must be followed by four hex digits", null);
          }
        } else {
          value.append('\\').append(next);
          diagnostics.error(escape, line, column(escape), "\\" + next,
              "unknown escape: use \\\" \\\\ \\n \\t \\r or \\uXXXX", null);
        }
      } else {
        value.append(c);
        pos++;
      }
    }
  }
}
