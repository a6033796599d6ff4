package org.improvementnotice.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.improvementnotice.rules.ComplianceEngine;

/**
 * The compliance engine, created on a second thread from the moment a run is known to need it, so that its rule
 * base loads while the command line is parsed and the notice and data are read: lazy work done early, off the
 * path to the first report.
 */
final class EngineStart {
  private static FutureTask<ComplianceEngine> creating;

  private EngineStart() {}

  /** Starts creating the engine, unless it is being created already. */
  static synchronized void begin() {
    if (creating == null) {
      creating = new FutureTask<>(ComplianceEngine::create);
      Thread thread = new Thread(creating, "compliance-engine");
      thread.setDaemon(true);
      thread.start();
    }
  }

  /**
   * The engine: the one being created, or a new one.
   *
   * @return the engine
   */
  static ComplianceEngine engine() {
    FutureTask<ComplianceEngine> task;
    synchronized (EngineStart.class) {
      task = creating;
      creating = null;
    }
    if (task == null) {
      return ComplianceEngine.create();
    }
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while the compliance engine was created", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
