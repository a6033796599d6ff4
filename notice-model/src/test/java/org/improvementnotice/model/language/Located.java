package org.improvementnotice.model.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.improvementnotice.model.validation.Severity;

/** What the language tests check of a diagnostic: where it stands and what it says. */
final class Located {

  private Located() {}

  /** The errors a source is refused with, when {@code parse} reads it. */
  static List<Diagnostic> errorsOf(ThrowingCallable parse) {
    return catchThrowableOfType(NoticeSyntaxException.class, parse).errors();
  }

  /** Every diagnostic a source is refused with, errors and warnings, when {@code parse} reads it. */
  static List<Diagnostic> diagnosticsOf(ThrowingCallable parse) {
    return catchThrowableOfType(NoticeSyntaxException.class, parse).diagnostics();
  }

  /** A diagnostic on the line, at the column, whose message contains each of the words. */
  static Consumer<Diagnostic> at(int line, int column, String... words) {
    return d -> {
      assertThat(d.line()).isEqualTo(line);
      assertThat(d.column()).isEqualTo(column);
      assertThat(d.message()).contains(words);
    };
  }

  /** A diagnostic on the line, whose message contains each of the words. */
  static Consumer<Diagnostic> at(int line, String... words) {
    return d -> {
      assertThat(d.line()).isEqualTo(line);
      assertThat(d.message()).contains(words);
    };
  }

  /** A warning on the line, whose message contains each of the words. */
  static Consumer<Diagnostic> warningAt(int line, String... words) {
    return d -> {
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      at(line, words).accept(d);
    };
  }

  /** A warning on the line, at the column, whose message contains each of the words. */
  static Consumer<Diagnostic> warningAt(int line, int column, String... words) {
    return d -> {
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      at(line, column, words).accept(d);
    };
  }
}
