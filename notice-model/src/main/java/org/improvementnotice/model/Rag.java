package org.improvementnotice.model;

/** The colours boards read: red, amber, green, and grey for no data or no target (never green). */
public enum Rag {
  /** Missed, breached, not maintained, overdue, lapsed, not improved, or off track. */
  RED,
  /** At risk, missed within its tolerance, done late, due soon, or trending down. */
  AMBER,
  /** Met, on track, maintained, improved, held, or done. */
  GREEN,
  /** No verdict to give: no data, no target set, not yet due, not judged, or a deadline not resolved. */
  GREY
}
