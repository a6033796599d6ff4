package org.improvementnotice.benchmarks.reference;

import static java.util.Objects.requireNonNull;

import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.time.PeriodKind;

/**
 * A row of the data the reference refuses: an observation for a period of another kind than its indicator's
 * usual one. Immutable and thread-safe.
 *
 * @param row the observation refused
 * @param expected the kind of period its indicator is reported for
 */
public record Refusal(Observation row, PeriodKind expected) {
  public Refusal {
    requireNonNull(row, "row");
    requireNonNull(expected, "expected");
  }

  @Override
  public String toString() {
    return String.format("%s for %s: a %s figure, the indicator is reported by %s", row.indicator(), row.period(),
        row.period().kind(), expected);
  }
}
