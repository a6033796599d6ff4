package org.improvementnotice.model.time;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/** A {@link DeadlineContext} of given dates, its events looked up by a function ({@link DeadlineContext#of}). */
record GivenDates(LocalDate issueDate, Optional<LocalDate> endDate, Function<String, Optional<LocalDate>> events)
    implements DeadlineContext {

  @Override
  public Optional<LocalDate> eventDate(String event) {
    return events.apply(event);
  }
}
