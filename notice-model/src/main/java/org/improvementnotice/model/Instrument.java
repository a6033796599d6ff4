package org.improvementnotice.model;

/** The kinds of instrument of the improvement-notice family. */
public enum Instrument {
  /** An Improvement Notice from the department to a council. */
  IMPROVEMENT_NOTICE,
  /** A Statutory Direction (s497A Education Act 1996). */
  STATUTORY_DIRECTION,
  /** A council's Improvement Plan answering a notice or direction. */
  IMPROVEMENT_PLAN
}
