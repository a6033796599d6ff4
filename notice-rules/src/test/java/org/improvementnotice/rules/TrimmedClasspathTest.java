package org.improvementnotice.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The engine evaluates a notice on this module's runtime class path as a consumer gets it, in a JVM of its own
 * with nothing else on the class path: none of the test scope's DRL compiler or test libraries. The jars that
 * {@code notice-drools} excludes from Drools' runtime (kie-util-maven-support, kie-util-xml, commons-codec) are not
 * on it, each shown absent by one of its classes, and the evaluation still gives the expected findings. The
 * build writes the runtime class path to {@code target/runtime-classpath.txt} (maven-dependency-plugin).
 */
class TrimmedClasspathTest {
  static final Path RUNTIME_CLASSPATH = Path.of("target/runtime-classpath.txt");

  /** An excluded artifact and a class only it holds. */
  record Excluded(String jarPrefix, String className) {}

  static final List<Excluded> EXCLUDED = List.of(
      new Excluded("kie-util-maven-support-", "org.kie.util.maven.support.MinimalPomParser"),
      new Excluded("kie-util-xml-", "org.kie.utll.xml.XStreamUtils"),
      new Excluded("commons-codec-", "org.apache.commons.codec.binary.Base64"));

  static List<String> runtimeClasspath() throws IOException {
    String text = Files.readString(RUNTIME_CLASSPATH, StandardCharsets.UTF_8).strip();
    return Arrays.asList(text.split(File.pathSeparator));
  }

  @Test
  void theExcludedJarsAreNotOnTheRuntimeClassPath() throws IOException {
    List<String> names = runtimeClasspath().stream().map(p -> Path.of(p).getFileName().toString()).toList();
    assertThat(names).as("the runtime class path of notice-rules").isNotEmpty()
        .anySatisfy(n -> assertThat(n).startsWith("drools-core-"));
    for (Excluded excluded : EXCLUDED) {
      assertThat(names).as(excluded.jarPrefix()).noneMatch(n -> n.startsWith(excluded.jarPrefix()));
    }
    assertThat(names).as("no DRL compiler or test library").noneMatch(n -> n.startsWith("drools-drl-parser-")
        || n.startsWith("ecj-") || n.startsWith("junit-") || n.startsWith("jqwik-") || n.startsWith("assertj-"));
  }

  @Test
  void theEngineEvaluatesANoticeWithoutTheExcludedJars() throws IOException, InterruptedException {
    List<String> classpath = new ArrayList<>(runtimeClasspath());
    classpath.add(0, Path.of("target/classes").toAbsolutePath().toString());
    classpath.add(1, Path.of("target/test-classes").toAbsolutePath().toString());
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", String.join(File.pathSeparator, classpath), TrimmedClasspathMain.class.getName()));
    EXCLUDED.forEach(e -> command.add(e.className()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    List<String> lines = output.lines().filter(l -> !l.startsWith("SLF4J")).toList();
    List<String> expected = new ArrayList<>(List.of(
        "absent org.kie.util.maven.support.MinimalPomParser",
        "absent org.kie.utll.xml.XStreamUtils",
        "absent org.apache.commons.codec.binary.Base64"));
    expected.addAll(Surrey.VERDICT);
    assertThat(lines).as(output).containsExactlyElementsOf(expected);
  }
}
