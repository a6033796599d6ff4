package org.improvementnotice.drools;

import static java.util.Objects.requireNonNull;

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
 * A rule module's executable model, generated from its DRL by kie-maven-plugin at build time and loaded here
 * without kmodule.xml scanning or a DRL compiler: the model classes listed in the module's list resource are
 * instantiated directly and built into one {@link KieBase}, with a {@link KieSessionsPool} on it. Load one per
 * module per process and share it: both are thread-safe. A session taken from the pool goes back to it, reset to
 * empty, when it is disposed (or closed), so its node memories are built once, not once per use.
 */
public final class ExecutableModel {

  private final KieBase kieBase;
  private final KieSessionsPool sessions;

  private ExecutableModel(KieBase kieBase) {
    this.kieBase = kieBase;
    this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
  }

  /**
   * The model listed at {@code modelList}, a resource that {@code anchor}'s class loader can read (kie-maven-plugin
   * writes it at {@code /META-INF/kie/<groupId>/<artifactId>/drools-model}, one class name a line).
   *
   * @return the model listed at {@code modelList}, a resource that {@code anchor}'s class loader can read
   *     (kie-maven-plugin writes it at {@code /META-INF/kie/<groupId>/<artifactId>/drools-model}, one class name a
   *     line)
   * @param anchor a class of the rule module, whose class loader loads the list and the model classes
   * @param modelList the absolute resource name of the list
   * @param module the module's name, for messages
   * @throws IllegalStateException naming the module and the list if the list is missing or empty, or a class it
   *     names cannot be loaded as a model
   */
  public static ExecutableModel load(Class<?> anchor, String modelList, String module) {
    requireNonNull(anchor, "anchor");
    requireNonNull(modelList, "modelList");
    requireNonNull(module, "module");
    List<Model> models = new ArrayList<>();
    try (InputStream in = anchor.getResourceAsStream(modelList)) {
      if (in == null) {
        throw new IllegalStateException("No executable rule model at " + modelList + ": the " + module
            + " jar must be built with kie-maven-plugin and generateModel=YES");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("Drools-Model-Version")) {
          continue;
        }
        Object model = Class.forName(line, true, anchor.getClassLoader()).getDeclaredConstructor().newInstance();
        if (!(model instanceof Model m)) {
          throw new IllegalStateException("The executable rule model at " + modelList + " of " + module
              + " lists " + line + ", which is not a rule model");
        }
        models.add(m);
      }
    } catch (IOException | ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot load the executable rule model of " + module + " listed at "
          + modelList + ": " + e, e);
    }
    if (models.isEmpty()) {
      throw new IllegalStateException("The executable rule model of " + module + " at " + modelList
          + " lists no model classes");
    }
    return new ExecutableModel(KieBaseBuilder.createKieBaseFromModel(models));
  }

  /** {@return the rule base} */
  public KieBase kieBase() {
    return kieBase;
  }

  /** {@return the pool of sessions on the rule base; it grows to the number of sessions in use at once} */
  public KieSessionsPool sessions() {
    return sessions;
  }
}
