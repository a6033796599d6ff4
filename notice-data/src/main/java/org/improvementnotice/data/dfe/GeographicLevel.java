package org.improvementnotice.data.dfe;

import java.util.Arrays;
import java.util.Optional;

/** The geographic levels of the rows read: England, a region, a local authority. */
public enum GeographicLevel {
  /** England as a whole ({@code National}). */
  NATIONAL("National"),
  /** A region of England, or the inner or outer London sub-region ({@code Regional}). */
  REGIONAL("Regional"),
  /** A local authority with children's services, identified by its LA number ({@code Local authority}). */
  LOCAL_AUTHORITY("Local authority");

  private final String label;

  GeographicLevel(String label) {
    this.label = label;
  }

  /** {@return the level as the files write it in {@code geographic_level}} */
  public String label() {
    return label;
  }

  /**
   * The level written exactly as {@code text}.
   *
   * @param text the cell's text
   * @return the level, if the text is one of the three read
   */
  public static Optional<GeographicLevel> of(String text) {
    return Arrays.stream(values()).filter(l -> l.label.equals(text)).findFirst();
  }
}
