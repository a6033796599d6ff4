package org.improvementnotice.drools;

import static java.util.Objects.requireNonNull;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A rule module's one executable model in the process: loaded on first use (thread-safe), then shared by every
 * engine and thread, with its pool of sessions. A module holds one in a constant. The model classes are those
 * kie-maven-plugin lists at {@code /META-INF/kie/org.improvementnotice/<module>/drools-model}.
 */
public final class SharedModel {

  /** The group of this project's rule modules, the first folder of their model lists. */
  private static final String GROUP = "org.improvementnotice";

  private final Class<?> anchor;
  private final String module;
  private final String modelList;
  private volatile ExecutableModel loaded;

  private SharedModel(Class<?> anchor, String module) {
    this.anchor = requireNonNull(anchor, "anchor");
    this.module = requireNonNull(module, "module");
    this.modelList = "/META-INF/kie/" + GROUP + "/" + module + "/drools-model";
  }

  /**
   * {@return the model of the module, not yet loaded}
   *
   * @param anchor a class of the rule module, whose class loader loads the list and the model classes
   * @param module the module's artifact id ({@code notice-rules}), which names its model list
   */
  public static SharedModel of(Class<?> anchor, String module) {
    return new SharedModel(anchor, module);
  }

  /** {@return the absolute resource name of the list of generated model classes the build writes} */
  public String modelList() {
    return modelList;
  }

  /**
   * {@return the one rule base of the process, loaded on the first call of this or {@link #sessions()}}
   *
   * @throws IllegalStateException if the build did not generate the executable model
   */
  public KieBase kieBase() {
    return model().kieBase();
  }

  /**
   * The pool of sessions on the one rule base. Thread-safe; it grows to the number of sessions in use at once. A
   * session taken from it goes back, reset to empty, when it is disposed (or closed).
   *
   * @return the pool of sessions on the one rule base
   * @throws IllegalStateException if the build did not generate the executable model
   */
  public KieSessionsPool sessions() {
    return model().sessions();
  }

  /**
   * {@return a new rule base, not the shared one (for tests)}
   *
   * @throws IllegalStateException if the build did not generate the executable model
   */
  public KieBase loadAnew() {
    return ExecutableModel.load(anchor, modelList, module).kieBase();
  }

  private ExecutableModel model() {
    ExecutableModel m = loaded;
    if (m == null) {
      synchronized (this) {
        m = loaded;
        if (m == null) {
          m = ExecutableModel.load(anchor, modelList, module);
          loaded = m;
        }
      }
    }
    return m;
  }
}
