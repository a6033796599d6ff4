package org.improvementnotice.data;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
import org.improvementnotice.model.indicator.Decimals;
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
 * file, line and column; all errors are reported together; no row is dropped. A CSV file whose name is not
 * one of the known kinds is an error too, so a misspelt file name is not silently ignored.
 *
 * <p>{@link #check(Notice)} validates the data against a notice (unknown indicators, percentages above 100,
 * evidence for actions the notice does not have, ...) and reports each problem at the row it came from.
 */
public final class CsvData {

  /** The file names read, each optional. */
  public static final String OBSERVATIONS = "observations.csv";
  public static final String BENCHMARKS = "benchmarks.csv";
  public static final String ACTIONS = "actions.csv";
  public static final String MEETINGS = "meetings.csv";
  public static final String JUDGEMENTS = "judgements.csv";

  private static final Set<String> KNOWN = Set.of(OBSERVATIONS, BENCHMARKS, ACTIONS, MEETINGS, JUDGEMENTS);
  /** The largest data file read, to bound memory. */
  public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  private final PerformanceData data;
  private final Map<String, DataError> origins;

  private CsvData(PerformanceData data, Map<String, DataError> origins) {
    this.data = data;
    this.origins = origins;
  }

  /** The data read. */
  public PerformanceData data() {
    return data;
  }

  /**
   * Reads every known CSV file in the directory.
   *
   * @throws DataFileException listing every unreadable file and bad row
   */
  public static CsvData read(Path directory, String council) {
    requireNonNull(directory, "directory");
    requireNonNull(council, "council");
    List<DataError> errors = new ArrayList<>();
    if (!Files.isDirectory(directory)) {
      throw new DataFileException(List.of(new DataError(directory.toString(), 0, 0, "not a directory")));
    }
    try (Stream<Path> files = Files.list(directory)) {
      files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
          .filter(f -> !KNOWN.contains(f.getFileName().toString()))
          .sorted()
          .forEach(f -> errors.add(new DataError(f.getFileName().toString(), 0, 0,
              "unknown data file; expected one of " + String.join(", ", KNOWN.stream().sorted().toList()))));
    } catch (IOException e) {
      throw new DataFileException(List.of(new DataError(directory.toString(), 0, 0, "cannot list: " + e.getMessage())));
    }
    PerformanceData.Builder builder = PerformanceData.builder(council);
    Map<String, DataError> origins = new HashMap<>();
    readRows(directory, OBSERVATIONS, List.of("indicator", "period", "value", "numerator", "denominator", "source",
        "published"), Set.of("numerator", "denominator"), errors, (row, i) -> {
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
            origins.put("observations[" + i + "]", row.origin());
            builder.addObservation(new Observation(indicator, period, value,
                num.flatMap(n -> den.map(d -> new Ratio(n, d))), source, published));
          }
        });
    readRows(directory, BENCHMARKS, List.of("indicator", "benchmark", "period", "value", "source", "published"),
        Set.of(), errors, (row, i) -> {
          IndicatorId indicator = row.indicator("indicator");
          BenchmarkKind kind = row.choice("benchmark", BenchmarkKind.class);
          Period period = row.period("period");
          BigDecimal value = row.decimal("value");
          String source = row.text("source");
          LocalDate published = row.date("published");
          if (row.ok()) {
            origins.put("benchmarks[" + i + "]", row.origin());
            builder.addBenchmark(new BenchmarkValue(indicator, kind, period, value, source, published));
          }
        });
    readRows(directory, ACTIONS, List.of("action", "completed", "reference", "recorded"), Set.of(), errors,
        (row, i) -> {
          RequirementId action = row.requirement("action");
          LocalDate completed = row.date("completed");
          String reference = row.text("reference");
          LocalDate recorded = row.date("recorded");
          if (row.ok()) {
            origins.put("actions[" + i + "]", row.origin());
            builder.addAction(new ActionEvidence(action, completed, reference, recorded));
          }
        });
    readRows(directory, MEETINGS, List.of("body", "date", "chair", "department_attended", "label", "reference"),
        Set.of("chair", "label"), errors, (row, i) -> {
          String body = row.text("body");
          LocalDate date = row.date("date");
          Optional<String> chair = row.optionalText("chair");
          boolean attended = row.yesNo("department_attended");
          Optional<String> label = row.optionalText("label");
          String reference = row.text("reference");
          if (row.ok()) {
            origins.put("meetings[" + i + "]", row.origin());
            builder.addMeeting(new MeetingRecord(body, date, chair, attended, label, reference));
          }
        });
    readRows(directory, JUDGEMENTS, List.of("requirement", "rag", "date", "note"), Set.of(), errors, (row, i) -> {
      RequirementId requirement = row.requirement("requirement");
      Rag rag = row.choice("rag", Rag.class);
      LocalDate date = row.date("date");
      String note = row.text("note");
      if (row.ok()) {
        origins.put("judgements[" + i + "]", row.origin());
        builder.addJudgement(new BoardJudgement(requirement, rag, date, note));
      }
    });
    if (!errors.isEmpty()) {
      throw new DataFileException(errors);
    }
    try {
      return new CsvData(builder.build(), origins);
    } catch (ValidationException e) {
      throw new DataFileException(locate(e.problems(), origins));
    }
  }

  /**
   * Validates the data against the notice.
   *
   * @return the warnings, each located at its row
   * @throws DataFileException listing every error at its row
   */
  public List<DataError> check(Notice notice) {
    List<Problem> problems = DataValidator.validate(notice, data);
    List<DataError> located = locate(problems.stream().filter(Problem::isError).toList(), origins);
    if (!located.isEmpty()) {
      throw new DataFileException(located);
    }
    return locate(problems, origins);
  }

  private static List<DataError> locate(List<Problem> problems, Map<String, DataError> origins) {
    List<DataError> out = new ArrayList<>();
    for (Problem p : problems) {
      DataError origin = origins.get(p.path());
      out.add(origin == null
          ? new DataError(p.path(), 0, 0, p.message())
          : new DataError(origin.file(), origin.line(), 0, p.message()));
    }
    return out;
  }

  /** What to do with each row of a file: its fields by name, and its position among the file's good rows. */
  private interface RowHandler {
    void accept(Row row, int index);
  }

  private static void readRows(Path directory, String name, List<String> columns, Set<String> optional,
      List<DataError> errors, RowHandler handler) {
    Path file = directory.resolve(name);
    if (!Files.exists(file)) {
      return;
    }
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        errors.add(new DataError(name, 0, 0, "larger than " + MAX_FILE_BYTES + " bytes"));
        return;
      }
    } catch (IOException e) {
      errors.add(new DataError(name, 0, 0, "cannot read: " + e.getMessage()));
      return;
    }
    CsvFactory factory = CsvFactory.builder()
        .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
        .build();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CsvParser parser = factory.createParser(reader)) {
      parser.setSchema(CsvSchema.emptySchema().withComments());
      Map<String, Integer> header = null;
      int good = 0;
      List<Field> fields = new ArrayList<>();
      int rowLine = 0;
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.START_ARRAY) {
          fields.clear();
        } else if (token == JsonToken.VALUE_STRING) {
          JsonLocation at = parser.currentTokenLocation();
          if (fields.isEmpty()) {
            rowLine = at.getLineNr();
          }
          fields.add(new Field(parser.getText(), at.getLineNr(), at.getColumnNr()));
        } else if (token == JsonToken.END_ARRAY) {
          if (header == null) {
            header = header(name, rowLine, fields, columns, optional, errors);
            if (header == null) {
              return;
            }
            continue;
          }
          Row row = new Row(name, rowLine, fields, header, errors);
          if (fields.size() != header.size()) {
            row.error(null, "expected " + header.size() + " fields, found " + fields.size());
            continue;
          }
          int before = errors.size();
          handler.accept(row, good);
          if (errors.size() == before) {
            good++;
          }
        }
      }
      if (header == null) {
        errors.add(new DataError(name, 0, 0, "empty: expected a header row " + String.join(",", columns)));
      }
    } catch (IOException e) {
      int line = e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe && jpe.getLocation() != null
          ? jpe.getLocation().getLineNr() : 0;
      errors.add(new DataError(name, line, 0,
          "not readable as CSV: " + String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
    }
  }

  private static Map<String, Integer> header(String file, int line, List<Field> fields, List<String> columns,
      Set<String> optional, List<DataError> errors) {
    Map<String, Integer> index = new LinkedHashMap<>();
    int before = errors.size();
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      String name = f.text().strip().toLowerCase(Locale.ROOT);
      if (!columns.contains(name)) {
        errors.add(new DataError(file, f.line(), f.column(), "unknown column '" + f.text() + "'; expected "
            + String.join(",", columns)));
      } else if (index.putIfAbsent(name, i) != null) {
        errors.add(new DataError(file, f.line(), f.column(), "column '" + name + "' appears twice"));
      }
    }
    for (String c : columns) {
      if (!index.containsKey(c) && !optional.contains(c)) {
        errors.add(new DataError(file, line, 0, "missing column '" + c + "'"));
      }
    }
    return errors.size() == before ? index : null;
  }

  private record Field(String text, int line, int column) {}

  /** One data row, its fields read by column name, its errors collected. */
  private static final class Row {
    private final String file;
    private final int line;
    private final List<Field> fields;
    private final Map<String, Integer> header;
    private final List<DataError> errors;
    private boolean ok = true;

    Row(String file, int line, List<Field> fields, Map<String, Integer> header, List<DataError> errors) {
      this.file = file;
      this.line = line;
      this.fields = List.copyOf(fields);
      this.header = header;
      this.errors = errors;
    }

    boolean ok() {
      return ok;
    }

    DataError origin() {
      return new DataError(file, line, 0, "");
    }

    void error(String column, String message) {
      ok = false;
      Integer i = column == null ? null : header.get(column);
      if (i == null) {
        errors.add(new DataError(file, line, 0, message));
      } else {
        Field f = fields.get(i);
        errors.add(new DataError(file, f.line(), f.column(), column + ": " + message));
      }
    }

    private Optional<String> raw(String column) {
      Integer i = header.get(column);
      if (i == null || i >= fields.size()) {
        return Optional.empty();
      }
      String s = fields.get(i).text().strip();
      return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private <T> T required(String column, Function<String, T> parse, String expected) {
      Optional<String> s = raw(column);
      if (s.isEmpty()) {
        error(column, "a value is required");
        return null;
      }
      try {
        return parse.apply(s.get());
      } catch (IllegalArgumentException | DateTimeParseException e) {
        error(column, "'" + s.get() + "' is not " + expected);
        return null;
      }
    }

    String text(String column) {
      return required(column, Function.identity(), "text");
    }

    Optional<String> optionalText(String column) {
      return raw(column);
    }

    BigDecimal decimal(String column) {
      return required(column, Decimals::parse, "a number");
    }

    Optional<BigDecimal> optionalDecimal(String column) {
      return raw(column).isEmpty() ? Optional.empty() : Optional.ofNullable(decimal(column));
    }

    LocalDate date(String column) {
      return required(column, LocalDate::parse, "a date (YYYY-MM-DD)");
    }

    Period period(String column) {
      return required(column, Period::parse, "a period (2009-03, 2009-Q1, FY2009-10, AY2008/09, YE2009-09, "
          + "2009-01-01..2009-03-31)");
    }

    IndicatorId indicator(String column) {
      return required(column, IndicatorId::of, "an indicator id");
    }

    RequirementId requirement(String column) {
      return required(column, RequirementId::of, "a requirement id");
    }

    boolean yesNo(String column) {
      Boolean b = required(column, s -> switch (s.toLowerCase(Locale.ROOT)) {
        case "yes", "true" -> Boolean.TRUE;
        case "no", "false" -> Boolean.FALSE;
        default -> throw new IllegalArgumentException(s);
      }, "yes or no");
      return Boolean.TRUE.equals(b);
    }

    <E extends Enum<E>> E choice(String column, Class<E> type) {
      return required(column, s -> Enum.valueOf(type, s.toUpperCase(Locale.ROOT).replace(' ', '_')),
          "one of " + String.join(", ", Stream.of(type.getEnumConstants()).map(Enum::name).toList()));
    }
  }
}
