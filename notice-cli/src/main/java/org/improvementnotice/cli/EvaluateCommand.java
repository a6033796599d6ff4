package org.improvementnotice.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.improvementnotice.reports.Evaluation;
import org.improvementnotice.reports.HtmlReport;
import org.improvementnotice.reports.JsonReport;
import org.improvementnotice.reports.TextReport;
import org.improvementnotice.rules.ComplianceEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evaluate}: a notice against performance data, at a date or over its schedule, as a report. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Evaluates a notice against performance data and writes the report.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:everything went as asked",
        "1:the notice is not complied with (only with --fail-on-non-compliance)",
        "2:usage error: unknown option, missing argument, bad date, --data naming a file",
        "3:invalid notice: not UTF-8, does not parse or validate (file:line:column given)",
        "4:invalid data: a CSV file or row is bad, or does not fit the notice (file:line:column given)",
        "5:I/O error: a file cannot be read or written",
        "70:internal error (a bug)"})
final class EvaluateCommand implements Callable<Integer> {
  /** The report formats. */
  enum Format { text, json, html }

  /** Whether to evaluate at one date or over the schedule. */
  static final class When {
    @Option(names = "--as-at", paramLabel = "<date>", converter = DateConverter.class,
        description = "Evaluate at this date (YYYY-MM-DD, years 1900 to 2199).")
    LocalDate asAt;

    @Option(names = "--schedule", description = "Evaluate at each assessment point of the schedule (the default).")
    boolean schedule;
  }

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "<notice>", description = "The path of a .notice file, or a sample's id.")
  String notice;

  @Option(names = "--data", paramLabel = "<dir>", description = "The directory of CSV data (docs/data-format.md); "
      + "default: a sample's own data, else none.")
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

  @Option(names = "--superseded-by", paramLabel = "<notice>", description = "A later notice that supersedes this "
      + "one (its 'supersedes' statement names it): the journey ends with the final verdict taken on its issue date.")
  String supersededBy;

  /** The DfE options; null when none can have been given ({@link PlainEvaluate}: no DfE option, no picocli). */
  @CommandLine.Mixin
  DfeOptions dfe;

  @Override
  public Integer call() throws IOException {
    return evaluate(spec::commandLine, spec.commandLine().getOut());
  }

  /**
   * Evaluates and writes the report: to the writer, or to {@code --out} and then a line saying so to the writer.
   *
   * @param command this command's command line, asked for only to report a usage error ({@link PlainEvaluate}
   *     runs the command without one)
   * @param w where the report, or the line naming its file, goes
   * @return the exit code
   * @throws IOException when a file cannot be read or written
   */
  Integer evaluate(Supplier<CommandLine> command, PrintWriter w) throws IOException {
    Optional<Path> dataDirectory = DataDirectory.check(command, data);
    Sources.LoadedNotice loaded = Sources.notice(notice);
    boolean published = dfe != null && dfe.active();
    Sources.LoadedData loadedData = dfe == null ? Sources.data(loaded.notice(), dataDirectory)
        : dfe.load(loaded.notice(), dataDirectory);
    ComplianceEngine engine = EngineStart.engine();
    boolean atOneDate = when != null && when.asAt != null;
    if (supersededBy != null && atOneDate) {
      throw Failures.usageError(command, "--superseded-by ends the notice's journey: give it with --schedule, not "
          + "--as-at");
    }
    Evaluation evaluated;
    // a council's journey under a notice and the one that superseded it: both, the earlier one ending at the change
    Optional<Evaluation> successor = Optional.empty();
    if (atOneDate) {
      evaluated = Evaluation.at(engine, loaded.notice(), loadedData.data(), loadedData.describe(), when.asAt);
    } else if (supersededBy != null) {
      Sources.LoadedNotice later = Sources.notice(supersededBy);
      try {
        evaluated = Evaluation.supersededBy(engine, loaded.notice(), loadedData.data(), loadedData.describe(),
            later.notice());
      } catch (IllegalArgumentException notItsSuccessor) {
        throw Failures.usageError(command, "--superseded-by: " + notItsSuccessor.getMessage());
      }
      Sources.LoadedData laterData = dfe == null ? Sources.data(later.notice(), dataDirectory)
          : dfe.load(later.notice(), dataDirectory);
      successor = Optional.of(Evaluation.overSchedule(engine, later.notice(), laterData.data(),
          laterData.describe()));
    } else {
      evaluated = Evaluation.overSchedule(engine, loaded.notice(), loadedData.data(), loadedData.describe());
    }
    boolean sampleData = dataDirectory.isEmpty() && !published && loadedData.found()
        && Sources.BUNDLED.contains(loaded.notice().id().value());
    // the samples' figures are made up, and the report says so
    Evaluation evaluation = sampleData ? evaluated.withNote(Evaluation.ILLUSTRATIVE) : evaluated;
    List<Evaluation> evaluations = new java.util.ArrayList<>(List.of(evaluation));
    successor.ifPresent(evaluations::add);
    ReportFile.WriteAction report = writer -> {
      switch (format) {
        case json:
          JsonReport.write(JsonReport.document(evaluations), writer);
          writer.write(System.lineSeparator());
          break;
        case html:
          writer.write(HtmlReport.render(evaluations));
          break;
        default:
          PrintWriter pw = new PrintWriter(writer);
          for (Evaluation e : evaluations) {
            TextReport.forTerminal().write(e, pw);
          }
          pw.flush();
      }
    };
    ReportFile.deliver(out, w, format + " report", report);
    // the notice in force last decides: the successor, when there is one
    Evaluation last = evaluations.get(evaluations.size() - 1);
    return failOnNonCompliance && !last.latest().compliedSoFar() ? ExitCode.NON_COMPLIANT : ExitCode.OK;
  }
}
