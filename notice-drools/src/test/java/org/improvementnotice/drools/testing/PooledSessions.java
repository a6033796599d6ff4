package org.improvementnotice.drools.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/** What each rule module's engine test holds of its pool of sessions on the shared rule base. */
public final class PooledSessions {

  private PooledSessions() {}

  /**
   * Asserts that using the module's engines again, on one thread already served once, takes no new session, and
   * that a session taken from the pool afterwards is empty.
   *
   * @param ruleBase the module's shared rule base
   * @param pool the module's pool of sessions on it
   * @param use what uses the engines again, many times
   */
  public static void assertOneSessionReusedAndReturnedEmpty(KieBase ruleBase, KieSessionsPool pool, Runnable use) {
    int sessions = ruleBase.getKieSessions().size();
    use.run();
    assertThat(ruleBase.getKieSessions()).as("one thread reuses one pooled session").hasSize(sessions);
    KieSession next = pool.newKieSession();
    try {
      assertThat(next.getFactCount()).as("a session goes back to the pool empty").isZero();
    } finally {
      next.dispose();
    }
  }
}
