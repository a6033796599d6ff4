package org.improvementnotice.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs axe-core (the npm package, {@code .ci/run} installs it under {@code target/axe}; or name its
 * {@code axe.min.js} in {@code AXE_CORE_JS}) in headless Chromium on the HTML report of the five documents,
 * and asserts no serious or critical violation. The result is written to {@code target/axe-result.json}.
 * Skipped only outside CI when Chromium or axe-core is missing; with {@code CI} set, either missing fails.
 */
class HtmlReportAccessibilityTest {
  private static final Pattern RESULT = Pattern.compile("(?s)<pre id=\"axe-result\">(.*?)</pre>");

  @TempDir
  Path dir;

  @Test
  void theReportHasNoSeriousOrCriticalAccessibilityViolation() throws Exception {
    Optional<Path> chromium = HtmlReportBrowserTest.chromium(System.getenv().getOrDefault("PATH", ""));
    HtmlReportBrowserTest.requireOrSkip(chromium, System.getenv("CI"));
    Optional<Path> axe = axe(System.getenv("AXE_CORE_JS"));
    requireAxeOrSkip(axe, System.getenv("CI"));

    Files.copy(axe.get(), dir.resolve("axe.min.js"));
    String report = HtmlReportOfDocumentsTest.fiveDocuments();
    String runner = "<script src=\"axe.min.js\"></script>\n<script>\n"
        + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {\n"
        + "  var out = document.createElement('pre'); out.id = 'axe-result';\n"
        + "  out.textContent = JSON.stringify(r.violations.map(function (v) { return {id: v.id, impact: v.impact,"
        + " help: v.help, nodes: v.nodes.length, targets: v.nodes.slice(0, 5).map(function (n) {"
        + " return n.target.join(' '); })}; }));\n"
        + "  document.body.appendChild(out);\n"
        + "}, function (e) { var out = document.createElement('pre'); out.id = 'axe-result';"
        + " out.textContent = JSON.stringify({error: String(e)}); document.body.appendChild(out); });\n</script>\n";
    Path html = dir.resolve("report-with-axe.html");
    Files.writeString(html, report.replace("</body>", runner + "</body>"), StandardCharsets.UTF_8);

    Path target = Files.createDirectories(Path.of("target"));
    String dom = HtmlReportBrowserTest.run(chromium.get(), dir.resolve("profile"), target.resolve("chromium-axe.log"),
        "--allow-file-access-from-files", "--virtual-time-budget=60000", "--dump-dom", html.toUri().toString());
    Matcher m = RESULT.matcher(dom);
    assertThat(m.find()).as("axe wrote its result into the page").isTrue();
    String json = m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    Files.writeString(target.resolve("axe-result.json"), json, StandardCharsets.UTF_8);
    JsonNode violations = new ObjectMapper().readTree(json);
    assertThat(violations.isArray()).as("axe ran: %s", json).isTrue();
    List<String> serious = new ArrayList<>();
    for (JsonNode v : violations) {
      String impact = v.path("impact").asText();
      if (impact.equals("serious") || impact.equals("critical")) {
        serious.add(impact + " " + v.path("id").asText() + ": " + v.path("help").asText() + " " + v.path("targets"));
      }
    }
    assertThat(serious).as("serious or critical violations (all in target/axe-result.json)").isEmpty();
  }

  @Test
  void withCiSetAMissingAxeFailsAndWithoutItSkips() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> requireAxeOrSkip(Optional.empty(), "true"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("CI is set");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> requireAxeOrSkip(Optional.empty(), null))
        .isInstanceOf(org.opentest4j.TestAbortedException.class);
    assertThat(axe(dir.resolve("absent.js").toString())).isEmpty();
  }

  /** Fails when CI is set and axe-core is missing; skips when only axe-core is missing. */
  static void requireAxeOrSkip(Optional<Path> axe, String ci) {
    if (axe.isEmpty()) {
      if (ci != null) {
        org.assertj.core.api.Assertions.fail(
            "CI is set but axe-core is not installed (.ci/run installs it: npm install --prefix target/axe axe-core@4)");
      }
      org.junit.jupiter.api.Assumptions.assumeTrue(false,
          "axe-core is not installed (npm install --prefix target/axe axe-core@4, from the repository's root)");
    }
  }

  /** axe.min.js: where {@code AXE_CORE_JS} says, else under target/axe of the repository's root or this module. */
  static Optional<Path> axe(String named) {
    List<Path> candidates = named != null && !named.isBlank() ? List.of(Path.of(named))
        : List.of(Path.of("..", "target", "axe", "node_modules", "axe-core", "axe.min.js"),
            Path.of("target", "axe", "node_modules", "axe-core", "axe.min.js"));
    return candidates.stream().filter(Files::isRegularFile).findFirst();
  }
}
