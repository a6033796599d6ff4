package org.improvementnotice.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * The date a notice was issued. Where the document does not state it (Somerset 2013), it is supplied and
 * marked as assumed, so that reports can say so. Immutable and thread-safe.
 *
 * @param date the date
 * @param assumed whether the date was supplied rather than stated by the document
 */
public record IssueDate(LocalDate date, boolean assumed) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param date the date
   * @param assumed whether the date was supplied rather than stated by the document
   */
  public IssueDate {
    requireNonNull(date, "date");
  }

  /**
   * {@return a date the document states}
   *
   * @param date the date as the notice gives it
   */
  public static IssueDate stated(LocalDate date) {
    return new IssueDate(date, false);
  }

  /**
   * {@return a date supplied because the document does not state one}
   *
   * @param date the date supplied, which reports mark as assumed
   */
  public static IssueDate assumed(LocalDate date) {
    return new IssueDate(date, true);
  }
}
