package org.improvementnotice.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.improvementnotice.model.time.Deadline;

/**
 * How long a notice lasts: a number of months from issue ("twelve months in the first instance") or until a
 * date (the final review), stated in the text or supplied by the writer and marked assumed (DOMAIN.md, "Stated
 * facts and assumed facts": a notice read as ending at its final review). Implementations are immutable and
 * thread-safe.
 */
public sealed interface Term {

  /** {@return whether the writer supplied the term, the text not stating it} */
  boolean assumed();

  /**
   * {@return the notice's last day, given its issue date: empty for a direction in force until revoked that no
   * revocation has ended}
   *
   * @param issueDate the notice's issue date (perhaps assumed)
   */
  Optional<LocalDate> end(LocalDate issueDate);

  /**
   * {@return the notice's last day as known at a date: a revocation is known from its day on}
   *
   * @param issueDate the notice's issue date (perhaps assumed)
   * @param asAt the date it is known at
   */
  default Optional<LocalDate> endKnownAt(LocalDate issueDate, LocalDate asAt) {
    return end(issueDate);
  }

  /**
   * N months from issue; the last day is the issue date plus N months (clamped to the month's end).
   *
   * @param months how many months, 1 or more
   * @param assumed whether the writer supplied it, the text not stating it
   */
  record ForMonths(int months, boolean assumed) implements Term {
    /**
     * Checks the components, as the type's documentation says of each.
     *
     * @param months how many months, 1 or more
     * @param assumed whether the writer supplied it
     * @throws IllegalArgumentException if {@code months} is less than 1
     */
    public ForMonths {
      if (months < 1) {
        throw new IllegalArgumentException(String.format("A notice lasts at least 1 month, was %d", months));
      }
    }

    /**
     * A term the text states.
     *
     * @param months how many months, 1 or more
     * @throws IllegalArgumentException if {@code months} is less than 1
     */
    public ForMonths(int months) {
      this(months, false);
    }

    /**
     * {@return the last day, given the issue date}
     *
     * @param issueDate the notice's issue date (perhaps assumed)
     */
    public LocalDate endFor(LocalDate issueDate) {
      return Deadline.plusMonthsClamped(issueDate, months);
    }

    @Override
    public Optional<LocalDate> end(LocalDate issueDate) {
      return Optional.of(endFor(issueDate));
    }
  }

  /**
   * Until a date, inclusive.
   *
   * @param lastDay the notice's last day, whatever its issue date
   * @param assumed whether the writer supplied it, the text not stating it
   */
  record Until(LocalDate lastDay, boolean assumed) implements Term {
    /**
     * Checks the components, as the type's documentation says of each.
     *
     * @param lastDay the notice's last day, whatever its issue date
     * @param assumed whether the writer supplied it
     */
    public Until {
      requireNonNull(lastDay, "lastDay");
    }

    /**
     * A term the text states.
     *
     * @param lastDay the notice's last day, whatever its issue date
     */
    public Until(LocalDate lastDay) {
      this(lastDay, false);
    }

    /**
     * {@return the last day, whatever the issue date}
     *
     * @param issueDate the notice's issue date
     */
    public LocalDate endFor(LocalDate issueDate) {
      return lastDay;
    }

    @Override
    public Optional<LocalDate> end(LocalDate issueDate) {
      return Optional.of(lastDay);
    }
  }

  /**
   * In force until revoked (a statutory direction): no end until a revocation is recorded (DOMAIN.md,
   * "Instruments without an end"); deadlines at the end stay unresolved until then, and from the revocation's day
   * the notice ends on it.
   *
   * @param revokedOn the day it was revoked, once recorded
   * @param assumed whether the writer supplied it, the text not stating it
   */
  record UntilRevoked(Optional<LocalDate> revokedOn, boolean assumed) implements Term {
    /**
     * Checks the components, as the type's documentation says of each.
     *
     * @param revokedOn the day it was revoked, once recorded
     * @param assumed whether the writer supplied it
     */
    public UntilRevoked {
      requireNonNull(revokedOn, "revokedOn");
    }

    @Override
    public Optional<LocalDate> end(LocalDate issueDate) {
      return revokedOn;
    }

    @Override
    public Optional<LocalDate> endKnownAt(LocalDate issueDate, LocalDate asAt) {
      return revokedOn.filter(day -> !day.isAfter(asAt));
    }
  }
}
