package org.improvementnotice.cases;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A run of days in one state, from a first day to a last day once it has ended, both inclusive: a case's
 * allocation to a worker, a post's spell as filled, covered or vacant.
 */
public interface Spell {

  /** {@return the first day of the spell} */
  LocalDate from();

  /** {@return the last day of the spell, if it has ended} */
  Optional<LocalDate> to();

  /**
   * {@return whether the spell covers the day}
   *
   * @param day the day, covered when it is the first or the last day of the spell
   */
  default boolean covers(LocalDate day) {
    return !from().isAfter(day) && to().map(t -> !t.isBefore(day)).orElse(true);
  }
}
