package org.improvementnotice.model.validation;

/** How serious a validation problem is. */
public enum Severity {
  /** The input cannot be evaluated as it stands. */
  ERROR,
  /** The input can be evaluated but is probably not what was meant (a target against the indicator's polarity). */
  WARNING
}
