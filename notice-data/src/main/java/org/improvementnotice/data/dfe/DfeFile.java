package org.improvementnotice.data.dfe;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.improvementnotice.data.DataError;
import org.improvementnotice.data.DataFileException;
import org.improvementnotice.data.council.LaNumber;

/**
 * One file in the Department for Education's open-data layout, read whole: the standard time and geography
 * columns, the filter columns named by the caller ({@code category}, {@code age_group}), and every other
 * column an indicator column whose cells are each a number ({@link DfeNumbers}) or a symbol
 * ({@link DfeSymbol}). Nothing of a particular file is assumed: any file in the layout is read.
 *
 * <p>Every bad cell is an error naming the file, line and column, and all are reported together in one
 * {@link DataFileException}: an unknown time identifier or geographic level, a malformed time period or LA
 * number, a row with too few or too many fields, an indicator cell that is neither a number nor a symbol
 * (a text column that is a filter must be named as one), and a second row for the same time, geography and
 * filters. No row is dropped. A local authority row may hold the figures of several councils published
 * jointly ({@code 940 / 941}); it is read as theirs together. Immutable and thread-safe.
 */
public final class DfeFile {

  // The standard columns of the layout: every file has the first three.
  /** The period a row is for, written as its {@link TimeIdentifier} says ({@code 2013}, {@code 201213}); required. */
  public static final String TIME_PERIOD = "time_period";
  /** How {@link #TIME_PERIOD} is written ({@code Reporting year}); required. */
  public static final String TIME_IDENTIFIER = "time_identifier";
  /**
   * What a row is of: {@code National}, {@code Regional} or {@code Local authority} ({@link GeographicLevel});
   * required.
   */
  public static final String GEOGRAPHIC_LEVEL = "geographic_level";
  /** The country's ONS code ({@code E92000001}). */
  public static final String COUNTRY_CODE = "country_code";
  /** The country's name ({@code England}). */
  public static final String COUNTRY_NAME = "country_name";
  /** The region's nine-character ONS code ({@code E12000009}); a regional row must have it. */
  public static final String REGION_CODE = "region_code";
  /** The region's name ({@code South West}). */
  public static final String REGION_NAME = "region_name";
  /**
   * The council's three-digit LA number ({@code 933}), or several for a joint row ({@code 940 / 941}); a local
   * authority row must have it.
   */
  public static final String OLD_LA_CODE = "old_la_code";
  /** The council's nine-character ONS code in that year ({@code E10000027}), which reorganisations change. */
  public static final String NEW_LA_CODE = "new_la_code";
  /** The council's name in that year ({@code Somerset}); a local authority row must have it. */
  public static final String LA_NAME = "la_name";

  /** The standard columns, in the layout's order. */
  public static final List<String> STANDARD = List.of(TIME_PERIOD, TIME_IDENTIFIER, GEOGRAPHIC_LEVEL, COUNTRY_CODE,
      COUNTRY_NAME, REGION_CODE, REGION_NAME, OLD_LA_CODE, NEW_LA_CODE, LA_NAME);
  private static final List<String> REQUIRED = List.of(TIME_PERIOD, TIME_IDENTIFIER, GEOGRAPHIC_LEVEL);
  /** The most errors listed for one file; the count of the rest is given. */
  static final int MAX_ERRORS = 200;

  private final String name;
  private final ImmutableList<String> header;
  private final ImmutableList<String> filterColumns;
  private final ImmutableList<String> indicatorColumns;
  private final ImmutableMap<String, Integer> indicatorIndex;
  private final ImmutableList<DfeRow> rows;

  private DfeFile(String name, List<String> header, List<String> filterColumns, List<String> indicatorColumns,
      List<DfeRow> rows) {
    this.name = name;
    this.header = ImmutableList.copyOf(header);
    this.filterColumns = ImmutableList.copyOf(filterColumns);
    this.indicatorColumns = ImmutableList.copyOf(indicatorColumns);
    ImmutableMap.Builder<String, Integer> index = ImmutableMap.builder();
    for (int i = 0; i < indicatorColumns.size(); i++) {
      index.put(indicatorColumns.get(i), i);
    }
    this.indicatorIndex = index.buildOrThrow();
    this.rows = ImmutableList.copyOf(rows);
  }

  /**
   * Reads the file.
   *
   * @param file the file
   * @param filterColumns the columns that are filters (text that selects a breakdown), where present
   * @return the file read
   * @throws DataFileException listing every bad header, row and cell
   */
  public static DfeFile read(Path file, Set<String> filterColumns) {
    String name = String.valueOf(requireNonNull(file, "file").getFileName());
    return parse(name, LocatedCsv.read(file, name), filterColumns);
  }

  /**
   * Reads records already parsed (for text that is not in a file).
   *
   * @param name the name errors give the file
   * @param records its records, the header first
   * @param filterColumns the columns that are filters, where present
   * @return the file read
   * @throws DataFileException listing every bad header, row and cell
   */
  public static DfeFile parse(String name, List<LocatedCsv.Record> records, Set<String> filterColumns) {
    requireNonNull(name, "name");
    requireNonNull(filterColumns, "filterColumns");
    Errors errors = new Errors(name);
    if (records.isEmpty()) {
      throw new DataFileException(List.of(new DataError(name, 0, 0, "empty: expected a header row starting "
          + String.join(",", REQUIRED))));
    }
    LocatedCsv.Record head = records.get(0);
    List<String> header = new ArrayList<>();
    Map<String, Integer> position = new HashMap<>();
    for (LocatedCsv.Field f : head.fields()) {
      String column = f.text().strip();
      if (column.isEmpty()) {
        errors.add(f.line(), f.column(), "a column without a name");
      } else if (position.putIfAbsent(column, header.size()) != null) {
        errors.add(f.line(), f.column(), "column '" + column + "' appears twice");
      }
      header.add(column);
    }
    for (String c : REQUIRED) {
      if (!position.containsKey(c)) {
        errors.add(head.line(), 0, "missing column '" + c + "'");
      }
    }
    errors.throwIfAny();
    List<String> filters = new ArrayList<>();
    List<String> indicators = new ArrayList<>();
    List<Integer> indicatorPositions = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String c = header.get(i);
      if (STANDARD.contains(c)) {
        continue;
      }
      if (filterColumns.contains(c)) {
        filters.add(c);
      } else {
        indicators.add(c);
        indicatorPositions.add(i);
      }
    }
    List<DfeRow> rows = new ArrayList<>(records.size());
    Map<String, Integer> seen = new HashMap<>();
    for (int r = 1; r < records.size(); r++) {
      LocatedCsv.Record record = records.get(r);
      if (record.fields().size() != header.size()) {
        errors.add(record.line(), 0, "expected " + header.size() + " fields, found " + record.fields().size());
        continue;
      }
      DfeRow row = row(record, position, filters, indicators, indicatorPositions, errors);
      if (row == null) {
        continue;
      }
      String key = row.identifier() + "|" + row.endYear() + "|" + row.level() + "|" + row.regionCode() + "|"
          + row.laCode() + "|" + new TreeMap<>(row.filters());
      Integer first = seen.putIfAbsent(key, row.line());
      if (first != null) {
        errors.add(row.line(), 0, "a second row for " + row.geography() + " in " + row.identifier().label() + " "
            + row.timePeriod() + (row.filters().isEmpty() ? "" : " with " + row.filters())
            + ": the first is at line " + first);
        continue;
      }
      rows.add(row);
    }
    errors.throwIfAny();
    return new DfeFile(name, header, filters, indicators, rows);
  }

  private static DfeRow row(LocatedCsv.Record record, Map<String, Integer> position, List<String> filters,
      List<String> indicators, List<Integer> indicatorPositions, Errors errors) {
    int before = errors.count();
    LocatedCsv.Field timePeriod = field(record, position, TIME_PERIOD);
    LocatedCsv.Field identifierField = field(record, position, TIME_IDENTIFIER);
    Optional<TimeIdentifier> identifier = TimeIdentifier.of(identifierField.text());
    int endYear = 0;
    if (identifier.isEmpty()) {
      errors.add(identifierField, TIME_IDENTIFIER + ": '" + DfeNumbers.printable(identifierField.text())
          + "' is not a time identifier read here (Reporting year, Calendar year, Financial year, Academic year)");
    } else {
      try {
        endYear = identifier.get().endYear(timePeriod.text());
      } catch (IllegalArgumentException e) {
        errors.add(timePeriod, TIME_PERIOD + ": " + e.getMessage());
      }
    }
    LocatedCsv.Field levelField = field(record, position, GEOGRAPHIC_LEVEL);
    Optional<GeographicLevel> level = GeographicLevel.of(levelField.text());
    if (level.isEmpty()) {
      errors.add(levelField, GEOGRAPHIC_LEVEL + ": '" + DfeNumbers.printable(levelField.text())
          + "' is not a geographic level read here (National, Regional, Local authority)");
    }
    String regionCode = text(record, position, REGION_CODE);
    String regionName = text(record, position, REGION_NAME);
    String onsCode = text(record, position, NEW_LA_CODE);
    String laName = text(record, position, LA_NAME);
    List<LaNumber> la = new ArrayList<>();
    if (level.orElse(null) == GeographicLevel.LOCAL_AUTHORITY) {
      LocatedCsv.Field number = position.containsKey(OLD_LA_CODE) ? record.fields().get(position.get(OLD_LA_CODE))
          : null;
      if (number == null) {
        errors.add(record.line(), 0, "a Local authority row, but the file has no " + OLD_LA_CODE + " column");
      } else {
        for (String part : number.text().split("/", -1)) {
          String n = part.strip();
          if (!LaNumber.isLaNumber(n) || la.contains(LaNumber.of(n))) {
            errors.add(number, OLD_LA_CODE + ": '" + DfeNumbers.printable(number.text())
                + "' is not an LA number (three ASCII digits), nor several different ones joined by ' / '");
            la.clear();
            break;
          }
          la.add(LaNumber.of(n));
        }
      }
      if (laName.isEmpty()) {
        errors.add(record.line(), 0, "a Local authority row without an " + LA_NAME);
      }
    } else if (level.orElse(null) == GeographicLevel.REGIONAL && regionCode.isEmpty()) {
      errors.add(record.line(), 0, "a Regional row without a " + REGION_CODE);
    }
    Map<String, String> filterValues = new LinkedHashMap<>();
    for (String f : filters) {
      filterValues.put(f, record.fields().get(position.get(f)).text());
    }
    List<DfeCell> cells = new ArrayList<>(indicators.size());
    List<Integer> columns = new ArrayList<>(indicators.size());
    for (int i = 0; i < indicators.size(); i++) {
      LocatedCsv.Field f = record.fields().get(indicatorPositions.get(i));
      try {
        cells.add(DfeCell.parse(f.text()));
        columns.add(f.column());
      } catch (IllegalArgumentException e) {
        errors.add(f, indicators.get(i) + ": " + e.getMessage()
            + " (a column of text must be declared a filter column)");
      }
    }
    if (errors.count() != before) {
      return null;
    }
    return new DfeRow(record.line(), timePeriod.text(), identifier.get(), endYear, level.get(), regionCode, regionName,
        la, onsCode, laName, filterValues, cells, columns);
  }

  private static LocatedCsv.Field field(LocatedCsv.Record record, Map<String, Integer> position, String column) {
    return record.fields().get(position.get(column));
  }

  private static String text(LocatedCsv.Record record, Map<String, Integer> position, String column) {
    Integer i = position.get(column);
    return i == null ? "" : record.fields().get(i).text().strip();
  }

  /** {@return the file's name} */
  public String name() {
    return name;
  }

  /** {@return every column, in the file's order} */
  public List<String> header() {
    return header;
  }

  /** {@return the filter columns present, in the file's order} */
  public List<String> filterColumns() {
    return filterColumns;
  }

  /** {@return the indicator columns, in the file's order: every column neither standard nor a filter} */
  public List<String> indicatorColumns() {
    return indicatorColumns;
  }

  /** {@return every row, in the file's order} */
  public List<DfeRow> rows() {
    return rows;
  }

  /**
   * {@return the position of the indicator column among {@link #indicatorColumns()}, if the file has it}
   *
   * @param column the column's name as the header writes it
   */
  public Optional<Integer> indicatorIndex(String column) {
    return Optional.ofNullable(indicatorIndex.get(column));
  }

  /**
   * {@return the row's cell of the indicator column, if the file has the column}
   *
   * @param row a row of this file
   * @param column the indicator column's name as the header writes it
   */
  public Optional<DfeCell> cell(DfeRow row, String column) {
    return indicatorIndex(column).map(i -> row.cells().get(i));
  }

  @Override
  public String toString() {
    return name + " (" + rows.size() + " rows, " + indicatorColumns.size() + " indicator columns)";
  }

  /** The errors of one file, each located, at most {@value #MAX_ERRORS} listed. */
  static final class Errors {
    private final String file;
    private final List<DataError> list = new ArrayList<>();
    private int count;

    Errors(String file) {
      this.file = file;
    }

    void add(int line, int column, String message) {
      count++;
      if (list.size() < MAX_ERRORS) {
        list.add(new DataError(file, line, column, message));
      }
    }

    void add(LocatedCsv.Field f, String message) {
      add(f.line(), f.column(), message);
    }

    int count() {
      return count;
    }

    void throwIfAny() {
      if (count > 0) {
        List<DataError> out = new ArrayList<>(list);
        if (count > list.size()) {
          out.add(new DataError(file, 0, 0, (count - list.size()) + " more errors not listed"));
        }
        throw new DataFileException(out);
      }
    }
  }
}
