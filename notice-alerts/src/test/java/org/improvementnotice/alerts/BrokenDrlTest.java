package org.improvementnotice.alerts;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Broken DRL fails with a clear message. The build itself compiles the alert rules with kie-maven-plugin and fails
 * there (naming the file, the rule and the line); this test shows the same compiler's messages on the real rule
 * files with one broken rule added. Test scope only: the main code never compiles DRL.
 */
class BrokenDrlTest {
  static final Path RULES = Path.of("src/main/resources/org/improvementnotice/alerts/facts");
  static final String PACKAGE = "package org.improvementnotice.alerts.facts;\n"
      + "import org.improvementnotice.alerts.AlertKind;\n";

  static List<Message> compile(String extraDrl) throws IOException {
    KieServices ks = KieServices.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    try (Stream<Path> files = Files.list(RULES)) {
      for (Path p : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
        kfs.write("src/main/resources/org/improvementnotice/alerts/facts/" + p.getFileName(),
            Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    if (extraDrl != null) {
      kfs.write("src/main/resources/org/improvementnotice/alerts/facts/broken.drl", PACKAGE + extraDrl);
    }
    KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
    return builder.getResults().getMessages(Message.Level.ERROR);
  }

  @Test
  void theRulesCompileCleanly() throws IOException {
    assertThat(compile(null)).isEmpty();
  }

  @Test
  void aSyntaxErrorNamesTheFileTheRuleAndTheLine() throws IOException {
    List<Message> errors = compile("rule \"broken\" when $p : OpenPlan( daysToTwoYears > ) then end\n");
    assertThat(errors).isNotEmpty();
    Message first = errors.get(0);
    assertThat(first.getPath()).endsWith("broken.drl");
    assertThat(first.getLine()).isEqualTo(3);
    assertThat(first.getText()).contains("rule \"broken\"");
  }

  @Test
  void anUnknownPropertyIsNamed() throws IOException {
    List<Message> errors = compile("rule \"misspelt\" when $p : OpenPlan( daysToTwoYear > 1 ) then end\n");
    assertThat(errors).isNotEmpty();
    assertThat(errors.get(0).getPath()).endsWith("broken.drl");
    assertThat(errors.get(0).getText()).contains("daysToTwoYear");
  }
}
