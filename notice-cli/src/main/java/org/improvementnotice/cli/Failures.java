package org.improvementnotice.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.improvementnotice.data.DataFileException;
import org.improvementnotice.model.language.NoticeSyntaxException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What the command line prints and returns when something goes wrong: a usage error with a suggestion for a
 * mistyped command or option, an invalid notice or data with every error located, an I/O error saying what is
 * wrong, and anything else as an internal error (exit 70) with its stack trace. Every message goes through
 * {@link Terminal#safe(String)}.
 */
final class Failures {
  private Failures() {}

  /** A usage error: the message, a suggestion when a command or option was mistyped, and where help is. */
  static int usage(ParameterException e, PrintWriter err) {
    CommandLine cli = e.getCommandLine();
    String message = e instanceof UnmatchedArgumentException unmatched ? unmatched(unmatched)
        : stripPrefix(e.getMessage());
    err.println(Terminal.safe("error: " + message));
    err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help'.");
    err.flush();
    return ExitCode.USAGE;
  }

  private static String unmatched(UnmatchedArgumentException e) {
    List<String> args = e.getUnmatched();
    String first = args.isEmpty() ? "" : args.get(0);
    CommandSpec spec = e.getCommandLine().getCommandSpec();
    if (first.startsWith("-")) {
      String option = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
      return "unknown option '" + option + "'" + closest(option, spec.optionsMap().keySet().stream())
          .map(s -> "; did you mean " + s + "?").orElse("");
    }
    if (!spec.subcommands().isEmpty()) {
      return "unknown command '" + first + "'" + closest(first, spec.subcommands().keySet().stream())
          .map(s -> "; did you mean " + s + "?").orElse("; the commands are "
              + String.join(", ", spec.subcommands().keySet()));
    }
    return (args.size() == 1 ? "unexpected argument '" : "unexpected arguments '") + String.join("' '", args) + "'";
  }

  /** The candidate nearest the text by edit distance, when it is near enough to be what was meant. */
  static Optional<String> closest(String text, Stream<String> candidates) {
    String word = text.toLowerCase(Locale.ROOT);
    if (word.length() > 40) {
      return Optional.empty();
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates.toList()) {
      int d = distance(word, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance || d == bestDistance && best != null && c.compareTo(best) < 0) {
        best = c;
        bestDistance = d;
      }
    }
    int length = word.replaceFirst("^-+", "").length();
    int allowed = length <= 3 ? 1 : length <= 5 ? 2 : 3;
    return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** Levenshtein distance between two short words (both at most 40 characters here). */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }

  /** Picocli starts some messages with its own "Error: ", which ours already says. */
  private static String stripPrefix(String message) {
    String m = String.valueOf(message);
    return m.regionMatches(true, 0, "Error: ", 0, 7) ? m.substring(7) : m;
  }

  /**
   * A usage error found while a command runs, as picocli's own: this class holds it, so that a class throwing
   * one loads picocli only when it does (a run of {@link PlainEvaluate} loads none of picocli).
   *
   * @param command the command the error is of
   * @param message what is wrong
   * @return the exception to throw, a {@link ParameterException}
   */
  static RuntimeException usageError(Supplier<CommandLine> command, String message) {
    return new ParameterException(command.get(), message);
  }

  /**
   * What picocli's handlers make of a failure of a command it runs: a usage error ({@link #usage}) for a
   * {@link ParameterException}, else {@link #execution}.
   */
  static int of(Throwable e, PrintWriter err) {
    return e instanceof ParameterException usage ? usage(usage, err) : execution(e, err);
  }

  /** The message and exit code of a command that failed. */
  static int execution(Throwable e, PrintWriter err) {
    int code;
    String message;
    if (e instanceof CommandFailure failure) {
      code = failure.exitCode();
      message = failure.getMessage();
    } else if (e instanceof NoticeSyntaxException syntax) {
      code = ExitCode.INVALID_NOTICE;
      message = "invalid notice " + syntax.getMessage();
    } else if (e instanceof DataFileException data) {
      code = ExitCode.INVALID_DATA;
      message = "invalid data: " + data.getMessage();
    } else if (e instanceof IOException || e instanceof UncheckedIOException) {
      code = ExitCode.IO_ERROR;
      message = io(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
    } else if (e instanceof OutOfMemoryError) {
      code = ExitCode.SOFTWARE;
      message = "out of memory: the input is larger than this Java heap holds (raise it with JAVA_OPTS=-Xmx...)";
    } else {
      code = ExitCode.SOFTWARE;
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      message = "internal error (a bug; please report it with the command line and this trace): " + trace;
    }
    err.println(Terminal.safe("error: " + message.stripTrailing()));
    err.flush();
    return code;
  }

  private static String io(IOException e) {
    if (e instanceof NoSuchFileException missing) {
      return missing.getFile() + ": " + (missing.getReason() == null ? "no such file" : missing.getReason());
    }
    if (e instanceof AccessDeniedException denied) {
      return denied.getFile() + ": permission denied";
    }
    if (e instanceof FileSystemException fs) {
      return fs.getFile() + ": " + (fs.getReason() == null ? "cannot be read or written"
          : fs.getReason().toLowerCase(Locale.ROOT));
    }
    return "I/O error: " + e.getMessage();
  }
}
