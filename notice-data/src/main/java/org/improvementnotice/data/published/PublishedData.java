package org.improvementnotice.data.published;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.improvementnotice.data.DataError;
import org.improvementnotice.data.DataFileException;
import org.improvementnotice.data.benchmark.BenchmarkCalculator;
import org.improvementnotice.data.benchmark.ComputedBenchmark;
import org.improvementnotice.data.benchmark.NeighbourModel;
import org.improvementnotice.data.council.Council;
import org.improvementnotice.data.council.Councils;
import org.improvementnotice.data.dfe.Area;
import org.improvementnotice.data.dfe.DfeData;
import org.improvementnotice.data.dfe.DfeFigure;
import org.improvementnotice.data.dfe.DfeIndicator;
import org.improvementnotice.data.dfe.DfeSymbol;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.data.Ratio;
import org.improvementnotice.model.data.UnavailableFigure;
import org.improvementnotice.model.indicator.Aggregation;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.validation.DataValidator;
import org.improvementnotice.model.validation.Problem;

/**
 * A council's performance data from the published files: each of its figures with a value is an
 * {@link Observation} (with its numerator and denominator when the indicator aggregates by ratio; a snapshot
 * carries its value only, since it is never summed), quoting its file, line and columns and that its
 * publication date is assumed from the calendar; and for each year the England, regional and statistical
 * neighbour benchmarks with a value are {@link org.improvementnotice.model.data.BenchmarkValue}s whose
 * source says how they were found (method, model, neighbours used and left out, rounding), in words and, for the
 * statistical neighbours, as their {@linkplain org.improvementnotice.model.data.BenchmarkBasis basis}.
 * Immutable and thread-safe.
 *
 * <p>A figure published without a value (its symbol, its row) and a benchmark that could not be computed (too few
 * neighbours with a figure) are {@link UnavailableFigure}s, so that the requirement they would decide has no data
 * and says why.
 *
 * <p>A year in which the council's figure is published only jointly with others' (a shared service's
 * workforce) gives a figure without a value that says so, at the joint row.
 */
public final class PublishedData {

  private final DfeData figures;
  private final BenchmarkCalculator benchmarks;

  /**
   * Council data from the figures, with benchmarks from the calculator.
   *
   * @param figures the published figures
   * @param benchmarks the benchmark calculator over the same figures
   */
  public PublishedData(DfeData figures, BenchmarkCalculator benchmarks) {
    this.figures = requireNonNull(figures, "figures");
    this.benchmarks = requireNonNull(benchmarks, "benchmarks");
  }

  /**
   * Reads the folder for the indicators given (those a notice declares: only their files are read), with
   * the options' mapping, settings, model and benchmark settings.
   *
   * @param folder the folder of published files
   * @param indicators the indicators wanted; those not mapped are ignored
   * @param options how to read it
   * @return the data
   * @throws DataFileException listing every error of the files, the mapping or the model
   */
  public static PublishedData read(Path folder, Collection<IndicatorId> indicators, PublishedOptions options) {
    requireNonNull(folder, "folder");
    requireNonNull(options, "options");
    DfeData figures = DfeData.read(folder, options.mapping().only(indicators), options.settings());
    return new PublishedData(figures, new BenchmarkCalculator(figures, model(folder, options.model()),
        options.benchmarks()));
  }

  /**
   * The neighbour model: the file at the path, else the one file in the folder matching it as a pattern.
   *
   * @param folder the folder of published files
   * @param model a path or a file-name pattern
   * @return the model, if a file is found
   * @throws DataFileException when two files match, or the model does not read
   */
  public static Optional<NeighbourModel> model(Path folder, String model) {
    Path direct = Path.of(model);
    if (Files.isRegularFile(direct)) {
      return Optional.of(NeighbourModel.read(direct));
    }
    List<Path> found;
    try (Stream<Path> list = Files.list(folder)) {
      found = list.filter(p -> DfeIndicator.matches(model, String.valueOf(p.getFileName()))).sorted().toList();
    } catch (IOException e) {
      throw new DataFileException(List.of(new DataError(folder.toString(), 0, 0, "cannot list: " + e.getMessage())));
    }
    if (found.size() > 1) {
      throw new DataFileException(List.of(new DataError(String.valueOf(found.get(1).getFileName()), 0, 0,
          found.size() + " files match the neighbour model " + model + ": name the one meant")));
    }
    return found.stream().findFirst().map(NeighbourModel::read);
  }

  /** {@return the published figures} */
  public DfeData figures() {
    return figures;
  }

  /** {@return the benchmark calculator} */
  public BenchmarkCalculator benchmarks() {
    return benchmarks;
  }

  /** {@return the councils the files name} */
  public Councils councils() {
    return figures.councils();
  }

  /** The council's own figure that is published only jointly with others': no value, and why. */
  private static DfeFigure jointly(Council council, DfeFigure joint) {
    String column = joint.indicator().value().orElse(joint.indicator().columns());
    return new DfeFigure(joint.indicator(), Area.council(council.number()), council.name(), joint.year(),
        joint.period(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(new DfeFigure.Unavailable(Optional.empty(), column, "published only jointly, for " + joint.name()
            + " (" + joint.area().code() + ")")), joint.file(), joint.line(), joint.published(), joint.rule());
  }

  /**
   * The council's data for every mapped indicator.
   *
   * @param council the council
   * @return its data
   * @throws DataFileException when a figure does not fit its indicator (located at its row)
   */
  public CouncilFigures forCouncil(Council council) {
    return forCouncil(council, figures.indicators());
  }

  /**
   * The council's data for the indicators given (those a notice declares); indicators not mapped are
   * ignored.
   *
   * @param council the council
   * @param indicators the indicators wanted
   * @return its data
   * @throws DataFileException when a figure does not fit its indicator (located at its row)
   */
  public CouncilFigures forCouncil(Council council, Collection<IndicatorId> indicators) {
    requireNonNull(council, "council");
    requireNonNull(indicators, "indicators");
    PerformanceData.Builder builder = PerformanceData.builder(council.name());
    List<DfeFigure> own = new ArrayList<>();
    List<ComputedBenchmark> computed = new ArrayList<>();
    List<String> origins = new ArrayList<>();
    Map<IndicatorId, Indicator> defined = new HashMap<>();
    for (IndicatorId id : new TreeSet<>(indicators)) {
      Optional<DfeIndicator> mapped = figures.mapping().get(id);
      if (mapped.isEmpty() || figures.publication(id).isEmpty()) {
        continue;
      }
      Indicator indicator = mapped.get().indicator();
      defined.put(id, indicator);
      List<DfeFigure> series = new ArrayList<>(figures.series(id, Area.council(council.number())));
      for (DfeFigure england : figures.series(id, Area.ENGLAND)) {
        if (series.stream().noneMatch(f -> f.year() == england.year())) {
          figures.joint(id, council.number(), england.year()).ifPresent(j -> series.add(jointly(council, j)));
        }
      }
      series.sort(java.util.Comparator.comparingInt(DfeFigure::year));
      for (DfeFigure f : series) {
        own.add(f);
        if (f.value().isPresent()) {
          Optional<Ratio> ratio = indicator.aggregation() == Aggregation.RATIO && f.numerator().isPresent()
              && f.denominator().isPresent() ? Optional.of(new Ratio(f.numerator().get(), f.denominator().get()))
              : Optional.empty();
          builder.addObservation(new Observation(id, f.period(), f.value().get(), ratio, f.source(), f.published()));
          origins.add(f.location());
        } else {
          DfeFigure.Unavailable u = f.unavailable().get();
          builder.addUnavailable(new UnavailableFigure(id, Optional.empty(), f.period(),
              u.symbol().map(DfeSymbol::symbol), u.reason(), "DfE " + f.location(), f.published()));
        }
      }
      for (DfeFigure england : figures.series(id, Area.ENGLAND)) {
        int year = england.year();
        benchmarks.england(id, year).ifPresent(computed::add);
        benchmarks.region(council, id, year).ifPresent(computed::add);
        benchmarks.neighbours(council, id, year).ifPresent(computed::add);
      }
    }
    for (ComputedBenchmark b : computed) {
      benchmarks.valueOf(b).ifPresentOrElse(builder::addBenchmark, () -> builder.addUnavailable(new UnavailableFigure(
          b.indicator(), Optional.of(b.kind()), b.period(), Optional.empty(), b.unavailable().get(), b.description(),
          b.published())));
    }
    PerformanceData data = builder.build();
    List<Problem> problems = DataValidator.validate(data, id -> Optional.ofNullable(defined.get(id)));
    List<DataError> errors = new ArrayList<>();
    for (Problem p : problems) {
      if (p.isError() && p.path().startsWith("observations[")) {
        int i = Integer.parseInt(p.path().substring("observations[".length(), p.path().length() - 1));
        String at = origins.get(i);
        int colon = at.lastIndexOf(':');
        errors.add(new DataError(at.substring(0, colon), Integer.parseInt(at.substring(colon + 1)), 0, p.message()));
      } else if (p.isError()) {
        errors.add(new DataError(p.path(), 0, 0, p.message()));
      }
    }
    if (!errors.isEmpty()) {
      throw new DataFileException(errors);
    }
    return new CouncilFigures(council, data, own, computed);
  }
}
