package org.improvementnotice.data.dfe;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.improvementnotice.data.council.LaNumber;

/**
 * One row of a published file, read: its time, its geography, its filters and its indicator cells.
 * Immutable and thread-safe.
 *
 * @param line the 1-based line it starts on
 * @param timePeriod the {@code time_period} cell as published
 * @param identifier the {@code time_identifier}
 * @param endYear the year its time period ends in
 * @param level the {@code geographic_level}
 * @param regionCode the {@code region_code}, empty for England
 * @param regionName the {@code region_name}, empty for England
 * @param laNumbers the {@code old_la_code} of a local authority row: one LA number, or several for the figures
 *     of councils published jointly ({@code 940 / 941}: North and West Northamptonshire's shared service)
 * @param onsCode the {@code new_la_code}, empty where the row has none
 * @param laName the {@code la_name}, empty where the row has none
 * @param filters the filter columns' values, by column name
 * @param cells the indicator cells, in the order of the file's {@link DfeFile#indicatorColumns()}
 * @param cellColumns the 1-based character column each indicator cell starts at, for locating it
 */
public record DfeRow(int line, String timePeriod, TimeIdentifier identifier, int endYear, GeographicLevel level,
    String regionCode, String regionName, List<LaNumber> laNumbers, String onsCode, String laName,
    Map<String, String> filters, List<DfeCell> cells, List<Integer> cellColumns) {

  /**
   * Checks the components and copies the lists and the map, as the type's documentation says of each.
   *
   * @param line the 1-based line it starts on
   * @param timePeriod the {@code time_period} cell as published
   * @param identifier the {@code time_identifier}
   * @param endYear the year its time period ends in
   * @param level the {@code geographic_level}
   * @param regionCode the {@code region_code}, empty for England
   * @param regionName the {@code region_name}, empty for England
   * @param laNumbers the LA numbers of a local authority row (several for a joint one), empty for any other row
   * @param onsCode the {@code new_la_code}, empty where the row has none
   * @param laName the {@code la_name}, empty where the row has none
   * @param filters the filter columns' values, by column name
   * @param cells the indicator cells, in the order of the file's indicator columns
   * @param cellColumns the 1-based character column each indicator cell starts at, one per cell
   * @throws IllegalArgumentException if the cells and their columns differ in number, or a local authority row has
   *     no LA number or another row has one
   */
  public DfeRow {
    requireNonNull(timePeriod, "timePeriod");
    requireNonNull(identifier, "identifier");
    requireNonNull(level, "level");
    requireNonNull(regionCode, "regionCode");
    requireNonNull(regionName, "regionName");
    laNumbers = List.copyOf(requireNonNull(laNumbers, "laNumbers"));
    requireNonNull(onsCode, "onsCode");
    requireNonNull(laName, "laName");
    filters = ImmutableMap.copyOf(requireNonNull(filters, "filters"));
    cells = List.copyOf(requireNonNull(cells, "cells"));
    cellColumns = List.copyOf(requireNonNull(cellColumns, "cellColumns"));
    if (cells.size() != cellColumns.size()) {
      throw new IllegalArgumentException("Each cell needs its column");
    }
    if ((level == GeographicLevel.LOCAL_AUTHORITY) == laNumbers.isEmpty()) {
      throw new IllegalArgumentException("A local authority row, and only one, has LA numbers");
    }
  }

  /** {@return the LA number of a local authority row of one council; empty for other rows and joint ones} */
  public Optional<LaNumber> laNumber() {
    return laNumbers.size() == 1 ? Optional.of(laNumbers.get(0)) : Optional.empty();
  }

  /** {@return whether the row's figures are those of several councils published jointly} */
  public boolean isJoint() {
    return laNumbers.size() > 1;
  }

  /** {@return the row's LA numbers as the file writes them: "886", "940 / 941"} */
  public String laCode() {
    return String.join(" / ", laNumbers.stream().map(LaNumber::value).toList());
  }

  /** {@return what the row is of: "England", "South West (E12000009)", "Somerset (933)"} */
  public String geography() {
    return switch (level) {
      case NATIONAL -> "England";
      case REGIONAL -> regionName + " (" + regionCode + ")";
      case LOCAL_AUTHORITY -> laName + " (" + laCode() + ")";
    };
  }
}
