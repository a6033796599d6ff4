package org.improvementnotice.data.council;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A local authority with children's services as the published files know it: its LA number, the names
 * and ONS codes it has had by year, and its region by year. Immutable and thread-safe.
 *
 * @param number the LA number, which identifies it
 * @param names its name in each year it appears in ("Bristol, City of"), by the year a figure ends in
 * @param onsCodes its nine-character ONS code in each year (Somerset: E10000027 to 2023, E06000066 after)
 * @param regions the region code and name in each year, as "E12000009 South West"
 */
public record Council(LaNumber number, SortedMap<Integer, String> names, SortedMap<Integer, String> onsCodes,
    SortedMap<Integer, Region> regions) {

  /**
   * A region of England (or the inner or outer London sub-region) as a row names it.
   *
   * @param code the region's code (E12000009)
   * @param name its name (South West)
   */
  public record Region(String code, String name) {
    /**
     * Checks the components, as the type's documentation says of each.
     *
     * @param code the region's code (E12000009)
     * @param name its name (South West)
     */
    public Region {
      requireNonNull(code, "code");
      requireNonNull(name, "name");
    }

    @Override
    public String toString() {
      return name + " (" + code + ")";
    }
  }

  /**
   * Checks the components and copies the maps, as the type's documentation says of each.
   *
   * @param number the LA number, which identifies it
   * @param names its name in each year it appears in, by the year a figure ends in; not empty
   * @param onsCodes its ONS code in each year it has one
   * @param regions its region in each year it has one
   * @throws IllegalArgumentException if it has no name in any year
   */
  public Council {
    requireNonNull(number, "number");
    names = ImmutableSortedMap.copyOf(requireNonNull(names, "names"));
    onsCodes = ImmutableSortedMap.copyOf(requireNonNull(onsCodes, "onsCodes"));
    regions = ImmutableSortedMap.copyOf(requireNonNull(regions, "regions"));
    if (names.isEmpty()) {
      throw new IllegalArgumentException("Council " + number + " must have a name in at least one year");
    }
  }

  /** {@return its name in the latest year it appears in} */
  public String name() {
    return names.get(names.lastKey());
  }

  /** {@return every name it has had, latest first, without repeats} */
  public List<String> allNames() {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    com.google.common.collect.Lists.reverse(List.copyOf(names.values())).forEach(out::add);
    return List.copyOf(out);
  }

  /** {@return the first year it appears in (the year its earliest figure ends in)} */
  public int firstYear() {
    return names.firstKey();
  }

  /** {@return the last year it appears in} */
  public int lastYear() {
    return names.lastKey();
  }

  /**
   * {@return whether it appears in any file for the year}
   *
   * @param year the year a figure ends in (2013 for 2012-13)
   */
  public boolean appearsIn(int year) {
    return names.containsKey(year);
  }

  /**
   * {@return its region in the year, else in the nearest earlier year, else its first; empty when no year gives it
   * one}
   *
   * @param year the year a figure ends in (2013 for 2012-13)
   */
  public Optional<Region> region(int year) {
    if (regions.isEmpty()) {
      return Optional.empty();
    }
    SortedMap<Integer, Region> upTo = regions.headMap(year + 1);
    return Optional.of(upTo.isEmpty() ? regions.get(regions.firstKey()) : upTo.get(upTo.lastKey()));
  }

  /**
   * {@return its ONS code in the year, if it appears in it}
   *
   * @param year the year a figure ends in (2013 for 2012-13)
   */
  public Optional<String> onsCode(int year) {
    return Optional.ofNullable(onsCodes.get(year));
  }

  /** {@return its name and LA number, as messages name it: "Somerset (933)"} */
  public String label() {
    return name() + " (" + number + ")";
  }

  /** {@return what a list of candidates shows: "933 Somerset, 2013-2025, E10000027 to 2023 then E06000066"} */
  public String describe() {
    StringBuilder s = new StringBuilder(number + " " + name() + ", " + firstYear() + "-" + lastYear());
    String last = null;
    int lastYear = 0;
    StringBuilder codes = new StringBuilder();
    for (Map.Entry<Integer, String> e : onsCodes.entrySet()) {
      if (!e.getValue().equals(last)) {
        if (last != null) {
          codes.append(" to ").append(lastYear).append(" then ");
        }
        codes.append(e.getValue());
        last = e.getValue();
      }
      lastYear = e.getKey();
    }
    if (codes.length() > 0) {
      s.append(", ").append(codes);
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return label();
  }
}
