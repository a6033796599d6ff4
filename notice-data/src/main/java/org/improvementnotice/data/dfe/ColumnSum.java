package org.improvementnotice.data.dfe;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The columns whose cells add up to a numerator or denominator, as a mapping writes them:
 * {@code Duration_0-10_days+Duration_11-15_days}, or one column. Immutable and thread-safe.
 *
 * @param columns the columns, at least one
 */
public record ColumnSum(List<String> columns) {

  /**
   * Checks the columns and copies the list.
   *
   * @param columns the columns, at least one, none blank
   * @throws IllegalArgumentException if there is no column or one is blank
   */
  public ColumnSum {
    columns = List.copyOf(requireNonNull(columns, "columns"));
    if (columns.isEmpty() || columns.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("A sum of columns names at least one column, and no empty one");
    }
  }

  /**
   * Reads columns joined by {@code +}.
   *
   * @param text the columns
   * @return the sum
   * @throws IllegalArgumentException when a column name is empty
   */
  public static ColumnSum parse(String text) {
    return new ColumnSum(List.of(text.strip().split("\\s*\\+\\s*", -1)));
  }

  @Override
  public String toString() {
    return String.join("+", columns);
  }
}
