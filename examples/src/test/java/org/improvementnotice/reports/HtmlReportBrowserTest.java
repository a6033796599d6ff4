package org.improvementnotice.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.improvementnotice.reports.Evaluation;
import org.improvementnotice.cli.Fixtures;
import org.improvementnotice.cli.Sources;
import org.improvementnotice.model.Notice;
import org.improvementnotice.rules.ComplianceEngine;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/**
 * Opens the HTML report in headless Chromium: it must render with the expected content, and a screenshot
 * is written to {@code target/report.png}. Skipped only outside CI when Chromium is not installed; with
 * {@code CI} set, a missing Chromium fails the test.
 */
class HtmlReportBrowserTest {

  @TempDir
  Path profile;

  @Test
  void theReportRendersInHeadlessChromium() throws Exception {
    Optional<Path> chromium = chromium(System.getenv().getOrDefault("PATH", ""));
    requireOrSkip(chromium, System.getenv("CI"));
    Path target = Files.createDirectories(Path.of("target"));
    Notice notice = Sources.notice("surrey-2008").notice();
    Sources.LoadedData data = Sources.data(notice, Optional.of(Fixtures.surreyData(profile.resolve("data"), 15, "1.5")));
    Evaluation evaluation = Evaluation.overSchedule(ComplianceEngine.create(), notice, data.data(), data.describe());
    Path html = target.resolve("report.html").toAbsolutePath();
    Files.writeString(html, HtmlReport.render(List.of(evaluation)), StandardCharsets.UTF_8);
    Path png = target.resolve("report.png").toAbsolutePath();
    Files.deleteIfExists(png);

    run(chromium.get(), profile.resolve("shot"), target.resolve("chromium-screenshot.log"),
        "--screenshot=" + png, "--window-size=1280,2000", html.toUri().toString());
    assertThat(png).exists();
    assertThat(Files.size(png)).isGreaterThan(10_000);

    String dom = run(chromium.get(), profile.resolve("dom"), target.resolve("chromium-dom.log"), "--dump-dom",
        html.toUri().toString());
    assertThat(dom).contains("Surrey County Council (surrey-2008)", "<svg", "NI 59", "ref ni59.1", "Not complied with",
        "What is red and why", "Journey across the assessment schedule", "Percent (%)", "England average",
        "Expected path to the target", "The figures as a table")
        .containsAnyOf("Met", "Missed", "On track", "At risk", "Off track");
  }

  static String run(Path chromium, Path userData, Path log, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + Files.createDirectories(userData)));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("chromium did not finish in 120 s: " + command);
    }
    assertThat(process.exitValue()).as("chromium exit code; see %s", log).isZero();
    return new String(out, StandardCharsets.UTF_8);
  }

  @Test
  void withCiSetAMissingChromiumFailsAndWithoutItSkips() {
    assertThatThrownBy(() -> requireOrSkip(Optional.empty(), "true")).isInstanceOf(AssertionError.class)
        .hasMessageContaining("CI is set");
    assertThatThrownBy(() -> requireOrSkip(Optional.empty(), null)).isInstanceOf(TestAbortedException.class);
    requireOrSkip(Optional.of(Path.of("/usr/bin/chromium")), "true");
    assertThat(chromium(profile.toString())).isEmpty();
  }

  /** Fails when CI is set and chromium is missing; skips when only chromium is missing. */
  static void requireOrSkip(Optional<Path> chromium, String ci) {
    if (chromium.isEmpty()) {
      if (ci != null) {
        fail("CI is set but chromium is not installed (.ci/run installs it)");
      }
      Assumptions.assumeTrue(false, "chromium is not installed (apt-get install chromium)");
    }
  }

  static Optional<Path> chromium(String searchPath) {
    for (String dir : searchPath.split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }
}
