package org.improvementnotice.rules.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Loads the rule base from the executable model that kie-maven-plugin generated at build time: the model
 * classes listed in {@value #MODEL_LIST}, instantiated directly (no kmodule.xml parsing, no DRL compiler).
 */
public final class RuleBase {
  /** The list of generated model classes the build writes. */
  public static final String MODEL_LIST = "/META-INF/kie/org.improvementnotice/notice-rules/drools-model";

  private RuleBase() {}

  /** Holds the one rule base of the process, loaded on first use (thread-safe lazy initialisation). */
  private static final class Shared {
    static final KieBase INSTANCE = load();
    static final KieSessionsPool SESSIONS = INSTANCE.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
  }

  /** The process's one rule base, loaded on first use and shared by every engine and thread. */
  public static KieBase shared() {
    return Shared.INSTANCE;
  }

  /**
   * The process's pool of sessions on the shared rule base. Thread-safe; it grows to the number of sessions in
   * use at once. A session taken from it goes back, reset to empty, when it is closed (or disposed), so the
   * node memories are built once per pooled session instead of once per evaluation.
   */
  public static KieSessionsPool sessions() {
    return Shared.SESSIONS;
  }

  /**
   * The rule base.
   *
   * @throws IllegalStateException if the build did not generate the executable model
   */
  public static KieBase load() {
    List<Model> models = new ArrayList<>();
    try (InputStream in = RuleBase.class.getResourceAsStream(MODEL_LIST)) {
      if (in == null) {
        throw new IllegalStateException("No executable rule model at " + MODEL_LIST
            + ": the notice-rules jar must be built with kie-maven-plugin and generateModel=YES");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("Drools-Model-Version")) {
          continue;
        }
        models.add((Model) Class.forName(line, true, RuleBase.class.getClassLoader())
            .getDeclaredConstructor().newInstance());
      }
    } catch (IOException | ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot load the executable rule model listed at " + MODEL_LIST, e);
    }
    if (models.isEmpty()) {
      throw new IllegalStateException("The executable rule model at " + MODEL_LIST + " lists no model classes");
    }
    return KieBaseBuilder.createKieBaseFromModel(models);
  }
}
