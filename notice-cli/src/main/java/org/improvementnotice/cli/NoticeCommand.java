package org.improvementnotice.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.improvementnotice.data.DataFileException;
import org.improvementnotice.reports.Evaluation;
import org.improvementnotice.reports.HtmlReport;
import org.improvementnotice.reports.JsonReport;
import org.improvementnotice.reports.TextReport;
import org.improvementnotice.model.language.NoticeLanguage;
import org.improvementnotice.model.language.NoticeSyntaxException;
import org.improvementnotice.rules.ComplianceEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The command line: {@code evaluate}, {@code validate} and {@code print}, and with no command the main job
 * (every bundled notice over its schedule, a text summary each, and the HTML report). Exit codes are in
 * {@link ExitCode}.
 */
@Command(name = "improvement-notice", mixinStandardHelpOptions = true,
    versionProvider = NoticeCommand.Version.class,
    description = {"Decides whether an English council complies with an Improvement Notice about its children's "
        + "services.", "With no command: evaluates the five bundled notices over their assessment schedules, "
        + "prints a summary of each and writes the HTML report (target/improvement-notice-report.html, or --out)."},
    subcommands = {NoticeCommand.Evaluate.class, NoticeCommand.Validate.class, NoticeCommand.Print.class,
        ScreenCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:everything went as asked",
        "1:a notice is not complied with (only with --fail-on-non-compliance)",
        "2:usage error: unknown option, missing argument, bad date",
        "3:invalid notice: it does not parse or validate (file:line:column given)",
        "4:invalid data: a CSV file or row is bad, or does not fit the notice (file:line:column given)",
        "5:I/O error: a file cannot be read or written",
        "70:internal error (a bug)"},
    footer = {"", "A <notice> is a bundled id (" + "surrey-2008, kent-2011, west-sussex-2011, somerset-2013, "
        + "surrey-2018-plan) or a path to a .notice file. See docs/cli.md."})
public final class NoticeCommand implements Callable<Integer> {
  /** Where the main job writes the HTML report when no {@code --out} is given. */
  public static final Path DEFAULT_HTML = Path.of("target", "improvement-notice-report.html");

  @Spec
  CommandSpec spec;

  @Option(names = "--out", paramLabel = "<path>", description = "Where the main job writes the HTML report.")
  Path out;

  @Option(names = "--fail-on-non-compliance", description = "Exit with 1 when a notice is not complied with.")
  boolean failOnNonCompliance;

  /** Runs the command line, returning the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new NoticeCommand());
    cli.setOut(out).setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter w = commandLine.getErr();
      int code = handle(e, w);
      w.flush();
      return code;
    });
    cli.setParameterExceptionHandler((e, args2) -> {
      PrintWriter w = e.getCommandLine().getErr();
      w.println("error: " + e.getMessage());
      w.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      w.flush();
      return ExitCode.USAGE;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  static int handle(Exception e, PrintWriter err) {
    if (e instanceof NoticeSyntaxException syntax) {
      err.println("error: invalid notice " + syntax.getMessage());
      return ExitCode.INVALID_NOTICE;
    }
    if (e instanceof DataFileException data) {
      err.println("error: invalid data: " + data.getMessage());
      return ExitCode.INVALID_DATA;
    }
    if (e instanceof NoSuchFileException missing) {
      err.println("error: " + missing.getFile() + ": " + (missing.getReason() == null ? "no such file"
          : missing.getReason()));
      return ExitCode.IO_ERROR;
    }
    if (e instanceof IOException io) {
      err.println("error: " + io);
      return ExitCode.IO_ERROR;
    }
    if (e instanceof java.io.UncheckedIOException io) {
      err.println("error: " + io.getCause());
      return ExitCode.IO_ERROR;
    }
    err.println("error: " + e);
    return CommandLine.ExitCode.SOFTWARE;
  }

  /** The main job: every bundled notice over its schedule. */
  @Override
  public Integer call() throws IOException {
    PrintWriter w = spec.commandLine().getOut();
    ComplianceEngine engine = ComplianceEngine.create();
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
        err.println("error: " + id + ": invalid data: " + e.getMessage());
        err.flush();
        code = ExitCode.INVALID_DATA;
        continue;
      }
      Evaluation evaluation = Evaluation.overSchedule(engine, notice.notice(), data.data(), data.describe());
      evaluations.add(evaluation);
      TextReport.forTerminal().writeSummary(evaluation, w);
      w.println();
    }
    List<Evaluation> more = MainJobRuns.runAll(engine, w);   // the real-data runs, when the examples are present
    Path html = out == null ? DEFAULT_HTML : out;
    writeFile(html, writer -> writer.write(HtmlReport.render(
        java.util.stream.Stream.concat(evaluations.stream(), more.stream()).toList())));
    w.println("Evaluated " + evaluations.size() + " of " + Sources.BUNDLED.size() + " notices"
        + (more.isEmpty() ? "" : " and " + more.size() + " runs on real published figures")
        + ". HTML report: " + html.toAbsolutePath().normalize());
    w.flush();
    if (code != ExitCode.OK) {
      return code;
    }
    return failOnNonCompliance && evaluations.stream().anyMatch(e -> !e.latest().compliedSoFar())
        ? ExitCode.NON_COMPLIANT : ExitCode.OK;
  }

  /** Writes through a writer. */
  interface WriteAction {
    void write(Writer writer) throws IOException;
  }

  static void writeFile(Path path, WriteAction action) throws IOException {
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (BufferedWriter writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      action.write(writer);
    }
  }

  /** The report formats. */
  public enum Format { text, json, html }

  /** Reads an ISO date, naming the bad text when it is not one. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a date: expected YYYY-MM-DD, e.g. 2009-06-30");
      }
    }
  }

  /** Whether to evaluate at one date or over the schedule. */
  static final class When {
    @Option(names = "--as-at", paramLabel = "<date>", converter = DateConverter.class,
        description = "Evaluate at this date (YYYY-MM-DD).")
    LocalDate asAt;

    @Option(names = "--schedule", description = "Evaluate at each assessment point of the schedule (the default).")
    boolean schedule;
  }

  @Command(name = "evaluate", mixinStandardHelpOptions = true,
      description = "Evaluates a notice against performance data and writes the report.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
          "0:everything went as asked",
          "1:the notice is not complied with (only with --fail-on-non-compliance)",
          "2:usage error: unknown option, missing argument, bad date",
          "3:invalid notice: it does not parse or validate (file:line:column given)",
          "4:invalid data: a CSV file or row is bad, or does not fit the notice (file:line:column given)",
          "5:I/O error: a file cannot be read or written",
          "70:internal error (a bug)"})
  static final class Evaluate implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<notice>", description = "A bundled notice id or a path to a .notice file.")
    String notice;

    @Option(names = "--data", paramLabel = "<dir>", description = "The directory of CSV data (docs/data-format.md); "
        + "default: the bundled data of a bundled notice, else none.")
    Path data;

    @CommandLine.ArgGroup(exclusive = true)
    When when;

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "text",
        description = "text, json or html (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "<path>", description = "Write the report here instead of to standard output.")
    Path out;

    @Option(names = "--fail-on-non-compliance", description = "Exit with 1 when the notice is not complied with.")
    boolean failOnNonCompliance;

    @CommandLine.Mixin
    DfeOptions dfe;

    @Override
    public Integer call() throws IOException {
      if (data != null && !Files.exists(data)) {
        throw new NoSuchFileException(data.toString(), null, "no such data directory");
      }
      Sources.LoadedNotice loaded = Sources.notice(notice);
      Sources.LoadedData loadedData = dfe.load(loaded.notice(), Optional.ofNullable(data));
      ComplianceEngine engine = ComplianceEngine.create();
      Evaluation evaluation = when != null && when.asAt != null
          ? Evaluation.at(engine, loaded.notice(), loadedData.data(), loadedData.describe(), when.asAt)
          : Evaluation.overSchedule(engine, loaded.notice(), loadedData.data(), loadedData.describe());
      WriteAction report = writer -> {
        switch (format) {
          case json:
            JsonReport.write(JsonReport.document(List.of(evaluation)), writer);
            writer.write(System.lineSeparator());
            break;
          case html:
            writer.write(HtmlReport.render(List.of(evaluation)));
            break;
          default:
            PrintWriter pw = new PrintWriter(writer);
            TextReport.forTerminal().write(evaluation, pw);
            pw.flush();
        }
      };
      PrintWriter w = spec.commandLine().getOut();
      if (out == null) {
        report.write(w);
      } else {
        writeFile(out, report);
        w.println("Wrote the " + format + " report to " + out.toAbsolutePath().normalize());
      }
      w.flush();
      return failOnNonCompliance && !evaluation.latest().compliedSoFar() ? ExitCode.NON_COMPLIANT : ExitCode.OK;
    }
  }

  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = "Parses and validates a notice (and its data with --data), reporting every problem.")
  static final class Validate implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<notice>", description = "A bundled notice id or a path to a .notice file.")
    String notice;

    @Option(names = "--data", paramLabel = "<dir>", description = "Also read and check this data directory.")
    Path data;

    @Override
    public Integer call() throws IOException {
      if (data != null && !Files.exists(data)) {
        throw new NoSuchFileException(data.toString(), null, "no such data directory");
      }
      Sources.LoadedNotice loaded = Sources.notice(notice);
      PrintWriter w = spec.commandLine().getOut();
      loaded.warnings().forEach(w::println);
      w.println(loaded.notice().id() + ": valid (" + loaded.notice().measures().size() + " measures, "
          + loaded.notice().decidableRequirements().size() + " requirements)");
      if (data != null) {
        Sources.LoadedData d = Sources.data(loaded.notice(), Optional.of(data));
        w.println(d.describe() + ": valid (" + d.data().observations().size() + " observations)");
      }
      w.flush();
      return ExitCode.OK;
    }
  }

  @Command(name = "print", mixinStandardHelpOptions = true,
      description = "Prints a notice in the canonical form of the notice language.")
  static final class Print implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<notice>", description = "A bundled notice id or a path to a .notice file.")
    String notice;

    @Override
    public Integer call() throws IOException {
      PrintWriter w = spec.commandLine().getOut();
      w.print(NoticeLanguage.print(Sources.notice(notice).notice()));
      w.flush();
      return ExitCode.OK;
    }
  }

  /** The version, from the jar's manifest when there is one. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      java.util.Properties properties = new java.util.Properties();
      try (var in = NoticeCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"improvement-notice " + properties.getProperty("version", "(unknown version)"),
          "Java " + System.getProperty("java.version")};
    }
  }
}
