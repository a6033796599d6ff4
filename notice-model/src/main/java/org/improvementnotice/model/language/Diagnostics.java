package org.improvementnotice.model.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.validation.Severity;

/**
 * Collects diagnostics for one source, building each one's preview with a caret. Keeps at most
 * {@link Limits#MAX_DIAGNOSTICS}; after that it is {@link #full()} and the parse stops. Each part of a read (the
 * lexer, the parser, validation) collects its own, and {@link #inSourceOrder} merges them, so that the
 * diagnostics reported are the first of the file, in the order of their position.
 */
final class Diagnostics {

  /** A diagnostic with the offset of its text, by which diagnostics are ordered. */
  private record Located(int offset, Diagnostic diagnostic) {}

  private final String source;
  private final String text;
  private final List<Located> list = new ArrayList<>();

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
    if (full()) {
      return;
    }
    list.add(new Located(offset, new Diagnostic(source, line, column, offending, message,
        preview(offset, line, column, offending), Optional.ofNullable(suggestion), severity)));
  }

  /** Whether as many diagnostics are kept as are reported: the parse stops. */
  boolean full() {
    return list.size() >= Limits.MAX_DIAGNOSTICS;
  }

  boolean hasErrors() {
    return list.stream().anyMatch(l -> l.diagnostic().isError());
  }

  /** The diagnostics in source order, with "too many errors" last if it is full. */
  List<Diagnostic> all() {
    return inSourceOrder(this);
  }

  /**
   * The diagnostics of all the parts in the order of their position in the source (those at one position in
   * the order of the parts, then in the order they were found): the first {@link Limits#MAX_DIAGNOSTICS}, and
   * then "too many errors" if there were that many. As each part keeps its own first diagnostics, these are
   * the first of the file.
   */
  static List<Diagnostic> inSourceOrder(Diagnostics... parts) {
    List<Located> merged = new ArrayList<>();
    for (Diagnostics part : parts) {
      merged.addAll(part.list);
    }
    merged.sort(Comparator.comparingInt(Located::offset));   // stable: ties keep their order
    List<Diagnostic> out = new ArrayList<>();
    for (Located l : merged.subList(0, Math.min(merged.size(), Limits.MAX_DIAGNOSTICS))) {
      out.add(l.diagnostic());
    }
    if (merged.size() >= Limits.MAX_DIAGNOSTICS) {
      Diagnostic last = out.get(out.size() - 1);
      out.add(new Diagnostic(last.source(), last.line(), last.column(), "", String.format(
          "too many errors: stopped after %d", Limits.MAX_DIAGNOSTICS), "", Optional.empty(), Severity.ERROR));
    }
    return List.copyOf(out);
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
