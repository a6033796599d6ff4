package org.improvementnotice.rules.internal;

import org.improvementnotice.drools.SharedModel;

/**
 * The compliance rule base: the executable model that kie-maven-plugin generated at build time from the DRL,
 * loaded once per process with its pool of sessions.
 */
public final class RuleBase {
  /** The process's one compliance rule base, loaded on first use and shared by every engine and thread. */
  public static final SharedModel MODEL = SharedModel.of(RuleBase.class, "notice-rules");

  private RuleBase() {}
}
