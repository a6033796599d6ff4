package org.improvementnotice.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.data.Utf8Text;
import org.improvementnotice.model.language.Diagnostic;
import org.improvementnotice.model.language.NoticeLanguage;
import org.improvementnotice.model.validation.Severity;

/**
 * The text of a notice file: read strictly as UTF-8 (a byte sequence that is not UTF-8 is an invalid notice
 * located at its line and column, as a syntax error is), a leading byte order mark dropped, and at most
 * {@link #MAX_BYTES} read, so that a huge file is refused before it fills memory.
 */
final class NoticeText {
  /** The most bytes read: four per character of the language's own bound, the most UTF-8 needs. */
  static final int MAX_BYTES = 4 * NoticeLanguage.MAX_SOURCE_CHARS;

  private NoticeText() {}

  /**
   * Reads the text.
   *
   * @param source the name errors give the file
   * @throws CommandFailure (invalid notice) when it is not UTF-8 or is too large
   */
  static String read(String source, InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw invalid(source, new Diagnostic(source, 1, 1, "", "the file holds more than " + MAX_BYTES
          + " bytes; a notice is at most " + NoticeLanguage.MAX_SOURCE_CHARS + " characters", "", Optional.empty(),
          Severity.ERROR));
    }
    try {
      return Utf8Text.decode(bytes);
    } catch (Utf8Text.MalformedException e) {
      throw invalid(source, new Diagnostic(source, e.line(), e.column(), "", e.getMessage(),
          preview(bytes, e.line(), e.column()), Optional.empty(), Severity.ERROR));
    }
  }

  private static CommandFailure invalid(String source, Diagnostic diagnostic) {
    return new CommandFailure(ExitCode.INVALID_NOTICE, "invalid notice " + source + ": 1 error\n" + diagnostic);
  }

  /** The line with the bad bytes (each shown as U+FFFD) and a caret under the first, as syntax errors show. */
  private static String preview(byte[] bytes, int line, int column) {
    List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
    if (line > lines.size()) {
      return "";
    }
    String text = lines.get(line - 1);
    String number = String.format("%5d", line);
    return number + " | " + text + "\n" + " ".repeat(number.length()) + " | " + " ".repeat(column - 1) + "^";
  }
}
