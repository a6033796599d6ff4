package org.improvementnotice.data.dfe;

import static java.util.Objects.requireNonNull;

import org.improvementnotice.data.council.LaNumber;

/**
 * What a row's figures are of: England, a region (by its code), a local authority (by its LA number), or
 * councils whose figures are published jointly (by their LA numbers, {@code 940 / 941}). Immutable and
 * thread-safe.
 *
 * @param level the geographic level
 * @param code the region's code, the LA number (or numbers, joined by {@code " / "}), or {@code England} for
 *     the national rows
 */
public record Area(GeographicLevel level, String code) {

  /** England. */
  public static final Area ENGLAND = new Area(GeographicLevel.NATIONAL, "England");

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param level the geographic level
   * @param code the region's code, the LA number (or numbers, joined by {@code " / "}), or {@code England}
   */
  public Area {
    requireNonNull(level, "level");
    requireNonNull(code, "code");
  }

  /**
   * {@return the region with the code (E12000009)}
   *
   * @param code the region's nine-character code
   */
  public static Area region(String code) {
    return new Area(GeographicLevel.REGIONAL, code);
  }

  /**
   * {@return the local authority with the LA number}
   *
   * @param number the council's LA number
   */
  public static Area council(LaNumber number) {
    return new Area(GeographicLevel.LOCAL_AUTHORITY, number.value());
  }

  /**
   * {@return the area of a row}
   *
   * @param row the row: its level, and its region code or LA number (or joint numbers)
   */
  public static Area of(DfeRow row) {
    return switch (row.level()) {
      case NATIONAL -> ENGLAND;
      case REGIONAL -> region(row.regionCode());
      case LOCAL_AUTHORITY -> new Area(GeographicLevel.LOCAL_AUTHORITY, row.laCode());
    };
  }

  // equals and hashCode are written out: areas are look-up keys on every figure read, and the record's generated
  // ones go through a method handle
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Area other && level == other.level && code.equals(other.code);
  }

  @Override
  public int hashCode() {
    return 31 * level.ordinal() + code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}
