package org.improvementnotice.model.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.time.Period;

/** The revisions of one figure (an observation or a benchmark value of one period), oldest first. */
final class Revisions<T> {
  private final Period period;
  private final List<T> byPublished = new ArrayList<>();
  private final List<LocalDate> published = new ArrayList<>();

  Revisions(Period period) {
    this.period = period;
  }

  /** The period the figure is for. */
  Period period() {
    return period;
  }

  /** Adds a revision published on the date. */
  void add(T value, LocalDate date) {
    int i = 0;
    while (i < published.size() && !published.get(i).isAfter(date)) {
      i++;
    }
    byPublished.add(i, value);
    published.add(i, date);
  }

  /** The latest revision published on or before the date. */
  Optional<T> asAt(LocalDate asAt) {
    for (int i = published.size() - 1; i >= 0; i--) {
      if (!published.get(i).isAfter(asAt)) {
        return Optional.of(byPublished.get(i));
      }
    }
    return Optional.empty();
  }
}
