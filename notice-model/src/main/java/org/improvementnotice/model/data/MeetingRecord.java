package org.improvementnotice.model.data;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A meeting held by a board: when, who chaired it, whether an official of the department attended, and the
 * name deadlines may use for it ("January Improvement Board"). Immutable and thread-safe.
 *
 * @param body the board's name
 * @param date the day it met
 * @param chair who chaired it, as recorded
 * @param departmentAttended whether an official of the department attended
 * @param label the name deadlines use for this meeting, if any
 * @param reference where the meeting is recorded (minutes)
 */
public record MeetingRecord(
    String body, LocalDate date, Optional<String> chair, boolean departmentAttended, Optional<String> label,
    String reference) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param body the board's name
   * @param date the day it met
   * @param chair who chaired it, as recorded
   * @param departmentAttended whether an official of the department attended
   * @param label the name deadlines use for this meeting, if any
   * @param reference where the meeting is recorded (minutes)
   */
  public MeetingRecord {
    requireNonNull(body, "body");
    requireNonNull(date, "date");
    requireNonNull(chair, "chair");
    requireNonNull(label, "label");
    requireNonNull(reference, "reference");
  }
}
