package org.improvementnotice.rules.internal;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs every rule firing at debug, naming the rule and the facts it matched. */
public final class FiringLogger extends DefaultAgendaEventListener {
  private static final Logger LOG = LoggerFactory.getLogger("org.improvementnotice.rules.firings");

  /** {@return whether firings are logged at all (so the listener need not be added)} */
  public static boolean enabled() {
    return LOG.isDebugEnabled();
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    LOG.debug("rule \"{}\" fired on {}", event.getMatch().getRule().getName(), event.getMatch().getObjects());
  }
}
