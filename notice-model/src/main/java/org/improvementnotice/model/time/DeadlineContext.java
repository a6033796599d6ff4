package org.improvementnotice.model.time;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/** What a {@link Deadline} resolves against: the notice's dates and its calendar of named events. */
public interface DeadlineContext {

  /** {@return the notice's issue date (perhaps assumed)} */
  LocalDate issueDate();

  /** {@return the notice's last day, if it has a stated duration or end} */
  Optional<LocalDate> endDate();

  /**
   * {@return the date of the named meeting or review, if the calendar has it (names compare ignoring case)}
   *
   * @param event the event's name as a deadline gives it ("January Improvement Board", "six month review")
   */
  Optional<LocalDate> eventDate(String event);

  /**
   * {@return the context of the given dates}
   *
   * @param issueDate the notice's issue date
   * @param endDate the notice's last day, if it has one
   * @param events the date of the named event, if the calendar has it
   */
  static DeadlineContext of(LocalDate issueDate, Optional<LocalDate> endDate,
      Function<String, Optional<LocalDate>> events) {
    return new GivenDates(issueDate, endDate, events);
  }
}
