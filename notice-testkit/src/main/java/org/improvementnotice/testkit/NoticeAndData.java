package org.improvementnotice.testkit;

import static java.util.Objects.requireNonNull;

import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.PerformanceData;

/**
 * A notice with performance data consistent with it, for properties of evaluation. Immutable and
 * thread-safe.
 *
 * @param notice the notice
 * @param data the council's data
 */
public record NoticeAndData(Notice notice, PerformanceData data) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param notice the notice
   * @param data the council's data
   */
  public NoticeAndData {
    requireNonNull(notice, "notice");
    requireNonNull(data, "data");
  }
}
