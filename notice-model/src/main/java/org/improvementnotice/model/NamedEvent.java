package org.improvementnotice.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A dated meeting or review that deadlines can name ("the January Improvement Board" on 21 January 2014).
 * Immutable and thread-safe.
 *
 * @param name the name deadlines use
 * @param date when it takes place
 * @param assumed whether the writer supplied the date, the text not stating it (DOMAIN.md, "Stated facts and
 *     assumed facts"); a meeting recorded under the event's name since then decides it instead
 */
public record NamedEvent(String name, LocalDate date, boolean assumed) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param name the name deadlines use
   * @param date when it takes place
   * @param assumed whether the writer supplied the date
   */
  public NamedEvent {
    requireNonNull(name, "name");
    requireNonNull(date, "date");
    Text.requireNotBlank(name, "Event name");
  }

  /**
   * An event whose date the text states.
   *
   * @param name the name deadlines use, not blank
   * @param date when it takes place
   * @throws IllegalArgumentException if the name is blank
   */
  public NamedEvent(String name, LocalDate date) {
    this(name, date, false);
  }

  /**
   * {@return whether two names name the same event, as deadlines, calendars and meeting labels match them: the
   * same words, whatever their case and the spaces around them ("January Board" and "january board ")}
   *
   * @param a one name
   * @param b the other
   */
  public static boolean sameName(String a, String b) {
    return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
  }
}
