package org.improvementnotice.rules;

/** What a missing figure means for a requirement that is due. */
public enum MissingData {
  /**
   * The default: a missing figure is no data. A due threshold with no figure is {@link Status#NO_DATA}; a
   * period with no figure inside a maintain or every-period window is skipped (the others decide).
   */
  LENIENT,
  /**
   * A missing figure is a failure: a due threshold with no figure is {@link Status#MISSED}; a period of a
   * window that has ended with no figure fails the window ({@link Status#NOT_MAINTAINED} or
   * {@link Status#BREACHED}, citing the period); a meeting with no chair recorded is not chaired as required.
   */
  STRICT
}
