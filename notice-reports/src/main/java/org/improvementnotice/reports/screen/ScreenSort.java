package org.improvementnotice.reports.screen;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.Optional;
import org.improvementnotice.model.requirement.RequirementId;

/**
 * The order of a screen's rows: by council (its code, the default), by verdict (failing first), or by the
 * distance from one requirement's target, furthest behind first (councils with no distance last). Ties keep
 * the council order. Immutable and thread-safe.
 *
 * @param key what to sort on
 * @param requirement the requirement, for {@link Key#DISTANCE}
 */
public record ScreenSort(Key key, Optional<RequirementId> requirement) {

  /** What a screen sorts on. */
  public enum Key {
    /** By council code, the default. */
    COUNCIL,
    /** By verdict: councils not complying so far first, then by council code. */
    VERDICT,
    /** By the distance from one requirement's target, furthest behind first, councils with no distance last. */
    DISTANCE
  }

  /** By council code. */
  public static final ScreenSort BY_COUNCIL = new ScreenSort(Key.COUNCIL, Optional.empty());

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param key what to sort on
   * @param requirement the requirement, present for {@link Key#DISTANCE} and only for it
   * @throws IllegalArgumentException if a requirement is named for another key, or none for {@link Key#DISTANCE}
   */
  public ScreenSort {
    requireNonNull(key, "key");
    requireNonNull(requirement, "requirement");
    if ((key == Key.DISTANCE) != requirement.isPresent()) {
      throw new IllegalArgumentException("A sort by distance, and only that, names a requirement");
    }
  }

  /**
   * Reads {@code council}, {@code verdict} or {@code distance:<requirement>}.
   *
   * @param text the sort
   * @return the sort
   * @throws IllegalArgumentException saying which forms are read
   */
  public static ScreenSort parse(String text) {
    String s = requireNonNull(text, "text").strip();
    if (s.equals("council")) {
      return BY_COUNCIL;
    }
    if (s.equals("verdict")) {
      return new ScreenSort(Key.VERDICT, Optional.empty());
    }
    if (s.startsWith("distance:") && s.length() > "distance:".length()) {
      return new ScreenSort(Key.DISTANCE, Optional.of(RequirementId.of(s.substring("distance:".length()))));
    }
    throw new IllegalArgumentException("'" + text + "' is not a sort: expected council, verdict or "
        + "distance:<requirement>");
  }

  /** The rows' order. */
  Comparator<ScreenRow> comparator() {
    Comparator<ScreenRow> byCode = Comparator.comparing(ScreenRow::code);
    return switch (key) {
      case COUNCIL -> byCode;
      case VERDICT -> Comparator.comparing(ScreenRow::compliedSoFar).thenComparing(byCode);
      case DISTANCE -> Comparator.comparing((ScreenRow r) -> r.cell(requirement.get()).flatMap(ScreenCell::distance),
          (a, b) -> a.isPresent() && b.isPresent() ? a.get().compareTo(b.get())
              : Boolean.compare(a.isEmpty(), b.isEmpty())).thenComparing(byCode);
    };
  }

  @Override
  public String toString() {
    return key == Key.DISTANCE ? "distance:" + requirement.get() : key.name().toLowerCase(java.util.Locale.ROOT);
  }
}
