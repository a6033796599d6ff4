package org.improvementnotice.reports.screen;

import static java.util.Objects.requireNonNull;

import org.improvementnotice.model.data.PerformanceData;

/**
 * One council screened: how the screen names it, and its data. Immutable and thread-safe.
 *
 * @param code its identifier (the LA number: 886)
 * @param name its name (Kent)
 * @param region its region's name, or empty
 * @param data its performance data
 */
public record ScreenSubject(String code, String name, String region, PerformanceData data) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param code its identifier (the LA number: 886)
   * @param name its name (Kent)
   * @param region its region's name, or empty
   * @param data its performance data
   */
  public ScreenSubject {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    requireNonNull(region, "region");
    requireNonNull(data, "data");
  }
}
