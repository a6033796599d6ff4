package org.improvementnotice.data.dfe;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.improvementnotice.data.DataError;
import org.improvementnotice.data.DataFileException;
import org.improvementnotice.model.indicator.Aggregation;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.IndicatorCatalogue;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.indicator.Polarity;
import org.improvementnotice.model.indicator.Unit;

/**
 * Which published columns are which indicators: a CSV file with one row per indicator, so that a user adds
 * a published indicator by writing a row, never code. {@link #standard()} is the mapping shipped with the
 * library ({@code dfe-indicators.csv} beside this class, documented in {@code docs/published-data.md});
 * {@link #read(Path)} reads a user's, and {@link #plus(DfeMapping)} lets it add to or replace the shipped
 * rows.
 *
 * <p>The columns: {@code indicator, name, file, filters, value, numerator, denominator, denominator_file,
 * denominator_filters, denominator_year, unit, polarity, period, published, decimals}. An indicator the
 * catalogue has takes its definition from it, and the row's unit, polarity and period must agree with it; any
 * other is defined by the row (aggregated by latest when its figures are snapshots). Every bad cell is an
 * error naming the file, line and column. Immutable and thread-safe.
 */
public final class DfeMapping {

  /** The columns of a mapping file, in order. */
  public static final List<String> COLUMNS = List.of("indicator", "name", "file", "filters", "value", "numerator",
      "denominator", "denominator_file", "denominator_filters", "denominator_year", "unit", "polarity", "period",
      "published", "decimals");
  private static final Set<String> OPTIONAL = Set.of("name", "filters", "value", "numerator", "denominator",
      "denominator_file", "denominator_filters", "denominator_year", "decimals");
  private static final String RESOURCE = "dfe-indicators.csv";
  private static final DfeMapping STANDARD = loadStandard();

  private final Map<IndicatorId, DfeIndicator> byId;

  private DfeMapping(Map<IndicatorId, DfeIndicator> byId) {
    this.byId = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byId));
  }

  private static DfeMapping loadStandard() {
    try (InputStream in = DfeMapping.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The shipped mapping " + RESOURCE + " is missing from the class path");
      }
      return parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8), IndicatorCatalogue.standard());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the mapping shipped with the library, over the standard catalogue} */
  public static DfeMapping standard() {
    return STANDARD;
  }

  /**
   * Reads a user's mapping file, over the standard catalogue.
   *
   * @param file the file
   * @return the mapping
   * @throws DataFileException listing every bad row and cell
   */
  public static DfeMapping read(Path file) {
    String name = String.valueOf(requireNonNull(file, "file").getFileName());
    return parse(name, LocatedCsv.read(file, name), IndicatorCatalogue.standard());
  }

  /**
   * Reads mapping text.
   *
   * @param name the name errors give it
   * @param text the CSV text
   * @param catalogue the indicators whose definitions rows take
   * @return the mapping
   * @throws DataFileException listing every bad row and cell
   */
  public static DfeMapping parse(String name, String text, IndicatorCatalogue catalogue) {
    return parse(name, LocatedCsv.parse(text.startsWith("\uFEFF") ? text.substring(1) : text, name), catalogue);
  }

  private static DfeMapping parse(String name, List<LocatedCsv.Record> records, IndicatorCatalogue catalogue) {
    requireNonNull(catalogue, "catalogue");
    DfeFile.Errors errors = new DfeFile.Errors(name);
    List<LocatedCsv.Record> rows = records.stream().filter(r -> !r.text(0).startsWith("#")).toList();
    if (rows.isEmpty()) {
      throw new DataFileException(List.of(new DataError(name, 0, 0, "empty: expected a header row "
          + String.join(",", COLUMNS))));
    }
    Map<String, Integer> position = new HashMap<>();
    LocatedCsv.Record head = rows.get(0);
    for (int i = 0; i < head.fields().size(); i++) {
      LocatedCsv.Field f = head.fields().get(i);
      String c = f.text().strip().toLowerCase(Locale.ROOT);
      if (!COLUMNS.contains(c)) {
        errors.add(f, "unknown column '" + f.text() + "'; expected " + String.join(",", COLUMNS));
      } else if (position.putIfAbsent(c, i) != null) {
        errors.add(f, "column '" + c + "' appears twice");
      }
    }
    for (String c : COLUMNS) {
      if (!OPTIONAL.contains(c) && !position.containsKey(c)) {
        errors.add(head.line(), 0, "missing column '" + c + "'");
      }
    }
    errors.throwIfAny();
    Map<IndicatorId, DfeIndicator> out = new LinkedHashMap<>();
    Map<IndicatorId, Integer> lines = new HashMap<>();
    for (LocatedCsv.Record r : rows.subList(1, rows.size())) {
      if (r.isBlank()) {
        continue;
      }
      if (r.fields().size() != head.fields().size()) {
        errors.add(r.line(), 0, "expected " + head.fields().size() + " fields, found " + r.fields().size());
        continue;
      }
      Optional<DfeIndicator> row = row(r, position, catalogue, errors);
      if (row.isPresent()) {
        Integer first = lines.putIfAbsent(row.get().id(), r.line());
        if (first != null) {
          errors.add(r.line(), 0, "indicator " + row.get().id() + " is already mapped at line " + first);
        } else {
          out.put(row.get().id(), row.get());
        }
      }
    }
    errors.throwIfAny();
    return new DfeMapping(out);
  }

  private static Optional<DfeIndicator> row(LocatedCsv.Record r, Map<String, Integer> position,
      IndicatorCatalogue catalogue, DfeFile.Errors errors) {
    int before = errors.count();
    Cells cells = new Cells(r, position, errors);
    IndicatorId id = cells.required("indicator", IndicatorId::of);
    String file = cells.required("file", s -> s);
    Map<String, String> filters = cells.optional("filters", DfeMapping::filters).orElse(Map.of());
    Optional<String> value = cells.optional("value", s -> s);
    Optional<ColumnSum> numerator = cells.optional("numerator", ColumnSum::parse);
    Optional<ColumnSum> denominator = cells.optional("denominator", ColumnSum::parse);
    Optional<String> denominatorFile = cells.optional("denominator_file", s -> s);
    Map<String, String> denominatorFilters = cells.optional("denominator_filters", DfeMapping::filters)
        .orElse(Map.of());
    int offset = cells.optional("denominator_year", DfeMapping::offset).orElse(0);
    Unit unit = cells.required("unit", DfeMapping::unit);
    Polarity polarity = cells.required("polarity", DfeMapping::polarity);
    DfePeriod period = cells.required("period", s -> DfePeriod.of(s).orElseThrow(() -> new IllegalArgumentException(
        "'" + s + "' is not a period: expected one of " + String.join(", ",
            java.util.stream.Stream.of(DfePeriod.values()).map(DfePeriod::words).toList()))));
    PublicationRule published = cells.required("published", PublicationRule::parse);
    int decimals = cells.optional("decimals", DfeMapping::decimals).orElse(1);
    Optional<String> name = cells.optional("name", s -> s);
    if (errors.count() != before) {
      return Optional.empty();
    }
    Optional<Indicator> known = catalogue.find(id);
    Indicator indicator;
    if (known.isPresent()) {
      indicator = known.get();
      if (indicator.unit() != unit || indicator.polarity() != polarity
          || indicator.reportingPeriod() != period.kind()) {
        errors.add(r.line(), 0, "indicator " + id + " is in the catalogue as " + indicator.unit() + ", "
            + indicator.polarity() + ", reported by " + indicator.reportingPeriod() + "; the row says " + unit + ", "
            + polarity + ", " + period.words() + " (" + period.kind() + ")");
        return Optional.empty();
      }
    } else {
      if (name.isEmpty()) {
        errors.add(r.line(), 0, "indicator " + id + " is not in the catalogue: give its name (what it measures)");
        return Optional.empty();
      }
      Aggregation aggregation = period.isSnapshot() ? Aggregation.LATEST : Indicator.defaultAggregation(unit);
      indicator = new Indicator(id, name.get(), unit, polarity, period.kind(), aggregation);
    }
    try {
      return Optional.of(new DfeIndicator(indicator, file, filters, value, numerator, denominator, denominatorFile,
          denominatorFilters, offset, period, published, decimals));
    } catch (IllegalArgumentException e) {
      errors.add(r.line(), 0, e.getMessage());
      return Optional.empty();
    }
  }

  /** The cells of one mapping row, read by column with their errors located. */
  private static final class Cells {
    private final LocatedCsv.Record record;
    private final Map<String, Integer> position;
    private final DfeFile.Errors errors;

    Cells(LocatedCsv.Record record, Map<String, Integer> position, DfeFile.Errors errors) {
      this.record = record;
      this.position = position;
      this.errors = errors;
    }

    <T> T required(String column, java.util.function.Function<String, T> parse) {
      Optional<T> v = optional(column, parse);
      if (v.isEmpty() && errorsFree(column)) {
        LocatedCsv.Field f = record.fields().get(position.get(column));
        errors.add(f, column + ": a value is required");
      }
      return v.orElse(null);
    }

    private boolean errorsFree(String column) {
      return text(column).isEmpty();
    }

    private String text(String column) {
      Integer i = position.get(column);
      return i == null ? "" : record.fields().get(i).text().strip();
    }

    <T> Optional<T> optional(String column, java.util.function.Function<String, T> parse) {
      String s = text(column);
      if (s.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(parse.apply(s));
      } catch (IllegalArgumentException e) {
        LocatedCsv.Field f = record.fields().get(position.get(column));
        errors.add(f, column + ": " + e.getMessage());
        return Optional.empty();
      }
    }
  }

  /** Reads {@code column=value;column=value}. */
  static Map<String, String> filters(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String part : text.split(";")) {
      int eq = part.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("'" + part.strip() + "' is not a filter: expected column=value");
      }
      String column = part.substring(0, eq).strip();
      if (out.put(column, part.substring(eq + 1).strip()) != null) {
        throw new IllegalArgumentException("filter column '" + column + "' is given twice");
      }
    }
    return out;
  }

  private static int offset(String text) {
    if (!text.matches("[+-]?\\d{1,2}")) {
      throw new IllegalArgumentException("'" + text + "' is not a year offset (-1, 0, +1)");
    }
    return Integer.parseInt(text);
  }

  private static int decimals(String text) {
    if (!text.matches("\\d{1,2}")) {
      throw new IllegalArgumentException("'" + text + "' is not a number of decimal places");
    }
    return Integer.parseInt(text);
  }

  /** Reads a unit in the notice language's words. */
  static Unit unit(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) {
      case "percent" -> Unit.PERCENT;
      case "count" -> Unit.COUNT;
      case "rate per 1000" -> Unit.RATE_PER_1000;
      case "rate per 10000" -> Unit.RATE_PER_10000;
      case "percentage points" -> Unit.PERCENTAGE_POINTS;
      case "days" -> Unit.DAYS;
      case "score" -> Unit.SCORE;
      default -> throw new IllegalArgumentException("'" + text + "' is not a unit: expected percent, count, "
          + "rate per 1000, rate per 10000, percentage points, days or score");
    };
  }

  /** Reads a polarity in the notice language's words. */
  static Polarity polarity(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) {
      case "higher is better" -> Polarity.HIGHER_IS_BETTER;
      case "lower is better" -> Polarity.LOWER_IS_BETTER;
      default -> throw new IllegalArgumentException("'" + text + "' is not a polarity: expected higher is better "
          + "or lower is better");
    };
  }

  /** {@return every indicator mapped, in the mapping's order} */
  public List<DfeIndicator> indicators() {
    return List.copyOf(byId.values());
  }

  /**
   * {@return the mapping of the indicator, if it is mapped}
   *
   * @param id the indicator's id
   */
  public Optional<DfeIndicator> get(IndicatorId id) {
    return Optional.ofNullable(byId.get(requireNonNull(id, "id")));
  }

  /** {@return the filter columns any row names, its own or its denominator's} */
  public Set<String> filterColumns() {
    Set<String> out = new LinkedHashSet<>();
    byId.values().forEach(i -> {
      out.addAll(i.filters().keySet());
      out.addAll(i.denominatorFilters().keySet());
    });
    return out;
  }

  /**
   * This mapping with the other's rows added; a row of the other for an indicator this one maps replaces it.
   *
   * @param other the rows to add
   * @return the combined mapping
   */
  public DfeMapping plus(DfeMapping other) {
    Map<IndicatorId, DfeIndicator> out = new LinkedHashMap<>(byId);
    out.putAll(requireNonNull(other, "other").byId);
    return new DfeMapping(out);
  }

  /**
   * {@return this mapping with only the rows of the indicators given (for reading just what a notice needs)}
   *
   * @param ids the indicators to keep; an id this mapping does not map is ignored
   */
  public DfeMapping only(java.util.Collection<IndicatorId> ids) {
    Map<IndicatorId, DfeIndicator> out = new LinkedHashMap<>();
    byId.forEach((k, v) -> {
      if (ids.contains(k)) {
        out.put(k, v);
      }
    });
    return new DfeMapping(out);
  }

  /** {@return the indicators mapped, as a list for a catalogue} */
  public List<Indicator> catalogueEntries() {
    List<Indicator> out = new ArrayList<>();
    byId.values().forEach(i -> out.add(i.indicator()));
    return out;
  }
}
