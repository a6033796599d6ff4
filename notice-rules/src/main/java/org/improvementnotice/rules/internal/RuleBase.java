package org.improvementnotice.rules.internal;

import org.improvementnotice.drools.ExecutableModel;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * The compliance rule base: the executable model that kie-maven-plugin generated at build time from the DRL,
 * listed in {@value #MODEL_LIST}, loaded once per process with its pool of sessions.
 */
public final class RuleBase {
  /** The list of generated model classes the build writes. */
  public static final String MODEL_LIST = "/META-INF/kie/org.improvementnotice/notice-rules/drools-model";

  private RuleBase() {}

  /** Holds the one rule base of the process, loaded on first use (thread-safe lazy initialisation). */
  private static final class Shared {
    static final ExecutableModel INSTANCE = ExecutableModel.load(RuleBase.class, MODEL_LIST, "notice-rules");
  }

  /** {@return the process's one rule base, loaded on first use and shared by every engine and thread} */
  public static KieBase shared() {
    return Shared.INSTANCE.kieBase();
  }

  /**
   * The process's pool of sessions on the shared rule base. Thread-safe; it grows to the number of sessions in
   * use at once. A session taken from it goes back, reset to empty, when it is disposed (or closed).
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
    return ExecutableModel.load(RuleBase.class, MODEL_LIST, "notice-rules").kieBase();
  }
}
