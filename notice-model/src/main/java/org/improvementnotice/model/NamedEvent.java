package org.improvementnotice.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A dated meeting or review that deadlines can name ("the January Improvement Board" on 21 January 2014).
 * Immutable and thread-safe.
 *
 * @param name the name deadlines use
 * @param date when it takes place
 */
public record NamedEvent(String name, LocalDate date) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param name the name deadlines use
   * @param date when it takes place
   */
  public NamedEvent {
    requireNonNull(name, "name");
    requireNonNull(date, "date");
    Text.requireNotBlank(name, "Event name");
  }
}
