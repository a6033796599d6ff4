package org.improvementnotice.data.dfe;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.IndicatorId;

/**
 * Where a published indicator's figures come from, as a mapping declares it: the file (a name pattern, so
 * that next year's edition {@code ..._2013_to_2026.csv} is read too), the filters that select its rows, the
 * column of its value and those of its numerator and denominator (each a sum of columns), the denominator's
 * own file where it comes from another (the ONS population for a rate per 10,000, joined on the year with an
 * offset), the period its figures are for, and the publication rule that dates them. Immutable and
 * thread-safe.
 *
 * @param indicator the indicator, with its unit, polarity, reporting period and aggregation
 * @param file the file-name pattern ({@code *} and {@code ?} as in a shell)
 * @param filters the filter column values a row must have, by column
 * @param value the column of the published value, if there is one; otherwise the value is computed from the
 *     numerator and denominator in the indicator's unit
 * @param numerator the numerator's columns, if published
 * @param denominator the denominator's columns, if published
 * @param denominatorFile the file of the denominator, if not the indicator's own
 * @param denominatorFilters the filters of the denominator's rows, in its own file
 * @param denominatorYearOffset the denominator's year relative to the figure's ({@code -1}: the mid-year
 *     population estimate of the year before the 31 March)
 * @param period what period a figure is for
 * @param published the default publication rule of the figures
 * @param decimals the decimal places of a computed value (rounded half up), as the Department publishes rates
 */
public record DfeIndicator(Indicator indicator, String file, Map<String, String> filters, Optional<String> value,
    Optional<ColumnSum> numerator, Optional<ColumnSum> denominator, Optional<String> denominatorFile,
    Map<String, String> denominatorFilters, int denominatorYearOffset, DfePeriod period, PublicationRule published,
    int decimals) {

  /**
   * Checks the components and copies the maps, as the type's documentation says of each.
   *
   * @param indicator the indicator, with its unit, polarity, reporting period and aggregation
   * @param file the file-name pattern
   * @param filters the filter column values a row must have, by column
   * @param value the column of the published value, if there is one
   * @param numerator the numerator's columns, if published
   * @param denominator the denominator's columns, if published
   * @param denominatorFile the file of the denominator, if not the indicator's own
   * @param denominatorFilters the filters of the denominator's rows, in its own file
   * @param denominatorYearOffset the denominator's year relative to the figure's
   * @param period what period a figure is for
   * @param published the default publication rule of the figures
   * @param decimals the decimal places of a computed value, 0 to {@value DfeNumbers#MAX_DECIMAL_PLACES}
   * @throws IllegalArgumentException saying which rule is broken: a numerator without a denominator or the other
   *     way round; neither a value nor a numerator and denominator; a computed value whose unit is not a rate; a
   *     denominator file without a denominator; a period whose kind is not the indicator's reporting period; a
   *     snapshot whose indicator does not aggregate by latest; decimals out of range
   */
  public DfeIndicator {
    requireNonNull(indicator, "indicator");
    requireNonNull(file, "file");
    filters = ImmutableMap.copyOf(requireNonNull(filters, "filters"));
    requireNonNull(value, "value");
    requireNonNull(numerator, "numerator");
    requireNonNull(denominator, "denominator");
    requireNonNull(denominatorFile, "denominatorFile");
    denominatorFilters = ImmutableMap.copyOf(requireNonNull(denominatorFilters, "denominatorFilters"));
    requireNonNull(period, "period");
    requireNonNull(published, "published");
    if (numerator.isPresent() != denominator.isPresent()) {
      throw new IllegalArgumentException(String.format(
          "%s: a numerator and a denominator go together: give both or neither", indicator.id()));
    }
    if (value.isEmpty() && numerator.isEmpty()) {
      throw new IllegalArgumentException(String.format(
          "%s: give a value column, or a numerator and denominator to compute it from", indicator.id()));
    }
    if (value.isEmpty() && !indicator.unit().isRate()) {
      throw new IllegalArgumentException(String.format(
          "%s: a value computed from a numerator and denominator needs a rate unit, not %s", indicator.id(),
          indicator.unit()));
    }
    if (denominatorFile.isPresent() && denominator.isEmpty()) {
      throw new IllegalArgumentException(String.format("%s: a denominator file needs a denominator column",
          indicator.id()));
    }
    if (period.kind() != indicator.reportingPeriod()) {
      throw new IllegalArgumentException(String.format(
          "%s: figures %s are held as periods of kind %s, but the indicator reports by %s", indicator.id(),
          period.words(), period.kind(), indicator.reportingPeriod()));
    }
    if (period.isSnapshot() && indicator.aggregation() != org.improvementnotice.model.indicator.Aggregation.LATEST) {
      throw new IllegalArgumentException(String.format(
          "%s: figures %s are snapshots, never summed: the indicator must aggregate by latest, not %s",
          indicator.id(), period.words(), indicator.aggregation()));
    }
    if (decimals < 0 || decimals > DfeNumbers.MAX_DECIMAL_PLACES) {
      throw new IllegalArgumentException(String.format("%s: decimals must be 0 to %d, not %d", indicator.id(),
          DfeNumbers.MAX_DECIMAL_PLACES, decimals));
    }
  }

  /** {@return the indicator's id} */
  public IndicatorId id() {
    return indicator.id();
  }

  /** {@return the file-name pattern of the denominator's rows: its own file, or the indicator's} */
  public String denominatorFilePattern() {
    return denominatorFile.orElse(file);
  }

  /**
   * {@return whether the file name matches the pattern ({@code *} any run of characters, {@code ?} one)}
   *
   * @param pattern the pattern, matched against the whole name, case-sensitively
   * @param fileName the file's name, without its folder
   */
  public static boolean matches(String pattern, String fileName) {
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(java.util.regex.Pattern.quote(String.valueOf(c)));
      }
    }
    return fileName.matches(regex.toString());
  }

  /** {@return what the figures are, in words: "CPP_subsequent_percent (CPP_subsequent / CPP_start)"} */
  public String columns() {
    String ratio = numerator.map(n -> n + " / " + denominator.get()
        + denominatorFile.map(f -> " of " + f + (denominatorYearOffset == 0 ? ""
            : " (year " + (denominatorYearOffset > 0 ? "+" : "") + denominatorYearOffset + ")")).orElse(""))
        .orElse("");
    return value.map(v -> ratio.isEmpty() ? v : v + " (" + ratio + ")").orElse(ratio);
  }
}
