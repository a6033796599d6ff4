package org.improvementnotice.model.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.validation.Severity;

/** Collects diagnostics for one source, building each one's preview with a caret. */
final class Diagnostics {

  private final String source;
  private final String text;
  private final List<Diagnostic> list = new ArrayList<>();

  Diagnostics(String source, String text) {
    this.source = source;
    this.text = text;
  }

  void error(Token at, String message, String suggestion) {
    add(Severity.ERROR, at.offset(), at.line(), at.column(), at.kind() == Token.Kind.EOF ? "" : at.text(),
        message, suggestion);
  }

  void error(int offset, int line, int column, String offending, String message, String suggestion) {
    add(Severity.ERROR, offset, line, column, offending, message, suggestion);
  }

  void add(Severity severity, int offset, int line, int column, String offending, String message, String suggestion) {
    if (list.size() >= Limits.MAX_DIAGNOSTICS) {
      return;
    }
    list.add(new Diagnostic(source, line, column, offending, message, preview(offset, line, column, offending),
        Optional.ofNullable(suggestion), severity));
    if (list.size() == Limits.MAX_DIAGNOSTICS) {
      list.add(new Diagnostic(source, line, column, "", String.format(
          "too many errors: stopped after %d", Limits.MAX_DIAGNOSTICS), "", Optional.empty(), Severity.ERROR));
    }
  }

  boolean full() {
    return list.size() > Limits.MAX_DIAGNOSTICS;
  }

  boolean hasErrors() {
    return list.stream().anyMatch(Diagnostic::isError);
  }

  List<Diagnostic> all() {
    return List.copyOf(list);
  }

  private String preview(int offset, int line, int column, String offending) {
    if (offset > text.length()) {
      return "";
    }
    int start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    if (offset == 0) {
      start = 0;
    }
    int end = text.indexOf('\n', offset);
    if (end < 0) {
      end = text.length();
    }
    String lineText = text.substring(start, end).replace('\t', ' ').replace("\r", "");
    String clipped = lineText;
    int caretColumn = column;
    if (lineText.length() > 120) {
      int from = Math.max(0, Math.min(column - 40, lineText.length() - 120));
      clipped = (from > 0 ? "..." : "") + lineText.substring(from, Math.min(lineText.length(), from + 117));
      caretColumn = column - from + (from > 0 ? 3 : 0);
    }
    String number = String.format("%5d | ", line);
    String gutter = " ".repeat(number.length() - 2) + "| ";
    int carets = Math.max(1, Math.min(offending.codePointCount(0, offending.length()),
        Math.max(1, clipped.length() - caretColumn + 1)));
    return number + clipped + "\n" + gutter + " ".repeat(Math.max(0, caretColumn - 1)) + "^".repeat(carets);
  }
}
