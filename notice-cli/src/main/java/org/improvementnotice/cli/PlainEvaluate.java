package org.improvementnotice.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * {@code evaluate} in its plain form, read and run without picocli. Picocli builds its model of a command from
 * the command's annotations by reflection, with a dynamic proxy class for each annotation type, and its own
 * classes are too old a class file version for a class-data archive to hold: on the two-core machine that was
 * about a third of a cold start's processor time ({@code docs/performance.md}, "Cold start of the command line").
 *
 * <p>The plain form is the subset of {@code evaluate}'s arguments on which this reading and picocli's agree by
 * construction: the notice once, and each of {@code --as-at <date>}, {@code --schedule}, {@code --data <dir>},
 * {@code --format text|json|html}, {@code --out <path>} and {@code --fail-on-non-compliance} at most once, each
 * value a separate argument; no other option, no {@code --name=value}, no value or notice that starts with
 * {@code -} or is empty, not both {@code --as-at} and {@code --schedule}, a date {@link Dates} takes, a
 * path that is a path, and no {@code picocli.*} system property (picocli reads some). Anything else, help and
 * every usage error among it, goes to picocli as before. The command run is {@link EvaluateCommand} itself, and
 * its failures are reported as picocli's handlers report them ({@link Failures}), so the output and exit code
 * are the same either way; {@code PlainEvaluateTest} compares them.
 */
final class PlainEvaluate {
  private PlainEvaluate() {}

  /**
   * The command with its options set, when the arguments are {@code evaluate} in the plain form.
   *
   * @param args the command line's arguments
   * @return the command, or null when picocli is to read the arguments
   */
  static EvaluateCommand read(String... args) {
    if (args.length < 2 || !args[0].equals("evaluate") || picocliProperties()) {
      return null;
    }
    EvaluateCommand command = new EvaluateCommand();
    command.format = EvaluateCommand.Format.text;
    Set<String> seen = new HashSet<>();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.isEmpty()) {
        return null;
      }
      if (!arg.startsWith("-")) {
        if (command.notice != null) {
          return null;
        }
        command.notice = arg;
        continue;
      }
      if (!seen.add(arg)) {
        return null;
      }
      if (arg.equals("--schedule") || arg.equals("--fail-on-non-compliance")) {
        if (arg.equals("--schedule")) {
          when(command).schedule = true;
        } else {
          command.failOnNonCompliance = true;
        }
        continue;
      }
      String value = i + 1 < args.length ? args[++i] : "";
      if (value.isEmpty() || value.startsWith("-") || !option(command, arg, value)) {
        return null;
      }
    }
    boolean both = command.when != null && command.when.schedule && command.when.asAt != null;
    return command.notice == null || both ? null : command;
  }

  /** Sets the option to the value; false when it is not one of the plain form's or the value does not convert. */
  private static boolean option(EvaluateCommand command, String option, String value) {
    try {
      switch (option) {
        case "--as-at" -> when(command).asAt = Dates.read(value);
        case "--data" -> command.data = Paths.get(value);
        case "--out" -> command.out = Paths.get(value);
        case "--format" -> command.format = EvaluateCommand.Format.valueOf(value);
        default -> {
          return false;
        }
      }
    } catch (RuntimeException notConverted) {
      // a bad date or format, or a path that is none: picocli says what is wrong
      return false;
    }
    return true;
  }

  private static EvaluateCommand.When when(EvaluateCommand command) {
    if (command.when == null) {
      command.when = new EvaluateCommand.When();
    }
    return command.when;
  }

  private static boolean picocliProperties() {
    for (String name : System.getProperties().stringPropertyNames()) {
      if (name.startsWith("picocli.")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Runs the command as picocli would have: its exit code, a usage error reported as picocli's parameter
   * exception handler reports it and any other failure as its execution exception handler does.
   *
   * @param command the command, from {@link #read}
   * @param out where the report goes
   * @param err where errors go
   * @return the exit code
   */
  static int run(EvaluateCommand command, PrintWriter out, PrintWriter err) {
    try {
      return command.evaluate(new Usage(out, err), out);
    } catch (Exception | Error e) {
      return Failures.of(e, err);
    }
  }

  /**
   * The command line a usage error names, built only for one: a class rather than a lambda, whose linking
   * would load picocli's {@code CommandLine} (the type it returns) on every run.
   */
  private record Usage(PrintWriter out, PrintWriter err) implements Supplier<CommandLine> {
    @Override
    public CommandLine get() {
      return NoticeCommand.command(out, err, "evaluate");
    }
  }
}
