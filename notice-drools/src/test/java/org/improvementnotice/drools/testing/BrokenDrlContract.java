package org.improvementnotice.drools.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.drools.model.codegen.ExecutableModelProject;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * Broken DRL fails with a clear message: what each rule module's {@code BrokenDrlTest} holds of its own rules.
 * The build compiles a module's DRL with kie-maven-plugin and fails there (naming the file, the rule and the
 * line); these tests show the same compiler's messages on the module's real rule files with one broken rule
 * added. A module's test extends this class and names its rule folder, the two lines a DRL file of that folder
 * starts with, and a condition with a syntax error and one with a misspelt property, on one of its own facts.
 * Test scope only: no main code compiles DRL.
 */
public abstract class BrokenDrlContract {
  private final Path rules;
  private final String header;
  private final String syntaxError;
  private final String misspelt;
  private final String misspeltProperty;

  /**
   * The contract for the module's rules.
   *
   * @param rules the folder of the module's DRL files, relative to the module
   *     ({@code src/main/resources/org/improvementnotice/rules/facts})
   * @param header the package line and the import a DRL file of the folder starts with: two lines, each ended
   *     by a newline
   * @param syntaxError a rule's condition on one of the module's facts with a syntax error, such as
   *     {@code $c : FigureCase( figure > )}
   * @param misspelt a rule's condition naming a property the fact does not have, such as
   *     {@code $c : FigureCase( figur > 1 )}
   * @param misspeltProperty that property, as misspelt ({@code figur})
   */
  protected BrokenDrlContract(Path rules, String header, String syntaxError, String misspelt,
      String misspeltProperty) {
    this.rules = rules;
    this.header = header;
    this.syntaxError = syntaxError;
    this.misspelt = misspelt;
    this.misspeltProperty = misspeltProperty;
  }

  /**
   * The compiler's errors for the module's DRL files with one more file, {@code broken.drl}, holding the header
   * and the extra DRL.
   *
   * @param extraDrl the rules of {@code broken.drl} after its header, or null for no such file
   * @return the errors, none when everything compiles
   * @throws IOException if a rule file cannot be read
   */
  protected final List<Message> compile(String extraDrl) throws IOException {
    KieServices ks = KieServices.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    String folder = rules.toString().replace(File.separatorChar, '/') + "/";
    try (Stream<Path> files = Files.list(rules)) {
      for (Path p : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
        kfs.write(folder + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    if (extraDrl != null) {
      kfs.write(folder + "broken.drl", header + extraDrl);
    }
    KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
    return builder.getResults().getMessages(Message.Level.ERROR);
  }

  /**
   * The module's own rules compile with no error.
   *
   * @throws IOException if a rule file cannot be read
   */
  @Test
  public void theRulesCompileCleanly() throws IOException {
    assertThat(compile(null)).isEmpty();
  }

  /**
   * A syntax error is reported in {@code broken.drl}, on its line (the third), naming the rule.
   *
   * @throws IOException if a rule file cannot be read
   */
  @Test
  public void aSyntaxErrorNamesTheFileTheRuleAndTheLine() throws IOException {
    List<Message> errors = compile("rule \"broken\" when " + syntaxError + " then end\n");
    assertThat(errors).isNotEmpty();
    Message first = errors.get(0);
    assertThat(first.getPath()).endsWith("broken.drl");
    assertThat(first.getLine()).isEqualTo(3);
    assertThat(first.getText()).contains("rule \"broken\"");
  }

  /**
   * A misspelt property is reported in {@code broken.drl}, by its name.
   *
   * @throws IOException if a rule file cannot be read
   */
  @Test
  public void anUnknownPropertyIsNamed() throws IOException {
    List<Message> errors = compile("rule \"misspelt\" when " + misspelt + " then end\n");
    assertThat(errors).isNotEmpty();
    assertThat(errors.get(0).getPath()).endsWith("broken.drl");
    assertThat(errors.get(0).getText()).contains(misspeltProperty);
  }
}
