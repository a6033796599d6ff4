package org.improvementnotice.data;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.Rag;
import org.improvementnotice.model.data.ActionEvidence;
import org.improvementnotice.model.data.BenchmarkValue;
import org.improvementnotice.model.data.BoardJudgement;
import org.improvementnotice.model.data.MeetingRecord;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.data.Ratio;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.validation.DataValidator;
import org.improvementnotice.model.validation.Problem;
import org.improvementnotice.model.validation.ValidationException;

/**
 * Reads a council's performance data from a directory of CSV files (the format is in
 * {@code docs/data-format.md}), with Jackson's CSV parser. Every bad row or value is an error naming the
 * file (with its directory), line and column; the errors are reported together, at most
 * {@value ErrorList#MAX_SHOWN} of them listed and the rest counted; no row is dropped. A CSV file whose name is
 * not one of the known kinds is an error too, so a misspelt file name is not silently ignored. The files of a
 * directory together may hold at most {@link #MAX_TOTAL_BYTES}, checked before any is read.
 *
 * <p>{@link #check(Notice)} validates the data against a notice (unknown indicators, percentages above 100,
 * evidence for actions the notice does not have, ...) and reports each problem at the row it came from.
 * Immutable and thread-safe once read.
 */
public final class CsvData {

  /** The file of indicator figures. */
  public static final String OBSERVATIONS = "observations.csv";
  /** The file of benchmark figures. */
  public static final String BENCHMARKS = "benchmarks.csv";
  /** The file of evidence for dated actions. */
  public static final String ACTIONS = "actions.csv";
  /** The file of board meetings. */
  public static final String MEETINGS = "meetings.csv";
  /** The file of the board's own judgements. */
  public static final String JUDGEMENTS = "judgements.csv";
  /**
   * The most bytes the data files of one directory may hold together (64 MiB), checked before any is read, so
   * that memory stays bounded however many files there are; {@code docs/data-format.md} says how much heap a
   * directory at the bound needs.
   */
  public static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;

  private static final List<String> KNOWN = List.of(OBSERVATIONS, BENCHMARKS, ACTIONS, MEETINGS, JUDGEMENTS);

  private final PerformanceData data;
  private final Map<String, List<DataError>> origins;

  private CsvData(PerformanceData data, Map<String, List<DataError>> origins) {
    this.data = data;
    this.origins = origins;
  }

  /** @return the data read */
  public PerformanceData data() {
    return data;
  }

  /**
   * Reads every known CSV file in the directory.
   *
   * @param directory the directory of CSV files
   * @param council the council the data is of
   * @return the data, with where each row came from
   * @throws DataFileException listing the unreadable files and bad rows (at most
   *     {@value ErrorList#MAX_SHOWN}, the rest counted)
   */
  public static CsvData read(Path directory, String council) {
    requireNonNull(directory, "directory");
    requireNonNull(council, "council");
    ErrorList errors = new ErrorList();
    if (!Files.isDirectory(directory)) {
      throw new DataFileException(List.of(new DataError(directory.toString(), 0, 0, "not a directory")));
    }
    try (Stream<Path> files = Files.list(directory)) {
      files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
          .filter(f -> !KNOWN.contains(f.getFileName().toString()))
          .sorted()
          .forEach(f -> errors.add(new DataError(f.toString(), 0, 0,
              "unknown data file; expected one of " + String.join(", ", KNOWN.stream().sorted().toList()))));
    } catch (IOException | RuntimeException e) {
      throw new DataFileException(List.of(new DataError(directory.toString(), 0, 0, "cannot list: " + e.getMessage())));
    }
    checkTotalSize(directory);
    Reading reading = new Reading(directory, council, errors);
    reading.observations();
    reading.benchmarks();
    reading.actions();
    reading.meetings();
    reading.judgements();
    errors.throwIfAny();
    try {
      return new CsvData(reading.builder.build(), reading.origins);
    } catch (ValidationException e) {
      ErrorList located = new ErrorList();
      located.addAll(locate(e.problems(), reading.origins));
      throw located.exception();
    }
  }

  private static void checkTotalSize(Path directory) {
    long total = 0;
    for (String name : KNOWN) {
      Path file = directory.resolve(name);
      try {
        if (Files.exists(file)) {
          total += Files.size(file);
        }
      } catch (IOException e) {
        throw new DataFileException(List.of(new DataError(file.toString(), 0, 0, "cannot read: " + e.getMessage())));
      }
    }
    if (total > MAX_TOTAL_BYTES) {
      throw new DataFileException(List.of(new DataError(directory.toString(), 0, 0, "the data files hold " + total
          + " bytes together, more than the " + MAX_TOTAL_BYTES + " bytes (64 MiB) read at most")));
    }
  }

  /**
   * Validates the data against the notice.
   *
   * @param notice the notice the data is for
   * @return the warnings, each located at its row
   * @throws DataFileException listing the errors at their rows (at most {@value ErrorList#MAX_SHOWN})
   */
  public List<DataError> check(Notice notice) {
    requireNonNull(notice, "notice");
    List<Problem> problems = DataValidator.validate(notice, data);
    ErrorList located = new ErrorList();
    located.addAll(locate(problems.stream().filter(Problem::isError).toList(), origins));
    located.throwIfAny();
    List<DataError> warnings = locate(problems, origins);
    return List.copyOf(warnings.subList(0, Math.min(warnings.size(), ErrorList.MAX_SHOWN)));
  }

  /** Each problem at the row its path names, and the rows its message names written as file:line. */
  private static List<DataError> locate(List<Problem> problems, Map<String, List<DataError>> origins) {
    List<DataError> out = new ArrayList<>();
    for (Problem p : problems) {
      Optional<DataError> origin = origin(p.path(), origins);
      Matcher m = References.REFERENCE.matcher(p.message());
      StringBuilder message = new StringBuilder();
      while (m.find()) {
        Optional<DataError> named = origin(m.group(), origins);
        m.appendReplacement(message, Matcher.quoteReplacement(named.map(o -> o.file() + ":" + o.line())
            .orElse(m.group())));
      }
      m.appendTail(message);
      out.add(origin.map(o -> new DataError(o.file(), o.line(), 0, message.toString()))
          .orElseGet(() -> new DataError(p.path(), 0, 0, message.toString())));
    }
    return out;
  }

  private static Optional<DataError> origin(String path, Map<String, List<DataError>> origins) {
    Matcher m = References.REFERENCE.matcher(path);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    List<DataError> rows = origins.getOrDefault(m.group(1), List.of());
    try {
      int i = Integer.parseInt(m.group(2));
      return i < rows.size() ? Optional.of(rows.get(i)) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** A reference to a row by its index, {@code observations[12]}: compiled on first use, as errors are rare. */
  private static final class References {
    static final Pattern REFERENCE = Pattern.compile(
        "\\b(observations|benchmarks|actions|meetings|judgements)\\[(\\d+)]");
  }

  /** One reading of a directory: the builder, where each row added came from, and the errors. */
  private static final class Reading {
    private final Path directory;
    private final ErrorList errors;
    private final PerformanceData.Builder builder;
    private final Map<String, List<DataError>> origins = new HashMap<>();
    private final CsvFile.Budget budget = new CsvFile.Budget(MAX_TOTAL_BYTES);
    /** One instance of each repeated text (sources, references, bodies), to spare memory. */
    private final Map<String, String> strings = new HashMap<>();

    Reading(Path directory, String council, ErrorList errors) {
      this.directory = directory;
      this.errors = errors;
      this.builder = PerformanceData.builder(council);
    }

    private void read(String name, List<String> columns, Set<String> optional, CsvFile.RowHandler handler) {
      CsvFile.read(directory.resolve(name), columns, optional, budget, errors, strings, handler);
    }

    /** Adds what the row made, reporting a value the model refuses at the row; records where it came from. */
    private void add(String kind, CsvRow row, Runnable adding) {
      try {
        adding.run();
      } catch (IllegalArgumentException e) {
        row.error(null, CsvRow.quote(String.valueOf(e.getMessage())));
        return;
      }
      origins.computeIfAbsent(kind, k -> new ArrayList<>()).add(new DataError(row.file(), row.line(), 0, ""));
    }

    void observations() {
      read(OBSERVATIONS, List.of("indicator", "period", "value", "numerator", "denominator", "source", "published"),
          Set.of("numerator", "denominator"), row -> {
            IndicatorId indicator = row.indicator("indicator");
            Period period = row.period("period");
            BigDecimal value = row.decimal("value");
            Optional<BigDecimal> num = row.optionalDecimal("numerator");
            Optional<BigDecimal> den = row.optionalDecimal("denominator");
            if (num.isPresent() != den.isPresent()) {
              row.error(num.isPresent() ? "denominator" : "numerator",
                  "numerator and denominator go together: give both or neither");
            }
            String source = row.text("source");
            LocalDate published = row.date("published");
            if (row.ok()) {
              int places = row.writtenDecimals("value");
              add("observations", row, () -> builder.addObservation(new Observation(indicator, period, value,
                  num.flatMap(n -> den.map(d -> new Ratio(n, d))), source, published))
                  .recordDecimals(indicator, places));
            }
          });
    }

    void benchmarks() {
      read(BENCHMARKS, List.of("indicator", "benchmark", "period", "value", "source", "published"), Set.of(), row -> {
        IndicatorId indicator = row.indicator("indicator");
        BenchmarkKind kind = row.choice("benchmark", BenchmarkKind.class);
        Period period = row.period("period");
        BigDecimal value = row.decimal("value");
        String source = row.text("source");
        LocalDate published = row.date("published");
        if (row.ok()) {
          int places = row.writtenDecimals("value");
          add("benchmarks", row, () -> builder.addBenchmark(
              new BenchmarkValue(indicator, kind, period, value, source, published)).recordDecimals(indicator, places));
        }
      });
    }

    void actions() {
      /** One piece of evidence: an action done on a day, recorded in a reference. */
      record Key(RequirementId action, LocalDate completed, String reference) {}
      Map<Key, String> seen = new HashMap<>();
      read(ACTIONS, List.of("action", "completed", "reference", "recorded"), Set.of(), row -> {
        RequirementId action = row.requirement("action");
        LocalDate completed = row.date("completed");
        String reference = row.text("reference");
        LocalDate recorded = row.date("recorded");
        if (row.ok()) {
          // the same evidence twice, whenever recorded, is a duplicate
          String first = seen.putIfAbsent(new Key(action, completed, reference), row.location());
          if (first != null) {
            row.error(null, "duplicate evidence: " + action + " completed " + completed + " with reference "
                + CsvRow.quote(reference) + " is already given at " + first);
            return;
          }
          add("actions", row, () -> builder.addAction(new ActionEvidence(action, completed, reference, recorded)));
        }
      });
    }

    void meetings() {
      /** A meeting read and the row it came from. */
      record Read(MeetingRecord meeting, CsvRow row) {}
      List<Read> read = new ArrayList<>();
      read(MEETINGS, List.of("body", "date", "chair", "department_attended", "label", "reference"),
          Set.of("chair", "label"), row -> {
            String body = row.text("body");
            LocalDate date = row.date("date");
            Optional<String> chair = row.optionalText("chair");
            boolean attended = row.yesNo("department_attended");
            Optional<String> label = row.optionalText("label");
            String reference = row.text("reference");
            if (row.ok()) {
              try {
                read.add(new Read(new MeetingRecord(body, date, chair, attended, label, reference), row));
              } catch (IllegalArgumentException e) {
                row.error(null, CsvRow.quote(String.valueOf(e.getMessage())));
              }
            }
          });
      // the data holds its meetings in date order; added in that order, each keeps its index and so its row
      read.sort(Comparator.comparing(r -> r.meeting().date()));
      for (Read r : read) {
        add("meetings", r.row(), () -> builder.addMeeting(r.meeting()));
      }
    }

    void judgements() {
      /** A requirement on a day. */
      record Key(RequirementId requirement, LocalDate date) {}
      /** A judgement read and where. */
      record First(Rag rag, String location) {}
      Map<Key, First> seen = new HashMap<>();
      read(JUDGEMENTS, List.of("requirement", "rag", "date", "note"), Set.of(), row -> {
        RequirementId requirement = row.requirement("requirement");
        Rag rag = row.choice("rag", Rag.class);
        LocalDate date = row.date("date");
        String note = row.text("note");
        if (row.ok()) {
          First first = seen.putIfAbsent(new Key(requirement, date), new First(rag, row.location()));
          if (first != null) {
            row.error(null, (first.rag() == rag ? "duplicate judgement: " + requirement + " on " + date
                + " is already judged " + rag : "conflicting judgements: " + requirement + " on " + date + " is "
                + rag + " here and " + first.rag()) + " at " + first.location());
            return;
          }
          add("judgements", row, () -> builder.addJudgement(new BoardJudgement(requirement, rag, date, note)));
        }
      });
    }
  }
}
