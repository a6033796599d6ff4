package org.improvementnotice.alerts.internal;

import org.improvementnotice.drools.ExecutableModel;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * The alert rule base: the executable model that kie-maven-plugin generated at build time from the DRL, listed in
 * {@value #MODEL_LIST}, loaded once per process with its pool of sessions.
 */
public final class AlertRuleBase {
  /** The list of generated model classes the build writes. */
  public static final String MODEL_LIST = "/META-INF/kie/org.improvementnotice/notice-alerts/drools-model";

  private AlertRuleBase() {}

  /** Holds the one rule base of the process, loaded on first use (thread-safe lazy initialisation). */
  private static final class Shared {
    static final ExecutableModel INSTANCE = ExecutableModel.load(AlertRuleBase.class, MODEL_LIST, "notice-alerts");
  }

  /** {@return the process's one rule base, loaded on first use and shared by every alert engine and thread} */
  public static KieBase shared() {
    return Shared.INSTANCE.kieBase();
  }

  /**
   * The process's pool of sessions on the shared rule base. Thread-safe; a session taken from it goes back, reset
   * to empty, when it is disposed (or closed).
   *
   * @return the process's pool of sessions on the shared rule base
   */
  public static KieSessionsPool sessions() {
    return Shared.INSTANCE.sessions();
  }

  /**
   * A new rule base, not the shared one (for tests).
   *
   * @return a new rule base, not the shared one (for tests)
   * @throws IllegalStateException if the build did not generate the executable model
   */
  public static KieBase load() {
    return ExecutableModel.load(AlertRuleBase.class, MODEL_LIST, "notice-alerts").kieBase();
  }
}
