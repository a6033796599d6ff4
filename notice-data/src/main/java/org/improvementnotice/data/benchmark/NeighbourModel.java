package org.improvementnotice.data.benchmark;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.improvementnotice.data.DataError;
import org.improvementnotice.data.DataFileException;
import org.improvementnotice.data.council.LaNumber;
import org.improvementnotice.data.dfe.LocatedCsv;

/**
 * A statistical neighbour model: each council's ranked neighbours, read from a file in the Department's wide
 * layout, one row per council. The columns are found by their headers, so the 2025 model
 * ({@code old_la_code, la_name, ..., SN_1, SN_1P, ...}) and the April 2021 groupings
 * ({@code LA num, LA Name, LA number, ..., SN1, SNP, ...}) are both read: the council's LA number is the first of
 * {@code old_la_code}, {@code LA number}, {@code LA num} (when two are present they must agree); neighbour
 * {@code n} is the column {@code SN_n} or {@code SNn}; its closeness the column after it when that is headed
 * {@code SN_nP} or {@code SNP}. Blank rows, and rows without an LA number (the 2021 file's heading "Old SNs:"
 * before the councils that have since gone), are kept as what they are ({@link #skippedLines()}); every other
 * row must hold a council with LA numbers for neighbours, or it is an error naming the file, line and column.
 * Immutable and thread-safe.
 */
public final class NeighbourModel {

  private static final List<String> NUMBER_COLUMNS = List.of("old_la_code", "la number", "la num");
  private static final List<String> NAME_COLUMNS = List.of("la_name", "la name");
  private static final Pattern NEIGHBOUR = Pattern.compile("sn_?(\\d{1,3})");   // a rank, 1 to 10 in the DfE models
  private static final Pattern CLOSENESS = Pattern.compile("sn_?(\\d{0,3})p");

  private final String name;
  private final ImmutableMap<LaNumber, ImmutableList<Neighbour>> neighbours;
  private final ImmutableMap<LaNumber, String> names;
  private final ImmutableMap<LaNumber, Integer> lines;
  private final ImmutableList<Integer> skipped;

  private NeighbourModel(String name, Map<LaNumber, List<Neighbour>> neighbours, Map<LaNumber, String> names,
      Map<LaNumber, Integer> lines, List<Integer> skipped) {
    this.name = name;
    ImmutableMap.Builder<LaNumber, ImmutableList<Neighbour>> b = ImmutableMap.builder();
    new TreeMap<>(neighbours).forEach((k, v) -> b.put(k, ImmutableList.copyOf(v)));
    this.neighbours = b.buildOrThrow();
    this.names = ImmutableMap.copyOf(names);
    this.lines = ImmutableMap.copyOf(lines);
    this.skipped = ImmutableList.copyOf(skipped);
  }

  /**
   * Reads a model file.
   *
   * @param file the file
   * @return the model, named by the file's name
   * @throws DataFileException listing every bad header, row and cell
   */
  public static NeighbourModel read(Path file) {
    String name = String.valueOf(requireNonNull(file, "file").getFileName());
    return parse(name, LocatedCsv.read(file, name));
  }

  /**
   * Reads a model's records.
   *
   * @param name the model's name (its file's), which errors give
   * @param records the records, the header first
   * @return the model
   * @throws DataFileException listing every bad header, row and cell
   */
  public static NeighbourModel parse(String name, List<LocatedCsv.Record> records) {
    requireNonNull(name, "name");
    List<DataError> errors = new ArrayList<>();
    if (records.isEmpty()) {
      throw new DataFileException(List.of(new DataError(name, 0, 0, "empty: expected a header row")));
    }
    LocatedCsv.Record head = records.get(0);
    List<Integer> numberColumns = new ArrayList<>();
    int nameColumn = -1;
    Map<Integer, Integer> neighbourColumns = new TreeMap<>();   // rank -> column
    Map<Integer, Integer> closenessColumns = new HashMap<>();   // rank -> column
    for (String wanted : NUMBER_COLUMNS) {
      for (int i = 0; i < head.fields().size(); i++) {
        if (head.text(i).strip().toLowerCase(Locale.ROOT).equals(wanted)) {
          numberColumns.add(i);
        }
      }
    }
    for (int i = 0; i < head.fields().size() && nameColumn < 0; i++) {
      if (NAME_COLUMNS.contains(head.text(i).strip().toLowerCase(Locale.ROOT))) {
        nameColumn = i;
      }
    }
    for (int i = 0; i < head.fields().size(); i++) {
      String h = head.text(i).strip().toLowerCase(Locale.ROOT);
      Matcher m = NEIGHBOUR.matcher(h);
      if (m.matches()) {
        int rank = Integer.parseInt(m.group(1));
        if (neighbourColumns.put(rank, i) != null) {
          LocatedCsv.Field f = head.fields().get(i);
          errors.add(new DataError(name, f.line(), f.column(), "neighbour column " + rank + " appears twice"));
        }
        Matcher p = i + 1 < head.fields().size() ? CLOSENESS.matcher(head.text(i + 1).strip().toLowerCase(Locale.ROOT))
            : null;
        if (p != null && p.matches() && (p.group(1).isEmpty() || Integer.parseInt(p.group(1)) == rank)) {
          closenessColumns.put(rank, i + 1);
        }
      }
    }
    if (numberColumns.isEmpty()) {
      errors.add(new DataError(name, head.line(), 0, "no LA number column: expected one headed old_la_code, "
          + "LA number or LA num"));
    }
    if (neighbourColumns.isEmpty()) {
      errors.add(new DataError(name, head.line(), 0, "no neighbour columns: expected SN_1, SN_2, ... or SN1, SN2, ..."));
    }
    int expectRank = 1;
    for (int rank : neighbourColumns.keySet()) {
      if (rank != expectRank++) {
        errors.add(new DataError(name, head.line(), 0, "neighbour columns must be numbered 1, 2, 3, ... without gaps; "
            + "found " + neighbourColumns.keySet()));
        break;
      }
    }
    if (!errors.isEmpty()) {
      throw new DataFileException(errors);
    }
    Map<LaNumber, List<Neighbour>> neighbours = new LinkedHashMap<>();
    Map<LaNumber, String> names = new HashMap<>();
    Map<LaNumber, Integer> lines = new HashMap<>();
    List<Integer> skipped = new ArrayList<>();
    int first = numberColumns.get(0);
    for (LocatedCsv.Record r : records.subList(1, records.size())) {
      if (r.isBlank() || r.text(first).strip().isEmpty()) {
        skipped.add(r.line());
        continue;
      }
      if (r.fields().size() != head.fields().size()) {
        errors.add(new DataError(name, r.line(), 0, "expected " + head.fields().size() + " fields, found "
            + r.fields().size()));
        continue;
      }
      int before = errors.size();
      Optional<LaNumber> council = number(name, r.fields().get(first), errors);
      for (int other : numberColumns.subList(1, numberColumns.size())) {
        LocatedCsv.Field f = r.fields().get(other);
        if (!f.text().strip().equals(r.text(first).strip())) {
          errors.add(new DataError(name, f.line(), f.column(), "'" + f.text() + "' disagrees with the LA number '"
              + r.text(first).strip() + "' of the same row"));
        }
      }
      List<Neighbour> list = new ArrayList<>();
      for (Map.Entry<Integer, Integer> e : neighbourColumns.entrySet()) {
        Optional<LaNumber> n = number(name, r.fields().get(e.getValue()), errors);
        Integer c = closenessColumns.get(e.getKey());
        n.ifPresent(x -> list.add(new Neighbour(x, e.getKey(), c == null ? "" : r.text(c).strip())));
      }
      if (council.isPresent() && errors.size() == before) {
        Integer at = lines.putIfAbsent(council.get(), r.line());
        if (at != null) {
          errors.add(new DataError(name, r.line(), 0, "a second row for LA number " + council.get()
              + ": the first is at line " + at));
          continue;
        }
        if (list.stream().anyMatch(x -> x.number().equals(council.get()))) {
          errors.add(new DataError(name, r.line(), 0, "LA number " + council.get() + " is its own neighbour"));
          continue;
        }
        neighbours.put(council.get(), list);
        names.put(council.get(), nameColumn < 0 ? "" : r.text(nameColumn).strip());
      }
    }
    if (!errors.isEmpty()) {
      throw new DataFileException(errors);
    }
    return new NeighbourModel(name, neighbours, names, lines, skipped);
  }

  private static Optional<LaNumber> number(String file, LocatedCsv.Field f, List<DataError> errors) {
    String text = f.text().strip();
    if (!LaNumber.isLaNumber(text)) {
      errors.add(new DataError(file, f.line(), f.column(), "'" + text + "' is not an LA number (three ASCII digits)"));
      return Optional.empty();
    }
    return Optional.of(LaNumber.of(text));
  }

  /** {@return the model's name: its file's} */
  public String name() {
    return name;
  }

  /** {@return the councils the model has neighbours for, in LA number order} */
  public List<LaNumber> councils() {
    return neighbours.keySet().asList();
  }

  /**
   * {@return the council's neighbours, closest first; empty when the model does not have the council}
   *
   * @param council the council's LA number
   */
  public List<Neighbour> neighbours(LaNumber council) {
    return neighbours.getOrDefault(requireNonNull(council, "council"), ImmutableList.of());
  }

  /**
   * {@return whether the model has the council}
   *
   * @param council the council's LA number
   */
  public boolean has(LaNumber council) {
    return neighbours.containsKey(council);
  }

  /**
   * {@return the council's name as the model writes it}
   *
   * @param council the council's LA number; empty when the model does not have it
   */
  public Optional<String> nameOf(LaNumber council) {
    return Optional.ofNullable(names.get(council));
  }

  /**
   * {@return the line of the council's row}
   *
   * @param council the council's LA number; empty when the model does not have it
   */
  public Optional<Integer> lineOf(LaNumber council) {
    return Optional.ofNullable(lines.get(council));
  }

  /** {@return the lines that hold no council: blank rows and headings} */
  public List<Integer> skippedLines() {
    return skipped;
  }

  @Override
  public String toString() {
    return name + " (" + neighbours.size() + " councils)";
  }
}
