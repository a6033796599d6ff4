package org.improvementnotice.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.improvementnotice.model.language.NoticeLanguage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code print}: a notice in the canonical form of the notice language; with {@code --check}, whether each file
 * is already in it, naming the line and column where a file first differs (exit 1 when one does).
 */
@Command(name = "print", mixinStandardHelpOptions = true,
    description = {"Prints a notice in the canonical form of the notice language.",
        "With --check, prints nothing for a file in canonical form and, for one that is not, where it first "
            + "differs; exits with 1 if any is not."})
final class PrintCommand implements Callable<Integer> {
  /** The most characters of a line shown where a file differs. */
  private static final int MAX_SHOWN = 120;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "<notice>", arity = "1..*",
      description = "The path of a .notice file, or a sample's id; several with --check.")
  List<String> notices;

  @Option(names = "--check", description = "Check that each file is in canonical form instead of printing it.")
  boolean check;

  @Override
  public Integer call() throws IOException {
    if (!check && notices.size() > 1) {
      throw new ParameterException(spec.commandLine(), "print takes one notice; several only with --check");
    }
    PrintWriter w = spec.commandLine().getOut();
    int code = ExitCode.OK;
    for (String name : notices) {
      Sources.LoadedNotice loaded = Sources.notice(name);
      String canonical = NoticeLanguage.print(loaded.notice());
      if (!check) {
        w.print(canonical);
      } else if (!canonical.equals(loaded.text())) {
        w.println(Terminal.safe(difference(loaded.source(), loaded.text(), canonical)));
        code = ExitCode.NOT_CANONICAL;
      }
    }
    w.flush();
    return code;
  }

  /** Where the text first differs from its canonical form, and the two lines there. */
  static String difference(String source, String text, String canonical) {
    int at = 0;
    while (at < text.length() && at < canonical.length() && text.charAt(at) == canonical.charAt(at)) {
      at++;
    }
    int lineStart = Math.max(text.lastIndexOf('\n', at - 1), canonical.lastIndexOf('\n', at - 1)) + 1;
    int line = 1 + (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count();
    int column = 1 + text.codePointCount(lineStart, at);
    return source + ":" + line + ":" + column + ": not in canonical form\n"
        + "  found:    " + lineAt(text, lineStart) + "\n"
        + "  expected: " + lineAt(canonical, lineStart);
  }

  private static String lineAt(String text, int start) {
    if (start >= text.length()) {
      return "(end of file)";
    }
    int end = text.indexOf('\n', start);
    String line = text.substring(start, end < 0 ? text.length() : end);
    return line.length() > MAX_SHOWN ? line.substring(0, MAX_SHOWN) + "..." : line;
  }
}
