package org.improvementnotice.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.time.DeadlineContext;

/**
 * What a notice's deadlines resolve against ({@link Notice#deadlineContext(List)}): its issue date, its end, and
 * its named events, found by name in any case and ignoring surrounding white space, first among the events given
 * (meetings recorded since, then the notice's calendar), then among the points of its assessment schedule.
 */
final class NoticeDeadlineContext implements DeadlineContext {
  private final LocalDate issueDate;
  private final Optional<LocalDate> endDate;
  private final List<NamedEvent> events;
  private final AssessmentSchedule schedule;

  NoticeDeadlineContext(LocalDate issueDate, Optional<LocalDate> endDate, List<NamedEvent> events,
      AssessmentSchedule schedule) {
    this.issueDate = issueDate;
    this.endDate = endDate;
    this.events = events;
    this.schedule = schedule;
  }

  @Override
  public LocalDate issueDate() {
    return issueDate;
  }

  @Override
  public Optional<LocalDate> endDate() {
    return endDate;
  }

  @Override
  public Optional<LocalDate> eventDate(String event) {
    for (NamedEvent e : events) {
      if (NamedEvent.sameName(e.name(), event)) {
        return Optional.of(e.date());
      }
    }
    for (AssessmentPoint p : schedule.points()) {
      if (NamedEvent.sameName(p.name(), event)) {
        return p.when().resolve(this);
      }
    }
    return Optional.empty();
  }
}
