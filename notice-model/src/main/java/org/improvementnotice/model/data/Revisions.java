package org.improvementnotice.model.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.time.Period;

/**
 * The revisions of one figure (an observation or a benchmark value of one period). Revisions are appended as
 * added (amortised constant time), then {@linkplain #seal() sealed} once: sorted by publication date, oldest
 * first, so that the revision known at a date is a binary search.
 */
final class Revisions<T> {
  private final Period period;
  private Object[] values = new Object[1];
  private LocalDate[] published = new LocalDate[1];
  private int size;
  private boolean inOrder = true;

  Revisions(Period period) {
    this.period = period;
  }

  /** The period the figure is for. */
  Period period() {
    return period;
  }

  /** Adds a revision published on the date; only before {@link #seal()}. */
  void add(T value, LocalDate date) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
      published = Arrays.copyOf(published, size * 2);
    }
    if (size > 0 && date.isBefore(published[size - 1])) {
      inOrder = false;
    }
    values[size] = value;
    published[size] = date;
    size++;
  }

  private record Revision(Object value, LocalDate published) {}

  /**
   * Seals every one of the revisions, not stopping at the first with a duplicate.
   *
   * @return whether any of them has two revisions that share a publication date
   */
  static boolean sealAll(Collection<? extends Revisions<?>> all) {
    boolean duplicates = false;
    for (Revisions<?> r : all) {
      duplicates |= r.seal();
    }
    return duplicates;
  }

  /**
   * Orders the revisions by publication date, keeping the order added among those of one date, and trims the
   * storage to them.
   *
   * @return whether two revisions share a publication date
   */
  boolean seal() {
    if (!inOrder) {
      List<Revision> all = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        all.add(new Revision(values[i], published[i]));
      }
      all.sort(Comparator.comparing(Revision::published));   // stable
      for (int i = 0; i < size; i++) {
        values[i] = all.get(i).value();
        published[i] = all.get(i).published();
      }
      inOrder = true;
    }
    if (size < values.length) {
      values = Arrays.copyOf(values, size);
      published = Arrays.copyOf(published, size);
    }
    for (int i = 1; i < size; i++) {
      if (published[i].equals(published[i - 1])) {
        return true;
      }
    }
    return false;
  }

  /** The latest revision published on or before the date. */
  @SuppressWarnings("unchecked")
  Optional<T> asAt(LocalDate asAt) {
    if (size == 0) {
      return Optional.empty();
    }
    if (!published[size - 1].isAfter(asAt)) {   // the usual case: every revision is known by then
      return Optional.of((T) values[size - 1]);
    }
    int low = 0;
    int high = size - 1;   // published[high] is after asAt; find the first such
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (published[mid].isAfter(asAt)) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low == 0 ? Optional.empty() : Optional.of((T) values[low - 1]);
  }
}
