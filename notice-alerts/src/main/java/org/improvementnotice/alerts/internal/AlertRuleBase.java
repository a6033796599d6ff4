package org.improvementnotice.alerts.internal;

import org.improvementnotice.drools.SharedModel;

/**
 * The alert rule base: the executable model that kie-maven-plugin generated at build time from the DRL, loaded
 * once per process with its pool of sessions.
 */
public final class AlertRuleBase {
  /** The process's one alert rule base, loaded on first use and shared by every alert engine and thread. */
  public static final SharedModel MODEL = SharedModel.of(AlertRuleBase.class, "notice-alerts");

  private AlertRuleBase() {}
}
