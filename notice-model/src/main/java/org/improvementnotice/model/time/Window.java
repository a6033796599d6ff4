package org.improvementnotice.model.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The span over which a standing obligation holds ("to maintain that level by 31 March 2010", "in any
 * reporting month for the duration of this Improvement Notice", "over the period 2012-13"). Both ends are
 * inclusive; an absent start means the notice's issue date, an absent end the notice's end. A reporting
 * period belongs to the window when it lies wholly inside it. Immutable and thread-safe.
 *
 * @param fromInclusive the first day, or empty for the notice's issue date
 * @param untilInclusive the last day, or empty for the notice's end
 */
public record Window(Optional<LocalDate> fromInclusive, Optional<LocalDate> untilInclusive) {

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param fromInclusive the first day, or empty for the notice's issue date
   * @param untilInclusive the last day, or empty for the notice's end
   * @throws IllegalArgumentException if both ends are given and the last day is before the first
   */
  public Window {
    requireNonNull(fromInclusive, "fromInclusive");
    requireNonNull(untilInclusive, "untilInclusive");
    if (fromInclusive.isPresent() && untilInclusive.isPresent()
        && untilInclusive.get().isBefore(fromInclusive.get())) {
      throw new IllegalArgumentException(String.format(
          "Window end must be on or after its start: %s to %s", fromInclusive.get(), untilInclusive.get()));
    }
  }

  /** {@return the whole life of the notice, from issue to end} */
  public static Window ofNotice() {
    return new Window(Optional.empty(), Optional.empty());
  }

  /**
   * {@return from {@code from} to {@code until}, both included}
   *
   * @param from the first day
   * @param until the last day, on or after {@code from}
   * @throws IllegalArgumentException if {@code until} is before {@code from}
   */
  public static Window between(LocalDate from, LocalDate until) {
    return new Window(Optional.of(from), Optional.of(until));
  }

  /**
   * {@return from {@code from} to the notice's end}
   *
   * @param from the first day
   */
  public static Window from(LocalDate from) {
    return new Window(Optional.of(from), Optional.empty());
  }

  /**
   * {@return from the notice's issue date to {@code until}}
   *
   * @param until the last day
   */
  public static Window until(LocalDate until) {
    return new Window(Optional.empty(), Optional.of(until));
  }

  /**
   * {@return the window covering exactly the period's days}
   *
   * @param period the period ("over the period 2012-13": {@code FY2012-13})
   */
  public static Window of(Period period) {
    return between(period.start(), period.endInclusive());
  }

  /**
   * {@return the first day, the notice's issue date standing in for an absent start}
   *
   * @param context the notice the window belongs to
   */
  public LocalDate start(DeadlineContext context) {
    return fromInclusive.orElseGet(context::issueDate);
  }

  /**
   * {@return the last day, the notice's end standing in for an absent end; empty when neither is known}
   *
   * @param context the notice the window belongs to
   */
  public Optional<LocalDate> end(DeadlineContext context) {
    return untilInclusive.isPresent() ? untilInclusive : context.endDate();
  }

  @Override
  public String toString() {
    return fromInclusive.map(LocalDate::toString).orElse("issue") + " to "
        + untilInclusive.map(LocalDate::toString).orElse("end of notice");
  }
}
