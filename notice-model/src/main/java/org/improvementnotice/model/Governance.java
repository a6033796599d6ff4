package org.improvementnotice.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The governance a notice requires: its boards and the calendar of named meetings and reviews known when it
 * was written. Immutable and thread-safe.
 *
 * @param boards the bodies
 * @param calendar named, dated events that deadlines can refer to
 */
public record Governance(List<Board> boards, List<NamedEvent> calendar) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param boards the bodies
   * @param calendar named, dated events that deadlines can refer to
   */
  public Governance {
    boards = List.copyOf(requireNonNull(boards, "boards"));
    calendar = List.copyOf(requireNonNull(calendar, "calendar"));
  }

  /** {@return no boards and an empty calendar} */
  public static Governance none() {
    return new Governance(List.of(), List.of());
  }

  /**
   * {@return the board with the name (ignoring case), if there is one}
   *
   * @param name the board's name ("Improvement Board")
   */
  public Optional<Board> board(String name) {
    return boards.stream().filter(b -> b.name().equalsIgnoreCase(name)).findFirst();
  }
}
