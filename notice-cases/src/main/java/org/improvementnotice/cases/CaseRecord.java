package org.improvementnotice.cases;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A child's case: when it was opened to children's social care and, if it has been, closed. Immutable and
 * thread-safe.
 *
 * @param id the case
 * @param opened the day it was opened
 * @param closed the day it was closed, if it has been
 */
public record CaseRecord(CaseId id, LocalDate opened, Optional<LocalDate> closed) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param id the case
   * @param opened the day it was opened
   * @param closed the day it was closed, if it has been
   */
  public CaseRecord {
    requireNonNull(id, "id");
    requireNonNull(opened, "opened");
    requireNonNull(closed, "closed");
  }

  /**
   * {@return whether the case is open on the day (opened on or before it, not closed before it)}
   *
   * @param day the day; a case is still open on the day it closes
   */
  public boolean isOpenOn(LocalDate day) {
    return !opened.isAfter(day) && closed.map(c -> !c.isBefore(day)).orElse(true);
  }
}
