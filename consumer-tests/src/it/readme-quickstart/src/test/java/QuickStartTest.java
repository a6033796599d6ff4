import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.improvementnotice.model.Rag;
import org.improvementnotice.rules.Status;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's QuickStart as a consumer's project builds it, on the class path a consumer of notice-rules
 * gets: it prints that the notice is valid, the quarter's figure, and one finding per stage of the target, each
 * with a status, a colour and an explanation.
 */
class QuickStartTest {

  @Test
  void theQuickStartPrintsAFindingForEachStage() {
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(out);
    }
    List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
    out.println(String.join("\n", lines));

    assertEquals("valid", lines.get(0));
    assertTrue(lines.get(1).startsWith("NI 59 in 2009-Q1: "), lines.get(1));
    List<String> findings = lines.subList(2, lines.size());
    assertEquals(2, findings.size(), "one finding per stage: " + findings);
    for (int i = 0; i < findings.size(); i++) {
      String[] words = findings.get(i).split(" ", 4);
      assertEquals("ni59." + (i + 1), words[0]);
      Status.valueOf(words[1]);
      assertTrue(words[2].endsWith(":"), findings.get(i));
      Rag.valueOf(words[2].substring(0, words[2].length() - 1));
      assertTrue(words[3].length() > 10, "an explanation: " + findings.get(i));
    }
  }

  /** What notice-drools excludes from Drools' runtime is not on a consumer's class path, and the engine runs. */
  @Test
  void theJarsTheEngineDoesNotNeedAreNotOnTheClassPath() {
    for (String name : List.of("org.kie.util.maven.support.MinimalPomParser", "org.kie.utll.xml.XStreamUtils",
        "org.apache.commons.codec.binary.Base64")) {
      assertThrows(ClassNotFoundException.class, () -> Class.forName(name), name);
    }
  }
}
