package org.improvementnotice.model.language;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;
import org.improvementnotice.model.NoticeException;

/**
 * Notice-language source that does not make a sound notice: every syntax error of the file (the parser
 * recovers and continues), or, after a clean parse, every error semantic validation found. Carries each as a
 * located {@link Diagnostic}.
 */
public final class NoticeSyntaxException extends NoticeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  NoticeSyntaxException(String source, List<Diagnostic> diagnostics) {
    super(message(source, diagnostics));
    this.diagnostics = List.copyOf(requireNonNull(diagnostics, "diagnostics"));
  }

  private static String message(String source, List<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    return source + ": " + errors + (errors == 1 ? " error" : " errors") + "\n"
        + diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
  }

  /** {@return every diagnostic, errors and warnings, in source order} */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** {@return the errors only} */
  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }
}
