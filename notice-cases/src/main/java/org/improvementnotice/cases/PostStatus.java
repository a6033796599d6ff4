package org.improvementnotice.cases;

/** The state of an established social work post over a spell. */
public enum PostStatus {
  /** Held by a permanent qualified social worker. */
  FILLED,
  /** Covered by an agency social worker. */
  AGENCY,
  /** Vacant. */
  VACANT
}
