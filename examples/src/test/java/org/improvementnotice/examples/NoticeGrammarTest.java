package org.improvementnotice.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/**
 * The editor grammar of the notice language ({@code editors/textmate/notice.tmLanguage.json}) tokenises the five
 * documents of this module with every token recognised and none invalid: runs its node tests
 * ({@code editors/textmate/test/}, VS Code's TextMate engine) and checks that they ran and passed. Skipped only
 * outside CI when node or the tests' packages ({@code npm ci} in {@code editors/textmate}) are missing; with
 * {@code CI} set, that fails the test ({@code .ci/run} installs both).
 */
class NoticeGrammarTest {
  static final Path GRAMMAR_DIR = Path.of("..", "editors", "textmate");

  @Test
  void theGrammarTokenisesTheFiveDocuments() throws IOException, InterruptedException {
    Optional<Path> node = node(System.getenv().getOrDefault("PATH", ""));
    requireOrSkip(node, Files.isDirectory(GRAMMAR_DIR.resolve("node_modules/vscode-textmate")), System.getenv("CI"));
    Path log = Path.of("target", "notice-grammar-test.log");
    Files.createDirectories(log.getParent());

    Process process = new ProcessBuilder(node.get().toString(), "--test", "test/grammar.test.mjs")
        .directory(GRAMMAR_DIR.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("the grammar's tests did not finish in 120 s; see " + log);
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as("node --test exit code; see %s:%n%s", log, output).isZero();
    assertThat(count(output, "pass")).as("tests passed; see %s", log).isGreaterThanOrEqualTo(14);
    assertThat(count(output, "fail")).as("tests failed; see %s", log).isZero();
  }

  @Test
  void withCiSetAMissingNodeFailsAndWithoutItSkips() {
    assertThatThrownBy(() -> requireOrSkip(Optional.empty(), false, "true")).isInstanceOf(AssertionError.class)
        .hasMessageContaining("CI is set");
    assertThatThrownBy(() -> requireOrSkip(Optional.of(Path.of("/usr/bin/node")), false, "true"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("npm ci");
    assertThatThrownBy(() -> requireOrSkip(Optional.empty(), true, null)).isInstanceOf(TestAbortedException.class);
    requireOrSkip(Optional.of(Path.of("/usr/bin/node")), true, "true");
    assertThat(node(GRAMMAR_DIR.toString())).isEmpty();
    assertThat(count("# tests 15\n# pass 14\n# fail 1\n", "pass")).isEqualTo(14);
  }

  /** Fails when CI is set and node or the packages are missing; skips when only they are missing. */
  static void requireOrSkip(Optional<Path> node, boolean packagesInstalled, String ci) {
    String missing = node.isEmpty() ? "node is not installed (apt-get install nodejs npm)"
        : packagesInstalled ? null : "the grammar tests' packages are not installed (npm ci in editors/textmate)";
    if (missing != null) {
      if (ci != null) {
        fail("CI is set but " + missing + "; .ci/run installs them");
      }
      Assumptions.assumeTrue(false, missing);
    }
  }

  static Optional<Path> node(String searchPath) {
    for (String dir : searchPath.split(File.pathSeparator)) {
      for (String name : List.of("node", "nodejs")) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** The count node's test runner reports on its summary line {@code # <what> N}, or -1 if it has none. */
  static int count(String output, String what) {
    Matcher m = Pattern.compile("^# " + what + " (\\d+)$", Pattern.MULTILINE).matcher(output);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }
}
