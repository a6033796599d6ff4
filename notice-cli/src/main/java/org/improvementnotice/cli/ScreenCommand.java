package org.improvementnotice.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.improvementnotice.data.council.Council;
import org.improvementnotice.data.published.PublishedData;
import org.improvementnotice.model.AssessmentPoint;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.reports.screen.NationalScreen;
import org.improvementnotice.reports.screen.ScreenJson;
import org.improvementnotice.reports.screen.ScreenResult;
import org.improvementnotice.reports.screen.ScreenSort;
import org.improvementnotice.reports.screen.ScreenSubject;
import org.improvementnotice.reports.screen.ScreenText;
import org.improvementnotice.rules.ComplianceEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code screen}: one notice's requirements for every council in England at once, from a folder of the
 * Department's published files: each council's verdict and each requirement's status, colour, figure, target
 * and distance from it, as a table or JSON, sortable by the distance from one requirement's target.
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
    description = {"Screens every council in England against one notice's requirements, from the DfE's published "
        + "figures (--dfe-data): a table (or JSON) of each council's verdict and the status, RAG and distance from "
        + "target of each requirement.",
        "The councils screened are those the files name in the year of the date or the year before."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:everything went as asked",
        "2:usage error: unknown option, missing argument, bad date or sort",
        "3:invalid notice: it does not parse or validate (file:line:column given)",
        "4:invalid data: a published file, the mapping or the model is bad (file:line:column given)",
        "5:I/O error: a file cannot be read or written",
        "70:internal error (a bug)"})
public final class ScreenCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "<notice>", description = "A bundled notice id or a path to a .notice file.")
  String notice;

  @CommandLine.Mixin
  DfeOptions dfe;

  @Option(names = "--as-at", paramLabel = "<date>", converter = DateConverter.class,
      description = "The date of the screen (YYYY-MM-DD); default: the notice's last assessment point.")
  LocalDate asAt;

  @Option(names = "--format", paramLabel = "<format>", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--sort", paramLabel = "<sort>", defaultValue = "council",
      description = "council, verdict, or distance:<requirement> (furthest behind first) (default: ${DEFAULT-VALUE}).")
  String sort;

  @Option(names = "--out", paramLabel = "<path>", description = "Write the screen here instead of to standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (!dfe.active()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "screen needs --dfe-data, the folder of published "
          + "files the councils' figures come from");
    }
    if (!format.equals("text") && !format.equals("json")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format: '" + format + "' is not text or json");
    }
    ScreenSort order;
    try {
      order = ScreenSort.parse(sort);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--sort: " + e.getMessage());
    }
    Sources.LoadedNotice loaded = Sources.notice(notice);
    Notice n = loaded.notice();
    LocalDate date = asAt != null ? asAt : lastAssessment(n);
    PublishedData published = dfe.read(n);
    ScreenResult screen;
    try {
      screen = screen(ComplianceEngine.create(), n, published, date).sortedBy(order);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--sort: " + e.getMessage());
    }
    ReportFile.WriteAction action = writer -> {
      if (format.equals("json")) {
        ScreenJson.write(screen, writer);
        writer.write(System.lineSeparator());
      } else {
        PrintWriter pw = new PrintWriter(writer);
        ScreenText.write(screen, pw);
        pw.flush();
      }
    };
    PrintWriter w = spec.commandLine().getOut();
    ReportFile.deliver(out, w, format + " screen", action);
    return ExitCode.OK;
  }

  /**
   * Screens the councils the files name in the year of the date or the year before.
   *
   * @param engine the engine
   * @param notice the notice
   * @param published the published data, read for the notice's indicators
   * @param asAt the date
   * @return the screen, in LA number order
   */
  public static ScreenResult screen(ComplianceEngine engine, Notice notice, PublishedData published, LocalDate asAt) {
    return NationalScreen.screen(engine, notice, subjects(notice, published, asAt), asAt);
  }

  /**
   * Each council in England at the date (one the files name in the year of the date or the year before), with its
   * data for the notice's indicators.
   *
   * @param notice the notice, whose indicators are read
   * @param published the published data
   * @param asAt the date
   * @return the councils with their data, in LA number order
   */
  public static List<ScreenSubject> subjects(Notice notice, PublishedData published, LocalDate asAt) {
    List<IndicatorId> ids = notice.indicators().stream().map(Indicator::id).toList();
    int year = asAt.getYear();
    List<ScreenSubject> out = new ArrayList<>();
    for (Council c : published.councils().all()) {
      if (c.firstYear() <= year && c.lastYear() >= year - 1) {
        out.add(new ScreenSubject(c.number().value(), c.name(),
            c.region(year).map(Council.Region::name).orElse(""), published.forCouncil(c, ids).data()));
      }
    }
    return out;
  }

  /** The notice's last assessment point that resolves to a date, else its end, else today. */
  static LocalDate lastAssessment(Notice notice) {
    Optional<LocalDate> last = Optional.empty();
    for (AssessmentPoint p : notice.schedule().points()) {
      Optional<LocalDate> d = p.when().resolve(notice.deadlineContext());
      if (d.isPresent() && (last.isEmpty() || d.get().isAfter(last.get()))) {
        last = d;
      }
    }
    return last.or(notice::end).orElse(LocalDate.now());
  }
}
