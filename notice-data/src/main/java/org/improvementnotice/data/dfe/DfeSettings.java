package org.improvementnotice.data.dfe;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a folder of published files is read, beyond the mapping: the publication rule of a file where it
 * should differ from the mapping's (the Department moved a release), and the filter columns of files that
 * have more than the mapping names. Immutable and thread-safe.
 *
 * @param publication publication rules by file-name pattern ({@code csww_*.csv}), overriding the mapping's
 * @param filterColumns columns read as filters in every file, besides those the mapping's filters name
 */
public record DfeSettings(Map<String, PublicationRule> publication, Set<String> filterColumns) {

  /** The filter columns of the layout read by default. */
  public static final Set<String> DEFAULT_FILTERS = Set.of("category", "age_group", "characteristic",
      "breakdown", "breakdown_topic");

  /**
   * Checks the components and copies the map and the set, as the type's documentation says of each.
   *
   * @param publication publication rules by file-name pattern, overriding the mapping's; the last that matches wins
   * @param filterColumns columns read as filters in every file, besides those the mapping's filters name
   */
  public DfeSettings {
    publication = ImmutableMap.copyOf(requireNonNull(publication, "publication"));
    filterColumns = ImmutableSet.copyOf(requireNonNull(filterColumns, "filterColumns"));
  }

  /** {@return the defaults: the mapping's publication rules, and the default filter columns} */
  public static DfeSettings defaults() {
    return new DfeSettings(Map.of(), DEFAULT_FILTERS);
  }

  /**
   * These settings with the files matching the pattern published by another rule.
   *
   * @param filePattern the file-name pattern ({@code *} and {@code ?})
   * @param rule the rule
   * @return the settings
   */
  public DfeSettings withPublication(String filePattern, PublicationRule rule) {
    Map<String, PublicationRule> out = new LinkedHashMap<>(publication);
    out.put(requireNonNull(filePattern, "filePattern"), requireNonNull(rule, "rule"));
    return new DfeSettings(out, filterColumns);
  }

  /**
   * These settings with another filter column.
   *
   * @param column the column
   * @return the settings
   */
  public DfeSettings withFilterColumn(String column) {
    return new DfeSettings(publication, ImmutableSet.<String>builder().addAll(filterColumns)
        .add(requireNonNull(column, "column")).build());
  }

  /**
   * {@return the overriding rule for the file, if a pattern matches its name (the last given wins)}
   *
   * @param fileName the file's name, without its folder
   */
  public Optional<PublicationRule> publicationFor(String fileName) {
    PublicationRule found = null;
    for (Map.Entry<String, PublicationRule> e : publication.entrySet()) {
      if (DfeIndicator.matches(e.getKey(), fileName)) {
        found = e.getValue();
      }
    }
    return Optional.ofNullable(found);
  }
}
