package org.improvementnotice.data.dfe;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.improvementnotice.data.DataError;
import org.improvementnotice.data.DataFileException;
import org.improvementnotice.data.council.Council;
import org.improvementnotice.data.council.Councils;
import org.improvementnotice.data.council.LaNumber;
import org.improvementnotice.model.indicator.IndicatorId;

/**
 * The published figures of a folder of files in the Department's open-data layout, read by a
 * {@link DfeMapping}: every mapped indicator's figure for England, each region and each council in each year,
 * with its value or the reason it has none, and the councils the files name. Each file is read once, however
 * many indicators come from it; a file the mapping names that the folder lacks leaves its indicators
 * without figures (and {@link #missing()} says so); two files matching one pattern are an error, since
 * either could be the one meant. Immutable and thread-safe.
 *
 * <p>The figures of councils published jointly (the workforce of a shared service: {@code 940 / 941}) are
 * read as the joint area's, and {@link #joint} finds them for each council.
 *
 * <p>Errors are {@link DataFileException}s listing every bad file, row and cell with its location: those of
 * {@link DfeFile}, and a mapped column the file lacks, a row whose time identifier does not fit the mapping's
 * period, two rows that the mapping's filters do not tell apart, a published value that its numerator and
 * denominator contradict.
 */
public final class DfeData {

  private final Path folder;
  private final DfeMapping mapping;
  private final Map<String, DfeFile> files;
  private final Map<IndicatorId, Map<Area, TreeMap<Integer, DfeFigure>>> figures;
  private final Map<IndicatorId, String> missing;
  private final Map<IndicatorId, PublicationRule> rules;
  private final Councils councils;
  private final Map<IndicatorId, Map<LaNumber, TreeMap<Integer, DfeFigure>>> joint = new HashMap<>();
  /** Every figure by indicator, area and year in one table: the look-up the benchmarks make most. */
  private final Map<FigureKey, DfeFigure> byKey = new HashMap<>();

  private record FigureKey(IndicatorId indicator, Area area, int year) {
    @Override
    public boolean equals(Object o) {
      return o instanceof FigureKey k && year == k.year && indicator.equals(k.indicator) && area.equals(k.area);
    }

    @Override
    public int hashCode() {
      return (indicator.hashCode() * 31 + area.hashCode()) * 31 + year;
    }
  }

  private DfeData(Path folder, DfeMapping mapping, Map<String, DfeFile> files,
      Map<IndicatorId, Map<Area, TreeMap<Integer, DfeFigure>>> figures, Map<IndicatorId, String> missing,
      Map<IndicatorId, PublicationRule> rules, Councils councils) {
    this.folder = folder;
    this.mapping = mapping;
    this.files = Collections.unmodifiableMap(files);
    this.figures = figures;
    this.missing = Collections.unmodifiableMap(missing);
    this.rules = Collections.unmodifiableMap(rules);
    this.councils = councils;
    figures.forEach((indicator, byArea) -> byArea.forEach((area, series) -> {
      series.forEach((year, f) -> byKey.put(new FigureKey(indicator, area, year), f));
      if (area.level() == GeographicLevel.LOCAL_AUTHORITY && area.code().contains("/")) {
        for (String n : area.code().split("/")) {
          joint.computeIfAbsent(indicator, k -> new HashMap<>())
              .computeIfAbsent(LaNumber.of(n.strip()), k -> new TreeMap<>()).putAll(series);
        }
      }
    }));
  }

  /**
   * Reads the folder with the shipped mapping and the default settings.
   *
   * @param folder the folder of published files
   * @return the figures
   * @throws DataFileException listing every error
   */
  public static DfeData read(Path folder) {
    return read(folder, DfeMapping.standard(), DfeSettings.defaults());
  }

  /**
   * Reads the folder.
   *
   * @param folder the folder of published files
   * @param mapping which columns are which indicators
   * @param settings publication rules and filter columns
   * @return the figures
   * @throws DataFileException listing every error
   */
  public static DfeData read(Path folder, DfeMapping mapping, DfeSettings settings) {
    requireNonNull(folder, "folder");
    requireNonNull(mapping, "mapping");
    requireNonNull(settings, "settings");
    if (!Files.isDirectory(folder)) {
      throw new DataFileException(List.of(new DataError(folder.toString(), 0, 0, "not a directory")));
    }
    List<String> names;
    try (Stream<Path> list = Files.list(folder)) {
      names = list.map(p -> String.valueOf(p.getFileName()))
          .filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".csv")).sorted().toList();
    } catch (IOException e) {
      throw new DataFileException(List.of(new DataError(folder.toString(), 0, 0, "cannot list: " + e.getMessage())));
    }
    List<DataError> errors = new ArrayList<>();
    Map<IndicatorId, String> missing = new LinkedHashMap<>();
    Map<IndicatorId, String[]> chosen = new LinkedHashMap<>();
    Set<String> wanted = new LinkedHashSet<>();
    Set<String> indicatorFiles = new LinkedHashSet<>();
    for (DfeIndicator i : mapping.indicators()) {
      Optional<String> own = match(i.file(), names, i, errors);
      Optional<String> den = i.denominatorFile().isPresent() ? match(i.denominatorFile().get(), names, i, errors)
          : own;
      if (own.isEmpty() || den.isEmpty()) {
        String pattern = own.isEmpty() ? i.file() : i.denominatorFile().get();
        if (names.stream().filter(n -> DfeIndicator.matches(pattern, n)).count() == 0) {
          missing.put(i.id(), "no file matching " + pattern + " in " + folder);
        }
        continue;
      }
      chosen.put(i.id(), new String[] {own.get(), den.get()});
      wanted.add(own.get());
      wanted.add(den.get());
      indicatorFiles.add(own.get());
    }
    Set<String> filterColumns = new LinkedHashSet<>(settings.filterColumns());
    filterColumns.addAll(mapping.filterColumns());
    Map<String, DfeFile> files = new LinkedHashMap<>();
    for (String name : wanted) {
      try {
        files.put(name, DfeFile.read(folder.resolve(name), filterColumns));
      } catch (DataFileException e) {
        errors.addAll(e.errors());
      }
    }
    if (!errors.isEmpty()) {
      throw new DataFileException(errors);
    }
    Map<IndicatorId, Map<Area, TreeMap<Integer, DfeFigure>>> figures = new HashMap<>();
    Map<IndicatorId, PublicationRule> rules = new HashMap<>();
    for (DfeIndicator i : mapping.indicators()) {
      String[] pair = chosen.get(i.id());
      if (pair != null) {
        PublicationRule rule = settings.publicationFor(pair[0]).orElse(i.published());
        rules.put(i.id(), rule);
        figures.put(i.id(), new FigureReader(i, files.get(pair[0]), files.get(pair[1]), rule, errors).read());
      }
    }
    if (!errors.isEmpty()) {
      throw new DataFileException(errors);
    }
    Councils.Builder councils = Councils.builder();
    for (String name : indicatorFiles) {
      for (DfeRow r : files.get(name).rows()) {
        if (r.level() == GeographicLevel.LOCAL_AUTHORITY && !r.isJoint()) {
          councils.add(r.laNumber().get(), r.endYear(), r.laName(), r.onsCode(), r.regionCode().isEmpty()
              ? Optional.empty() : Optional.of(new Council.Region(r.regionCode(), r.regionName())));
        }
      }
    }
    return new DfeData(folder, mapping, files, figures, missing, rules, councils.build());
  }

  private static Optional<String> match(String pattern, List<String> names, DfeIndicator i, List<DataError> errors) {
    List<String> found = names.stream().filter(n -> DfeIndicator.matches(pattern, n)).toList();
    if (found.size() > 1) {
      errors.add(new DataError(found.get(1), 0, 0, "the mapping of " + i.id() + " reads " + pattern
          + ", which " + found.size() + " files match (" + String.join(", ", found)
          + "): keep one edition in the folder"));
      return Optional.empty();
    }
    return found.stream().findFirst();
  }

  /** {@return the folder read} */
  public Path folder() {
    return folder;
  }

  /** {@return the mapping it was read by} */
  public DfeMapping mapping() {
    return mapping;
  }

  /** {@return every file read, by name, in the order read} */
  public Map<String, DfeFile> files() {
    return files;
  }

  /** {@return the indicators of the mapping whose files the folder lacks, with why} */
  public Map<IndicatorId, String> missing() {
    return missing;
  }

  /**
   * The publication rule of the indicator's figures: the settings' for its file, else the mapping's.
   *
   * @param indicator the indicator
   * @return the rule, if the indicator was read
   */
  public Optional<PublicationRule> publication(IndicatorId indicator) {
    return Optional.ofNullable(rules.get(indicator));
  }

  /** {@return the councils the indicator files name (the population file aside)} */
  public Councils councils() {
    return councils;
  }

  /** {@return the indicators read, in the mapping's order} */
  public List<IndicatorId> indicators() {
    return mapping.indicators().stream().map(DfeIndicator::id).filter(figures::containsKey).toList();
  }

  /**
   * {@return the figure of the indicator for the area in the year its period ends in, if the files have its row}
   *
   * @param indicator the indicator
   * @param area England, a region or a council
   * @param year the year the figure's {@code time_period} ends in
   */
  public Optional<DfeFigure> figure(IndicatorId indicator, Area area, int year) {
    return Optional.ofNullable(byKey.get(new FigureKey(indicator, area, year)));
  }

  /**
   * The figure published jointly for the council and others in the year (the workforce of a shared
   * children's service), if there is one.
   *
   * @param indicator the indicator
   * @param council the council's LA number
   * @param year the year
   * @return the joint figure
   */
  public Optional<DfeFigure> joint(IndicatorId indicator, LaNumber council, int year) {
    TreeMap<Integer, DfeFigure> series = joint.getOrDefault(indicator, Map.of()).get(council);
    return series == null ? Optional.empty() : Optional.ofNullable(series.get(year));
  }

  /**
   * {@return the figures of the indicator for the area, in year order; empty when the indicator was not read or no
   * file has the area's rows}
   *
   * @param indicator the indicator
   * @param area England, a region or a council
   */
  public List<DfeFigure> series(IndicatorId indicator, Area area) {
    TreeMap<Integer, DfeFigure> series = figures.getOrDefault(indicator, Map.of()).get(area);
    return series == null ? List.of() : List.copyOf(series.values());
  }

  /**
   * {@return every figure of the indicator, by area and then year; empty when it was not read}
   *
   * @param indicator the indicator
   */
  public List<DfeFigure> figures(IndicatorId indicator) {
    List<DfeFigure> out = new ArrayList<>();
    figures.getOrDefault(indicator, Map.of()).values().forEach(s -> out.addAll(s.values()));
    return out;
  }

  @Override
  public String toString() {
    return "DfeData[" + folder + ": " + files.size() + " files, " + figures.size() + " indicators, "
        + councils.all().size() + " councils]";
  }
}
