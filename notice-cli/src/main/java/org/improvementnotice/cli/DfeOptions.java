package org.improvementnotice.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.improvementnotice.data.CsvData;
import org.improvementnotice.data.DataError;
import org.improvementnotice.data.DataFileException;
import org.improvementnotice.data.benchmark.BenchmarkMethod;
import org.improvementnotice.data.benchmark.BenchmarkSettings;
import org.improvementnotice.data.benchmark.Rounding;
import org.improvementnotice.data.council.Council;
import org.improvementnotice.data.council.CouncilNotFoundException;
import org.improvementnotice.data.dfe.DfeMapping;
import org.improvementnotice.data.dfe.DfeSettings;
import org.improvementnotice.data.dfe.PublicationRule;
import org.improvementnotice.data.published.CouncilFigures;
import org.improvementnotice.data.published.PublishedData;
import org.improvementnotice.data.published.PublishedOptions;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.validation.ValidationException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options that read a council's data from a folder of the Department's published files
 * ({@code docs/published-data.md}): the folder, the council, the statistical neighbour model and how its
 * average is computed, a user's own mapping, and per-file publication rules. A mixin of {@code evaluate} and
 * {@code screen}.
 */
public final class DfeOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--dfe-data", paramLabel = "<dir>",
      description = "A folder of DfE published files (data/dfe): the council's figures and benchmarks come from it.")
  Path folder;

  @Option(names = "--council", paramLabel = "<council>",
      description = "The council, by name (case-insensitive), LA number (886) or ONS code; default: the notice's "
          + "recipient.")
  String council;

  @Option(names = "--sn-model", paramLabel = "<file>", defaultValue = PublishedOptions.DEFAULT_MODEL,
      description = "The statistical neighbour model: a file, or a file-name pattern in the --dfe-data folder "
          + "(default: ${DEFAULT-VALUE}).")
  String model;

  @Option(names = "--sn-method", paramLabel = "<method>", defaultValue = "mean",
      converter = MethodConverter.class,
      description = "How the neighbours' figures combine: mean, median or pooled (default: ${DEFAULT-VALUE}).")
  BenchmarkMethod method;

  @Option(names = "--sn-minimum", paramLabel = "<n>", defaultValue = "7",
      description = "The fewest neighbours with a figure for a neighbour benchmark (default: ${DEFAULT-VALUE}).")
  int minimum;

  @Option(names = "--sn-rounding", paramLabel = "<rounding>", defaultValue = "none",
      converter = RoundingConverter.class,
      description = "none, or one-decimal (half up, as the DfE publishes) (default: ${DEFAULT-VALUE}).")
  Rounding rounding;

  @Option(names = "--dfe-mapping", paramLabel = "<file>",
      description = "A mapping file of published indicators, adding to (or replacing rows of) the shipped one.")
  Path mapping;

  @Option(names = "--dfe-published", paramLabel = "<pattern>=<rule>",
      description = "The publication rule of the files matching the pattern, e.g. 'csww_*.csv=first Thursday of "
          + "March' (repeatable).")
  Map<String, String> published;

  /** {@return whether a folder of published files was given ({@code --dfe-data})} */
  public boolean active() {
    return folder != null;
  }

  /** {@return the folder of published files, or null when none was given} */
  public Path folder() {
    return folder;
  }

  /**
   * The options of the reading, from the command line.
   *
   * @return the options
   * @throws CommandLine.ParameterException on a bad rule or minimum
   */
  public PublishedOptions options() {
    DfeSettings settings = DfeSettings.defaults();
    if (published != null) {
      for (Map.Entry<String, String> e : published.entrySet()) {
        try {
          settings = settings.withPublication(e.getKey(), PublicationRule.parse(e.getValue()));
        } catch (IllegalArgumentException x) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--dfe-published " + e.getKey() + ": "
              + x.getMessage());
        }
      }
    }
    BenchmarkSettings benchmarks;
    try {
      benchmarks = new BenchmarkSettings(method, minimum, rounding);
    } catch (IllegalArgumentException x) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--sn-minimum: " + x.getMessage());
    }
    DfeMapping rows = mapping == null ? DfeMapping.standard() : DfeMapping.standard().plus(DfeMapping.read(mapping));
    return new PublishedOptions(rows, settings, model, benchmarks);
  }

  /**
   * Reads the published folder for the notice's indicators.
   *
   * @param notice the notice
   * @return the published data
   * @throws NoSuchFileException when the folder does not exist
   * @throws DataFileException when a file, the mapping or the model is bad
   */
  public PublishedData read(Notice notice) throws NoSuchFileException {
    if (!Files.isDirectory(folder)) {
      throw new NoSuchFileException(folder.toString(), null, "no such folder of published data");
    }
    List<IndicatorId> ids = notice.indicators().stream().map(Indicator::id).toList();
    PublishedOptions options = options();
    if (ids.stream().noneMatch(id -> options.mapping().get(id).isPresent())) {
      throw new DataFileException(List.of(new DataError(notice.id().value(), 0, 0, "the notice declares none of the "
          + "published indicators (" + String.join(", ", options.mapping().indicators().stream()
              .map(i -> i.id().value()).toList()) + "): its figures cannot come from --dfe-data")));
    }
    return PublishedData.read(folder, ids, options);
  }

  /**
   * The council asked for, or the notice's recipient.
   *
   * @param published the published data
   * @param notice the notice
   * @return the council
   * @throws CommandLine.ParameterException when none, or several, answer (with the suggestions)
   */
  public Council council(PublishedData published, Notice notice) {
    String wanted = council != null ? council : notice.recipient().council();
    try {
      return published.councils().find(wanted);
    } catch (CouncilNotFoundException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), (council == null
          ? "the notice's recipient, '" + wanted + "': give --council. " : "--council: ") + e.getMessage());
    }
  }

  /**
   * The data for the notice: from the published folder when one is given (see {@link #data}), otherwise as
   * {@link Sources#data} reads it.
   *
   * @param notice the notice
   * @param local the council's own CSV files, if any
   * @return the data, and where it came from
   * @throws NoSuchFileException when the folder does not exist
   * @throws DataFileException when a file is bad
   * @throws CommandLine.ParameterException when {@code --council} is given without {@code --dfe-data}
   */
  public Sources.LoadedData load(Notice notice, Optional<Path> local) throws NoSuchFileException {
    if (active()) {
      return data(notice, local);
    }
    if (council != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--council needs --dfe-data, the folder of "
          + "published files the council's figures come from");
    }
    return Sources.data(notice, local);
  }

  /**
   * The council's data for the notice: the published figures and benchmarks, with the council's own CSV
   * files added when a directory is given.
   *
   * @param notice the notice
   * @param local the council's own CSV files, if any
   * @return the data, and where it came from
   * @throws NoSuchFileException when the folder does not exist
   * @throws DataFileException when a file is bad or the two sources give the same figure twice
   */
  public Sources.LoadedData data(Notice notice, Optional<Path> local) throws NoSuchFileException {
    PublishedData published = read(notice);
    Council c = council(published, notice);
    CouncilFigures figures = published.forCouncil(c, notice.indicators().stream().map(Indicator::id).toList());
    PerformanceData data = figures.data();
    String source = describe(published, figures);
    if (local.isPresent()) {
      CsvData csv = CsvData.read(local.get(), notice.recipient().council());
      csv.check(notice);
      data = combine(notice.recipient().council(), data, csv.data());
      source += " and " + local.get().toUri();
    }
    return new Sources.LoadedData(data, Optional.of(source), List.of());
  }

  /** What the report says of the data: the folder, the council, the model and settings, what is missing. */
  static String describe(PublishedData published, CouncilFigures figures) {
    StringBuilder s = new StringBuilder("the DfE's published statistics in " + published.figures().folder()
        + " for " + figures.council().label() + " (figures real, publication dates assumed from the DfE calendar");
    published.benchmarks().model().ifPresentOrElse(
        m -> s.append("; statistical neighbours: ").append(m.name()).append(", ")
            .append(published.benchmarks().settings()),
        () -> s.append("; no statistical neighbour model"));
    long unavailable = figures.unavailable().size();
    if (unavailable > 0) {
      s.append("; ").append(unavailable).append(unavailable == 1 ? " figure" : " figures")
          .append(" suppressed or unavailable");
    }
    if (!published.figures().missing().isEmpty()) {
      s.append("; not in the folder: ").append(String.join(", ", published.figures().missing().values()));
    }
    return s.append(")").toString();
  }

  /** The two sources' facts in one data set; a figure both give is an error. */
  static PerformanceData combine(String council, PerformanceData a, PerformanceData b) {
    PerformanceData.Builder out = PerformanceData.builder(council);
    out.addAll(a).addAll(b);
    try {
      return out.build();
    } catch (ValidationException e) {
      List<DataError> errors = new ArrayList<>();
      e.problems().forEach(p -> errors.add(new DataError("published and local data", 0, 0, p.message())));
      throw new DataFileException(errors);
    }
  }

  /** Reads a method: mean, median or pooled. */
  static final class MethodConverter implements CommandLine.ITypeConverter<BenchmarkMethod> {
    @Override
    public BenchmarkMethod convert(String value) {
      return switch (value.toLowerCase(java.util.Locale.ROOT)) {
        case "mean" -> BenchmarkMethod.MEAN;
        case "median" -> BenchmarkMethod.MEDIAN;
        case "pooled" -> BenchmarkMethod.POOLED;
        default -> throw new CommandLine.TypeConversionException("'" + value + "' is not a method: mean, median "
            + "or pooled");
      };
    }
  }

  /** Reads a rounding: none or one-decimal. */
  static final class RoundingConverter implements CommandLine.ITypeConverter<Rounding> {
    @Override
    public Rounding convert(String value) {
      return switch (value.toLowerCase(java.util.Locale.ROOT)) {
        case "none" -> Rounding.NONE;
        case "one-decimal" -> Rounding.ONE_DECIMAL_HALF_UP;
        default -> throw new CommandLine.TypeConversionException("'" + value + "' is not a rounding: none or "
            + "one-decimal");
      };
    }
  }
}
