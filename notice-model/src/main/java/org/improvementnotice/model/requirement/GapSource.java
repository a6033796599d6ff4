package org.improvementnotice.model.requirement;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.improvementnotice.model.indicator.IndicatorId;

/**
 * Where the gap of a gap requirement comes from: an indicator that reports the gap itself, or two series
 * whose difference it is. Implementations are immutable and thread-safe.
 */
public sealed interface GapSource {

  /** {@return the indicators the gap is read from} */
  List<IndicatorId> indicators();

  /**
   * The gap is reported as its own indicator, in percentage points.
   *
   * @param gap the indicator whose figures are the gap
   */
  record Supplied(IndicatorId gap) implements GapSource {
    /**
     * Checks the components, as the type's documentation says of each.
     *
     * @param gap the indicator whose figures are the gap
     */
    public Supplied {
      requireNonNull(gap, "gap");
    }

    @Override
    public List<IndicatorId> indicators() {
      return List.of(gap);
    }
  }

  /**
   * The gap is {@code reference} minus {@code subject} for the same period: peers minus children in care,
   * positive while the children in care are behind.
   *
   * @param subject the series that is behind (children in care)
   * @param reference the series it is measured against (their peers)
   */
  record Derived(IndicatorId subject, IndicatorId reference) implements GapSource {
    /**
     * Checks the components, as the type's documentation says of each.
     *
     * @param subject the series that is behind (children in care)
     * @param reference the series it is measured against (their peers), another indicator
     * @throws IllegalArgumentException if both are the same indicator
     */
    public Derived {
      requireNonNull(subject, "subject");
      requireNonNull(reference, "reference");
      if (subject.equals(reference)) {
        throw new IllegalArgumentException(String.format("A gap needs two different series, got %s twice", subject));
      }
    }

    @Override
    public List<IndicatorId> indicators() {
      return List.of(subject, reference);
    }
  }
}
