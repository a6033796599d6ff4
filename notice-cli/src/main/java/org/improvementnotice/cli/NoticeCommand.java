package org.improvementnotice.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.improvementnotice.data.DataFileException;
import org.improvementnotice.reports.Evaluation;
import org.improvementnotice.reports.HtmlReport;
import org.improvementnotice.reports.TextReport;
import org.improvementnotice.rules.ComplianceEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The command line: {@code evaluate}, {@code validate} and {@code print} (one class each), and with no command
 * the main job over the five samples (every notice over its schedule, a text summary each, and the HTML report),
 * or, when the samples are not installed, the usage. Exit codes are in {@link ExitCode}. A command is added by
 * writing its class and listing it in {@code Commands}.
 */
@Command(name = "improvement-notice", mixinStandardHelpOptions = true,
    versionProvider = NoticeCommand.Version.class,
    description = {"Decides whether an English council complies with an Improvement Notice about its children's "
        + "services.", "With no command: evaluates the five sample notices over their assessment schedules, "
        + "prints a summary of each and writes the HTML report (target/improvement-notice-report.html, or --out); "
        + "without the samples, prints this help."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:everything went as asked",
        "1:a check failed: a notice is not complied with (--fail-on-non-compliance), or a file is not in "
            + "canonical form (print --check)",
        "2:usage error: unknown command or option, missing argument, bad date",
        "3:invalid notice: not UTF-8, does not parse or validate (file:line:column given)",
        "4:invalid data: a CSV file or row is bad, or does not fit the notice (file:line:column given)",
        "5:I/O error: a file cannot be read or written",
        "70:internal error (a bug)"},
    footer = {"", "A <notice> is the path of a .notice file, or the id of a sample (surrey-2008, kent-2011, "
        + "west-sussex-2011, somerset-2013, surrey-2018-plan) where the samples are installed. See docs/cli.md."})
public final class NoticeCommand implements Callable<Integer> {
  /**
   * The commands by name, in the order help lists them. A run naming one first builds that command only: picocli
   * reads each command's annotations when it is added, a good part of a cold start. In a holder class, so that a
   * run picocli does not read ({@link PlainEvaluate}) loads none of the command classes.
   */
  private static final class Commands {
    static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
      Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
      commands.put("evaluate", EvaluateCommand::new);
      commands.put("validate", ValidateCommand::new);
      commands.put("print", PrintCommand::new);
      commands.put("screen", ScreenCommand::new);
      return Collections.unmodifiableMap(commands);
    }
  }

  /** Where the main job writes the HTML report when no {@code --out} is given. */
  public static final Path DEFAULT_HTML = Path.of("target", "improvement-notice-report.html");

  @Spec
  CommandSpec spec;

  @Option(names = "--out", paramLabel = "<path>", description = "Where the main job writes the HTML report.")
  Path out;

  @Option(names = "--fail-on-non-compliance", description = "Exit with 1 when a notice is not complied with.")
  boolean failOnNonCompliance;

  /**
   * Runs the command line.
   *
   * @param out where reports and summaries go
   * @param err where errors go
   * @param args the arguments
   * @return the exit code ({@link ExitCode})
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    if (args.length == 0 || args[0].equals("evaluate")) {
      // the engine's rule base loads on another thread while the command line and the input are read
      EngineStart.begin();
    }
    EvaluateCommand plain = PlainEvaluate.read(args);
    int code;
    try {
      code = plain != null ? PlainEvaluate.run(plain, out, err) : picocli(out, err, args);
    } catch (RuntimeException | Error e) {
      // errors escape picocli's execution handler (which takes exceptions only)
      code = Failures.execution(e, err);
    }
    out.flush();
    err.flush();
    return code;
  }

  /** The arguments read and run by picocli, building the command named first only (or all of them). */
  static int picocli(PrintWriter out, PrintWriter err, String... args) {
    return commandLine(out, err, args.length > 0 && Commands.COMMANDS.containsKey(args[0])
        ? List.of(args[0]) : List.copyOf(Commands.COMMANDS.keySet())).execute(args);
  }

  /** The command line of one command, under this one, wired to the writers as {@link #run} wires them. */
  static CommandLine command(PrintWriter out, PrintWriter err, String name) {
    return commandLine(out, err, List.of(name)).getSubcommands().get(name);
  }

  /** The command line with every command, wired to the writers, its errors handled as {@link Failures} says. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, List.copyOf(Commands.COMMANDS.keySet()));
  }

  private static CommandLine commandLine(PrintWriter out, PrintWriter err, List<String> commands) {
    CommandLine cli = new CommandLine(new NoticeCommand());
    commands.forEach(name -> cli.addSubcommand(name, Commands.COMMANDS.get(name).get()));
    cli.setOut(out).setErr(err);
    // an argument "@file" is an argument, not a file of arguments whose content an error would echo
    cli.setExpandAtFiles(false);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> Failures.execution(e, commandLine.getErr()));
    cli.setParameterExceptionHandler((e, args) -> Failures.usage(e, e.getCommandLine().getErr()));
    return cli;
  }

  /** The main job: every sample over its schedule; without the samples, the usage. */
  @Override
  public Integer call() throws IOException {
    if (!Sources.samplesAvailable()) {
      PrintWriter err = spec.commandLine().getErr();
      spec.commandLine().usage(err);
      err.println();
      err.println("error: no command given, and the samples are not installed here to run the main job over: "
          + "give a command, e.g. 'improvement-notice evaluate my.notice --data my-data/'");
      err.flush();
      return ExitCode.USAGE;
    }
    PrintWriter w = spec.commandLine().getOut();
    ComplianceEngine engine = EngineStart.engine();
    List<Evaluation> evaluations = new ArrayList<>();
    int code = ExitCode.OK;
    for (String id : Sources.BUNDLED) {
      Sources.LoadedNotice notice = Sources.notice(id);
      Sources.LoadedData data;
      try {
        data = Sources.data(notice.notice(), Optional.empty());
      } catch (DataFileException e) {
        // one notice's bad data does not hide the others; the run still fails
        PrintWriter err = spec.commandLine().getErr();
        err.println(Terminal.safe("error: " + id + ": invalid data: " + e.getMessage()));
        err.flush();
        code = ExitCode.INVALID_DATA;
        continue;
      }
      Evaluation evaluation = Evaluation.overSchedule(engine, notice.notice(), data.data(), data.describe());
      if (data.found()) {
        evaluation = evaluation.withNote(Evaluation.ILLUSTRATIVE);   // the samples' figures are made up
      }
      evaluations.add(evaluation);
      TextReport.forTerminal().writeSummary(evaluation, w);
      w.println();
    }
    List<Evaluation> more = MainJobRuns.runAll(engine, w);   // the real-data runs, when the examples are present
    Path html = out == null ? DEFAULT_HTML : out;
    ReportFile.write(html, writer -> writer.write(HtmlReport.render(
        java.util.stream.Stream.concat(evaluations.stream(), more.stream()).toList())));
    w.println(Terminal.safe("Evaluated " + evaluations.size() + " of " + Sources.BUNDLED.size() + " notices"
        + (more.isEmpty() ? "" : " and " + more.size() + " runs on real published figures")
        + "."));
    // the path on a line of its own: a long one would take the sentence past the terminal's width
    w.println(Terminal.safe("HTML report: " + html.toAbsolutePath().normalize()));
    w.flush();
    if (code != ExitCode.OK) {
      return code;
    }
    return failOnNonCompliance && evaluations.stream().anyMatch(e -> !e.latest().compliedSoFar())
        ? ExitCode.NON_COMPLIANT : ExitCode.OK;
  }

  /** The version, from the properties the build writes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = NoticeCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"improvement-notice " + properties.getProperty("version", "(unknown version)"),
          "Java " + System.getProperty("java.version")};
    }
  }
}
