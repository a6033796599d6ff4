package org.improvementnotice.model.language;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.improvementnotice.model.validation.Severity;

/**
 * One located problem in notice-language source: a syntax error, an unknown name, or a problem semantic
 * validation found, mapped back to the line it comes from. Immutable and thread-safe.
 *
 * <p>{@link #toString()} gives the documented error format:
 * <pre>
 * surrey-2008.notice:14:10: error: unknown indicator NI 95; did you mean NI 59?
 *    14 |   target "NI 95" at least 65% in quarter to 31 March 2009
 *       |          ^^^^^^^
 * </pre>
 *
 * @param source the source name given to the parser
 * @param line the 1-based line
 * @param column the 1-based column (in code points)
 * @param offendingText the text at fault, empty at the end of input
 * @param message what is wrong
 * @param preview the source line and a caret line under the offending text
 * @param suggestion what was probably meant, when it is obvious
 * @param severity error or warning (validation warnings do not fail a parse)
 */
public record Diagnostic(
    String source,
    int line,
    int column,
    String offendingText,
    String message,
    String preview,
    Optional<String> suggestion,
    Severity severity) {

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param source the source name given to the parser
   * @param line the 1-based line
   * @param column the 1-based column (in code points)
   * @param offendingText the text at fault, empty at the end of input
   * @param message what is wrong
   * @param preview the source line and a caret line under the offending text
   * @param suggestion what was probably meant, when it is obvious
   * @param severity error or warning (validation warnings do not fail a parse)
   */
  public Diagnostic {
    requireNonNull(source, "source");
    requireNonNull(offendingText, "offendingText");
    requireNonNull(message, "message");
    requireNonNull(preview, "preview");
    requireNonNull(suggestion, "suggestion");
    requireNonNull(severity, "severity");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(String.format("Line and column start at 1, were %d and %d", line, column));
    }
  }

  /** {@return whether it is an error} */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@return the message with the suggestion, if any: "unknown indicator NI 95; did you mean NI 59?"} */
  public String fullMessage() {
    return message + suggestion.map(s -> "; did you mean " + s + "?").orElse("");
  }

  @Override
  public String toString() {
    return source + ":" + line + ":" + column + ": " + (isError() ? "error" : "warning") + ": " + fullMessage()
        + (preview.isEmpty() ? "" : "\n" + preview);
  }
}
