package org.improvementnotice.model.data;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The figures of one series (an indicator's observations, or its benchmarks of one comparator) for periods of one
 * regular kind, in period order. Periods of a regular kind
 * never overlap, so ordering them by start orders them by end too, and every look-up is a binary search: its
 * time depends on the number of periods held, never on the distance between the dates asked about.
 */
final class PeriodSeries<T> {
  private final List<Revisions<T>> figures;

  PeriodSeries(List<Revisions<T>> figures) {
    List<Revisions<T>> sorted = new ArrayList<>(figures);
    sorted.sort(Comparator.comparing(r -> r.period().start()));
    this.figures = List.copyOf(sorted);
  }

  /** The number of figures whose period starts before the date ({@code inclusive}: on or before it). */
  private int startingBefore(LocalDate date, boolean inclusive) {
    int low = 0;
    int high = figures.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      int c = figures.get(mid).period().start().compareTo(date);
      if (c < 0 || (inclusive && c == 0)) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** The figures for periods wholly inside the span, in period order, each as known at {@code asAt}. */
  List<T> inside(Range<LocalDate> span, LocalDate asAt) {
    // the first period starting inside the span's lower bound; from there, the first outside its upper ends it
    int from = span.hasLowerBound()
        ? startingBefore(span.lowerEndpoint(), span.lowerBoundType() == BoundType.OPEN)
        : 0;
    List<T> out = new ArrayList<>();
    for (int i = from; i < figures.size(); i++) {
      Revisions<T> r = figures.get(i);
      if (!span.contains(r.period().start())) {
        break;
      }
      if (span.encloses(r.period().toRange())) {
        r.asAt(asAt).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * The figure whose period ends latest on or before {@code date} among those with a revision published by
   * {@code asAt}. Walks back only over periods held, so the time is bounded by their number.
   */
  Optional<T> latest(LocalDate date, LocalDate asAt) {
    for (int i = startingBefore(date, true) - 1; i >= 0; i--) {
      Revisions<T> r = figures.get(i);
      if (r.period().endInclusive().isAfter(date)) {
        continue;
      }
      Optional<T> o = r.asAt(asAt);
      if (o.isPresent()) {
        return o;
      }
    }
    return Optional.empty();
  }
}
