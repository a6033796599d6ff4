package org.improvementnotice.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every rule has a stable, unique name, and a test that expects a finding citing it. */
class RuleCatalogueTest {
  static final Pattern RULE = Pattern.compile("^rule \"([^\"]+)\"", Pattern.MULTILINE);

  static List<String> ruleNames() throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(BrokenDrlTest.RULES)) {
      for (Path p : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
        Matcher m = RULE.matcher(Files.readString(p, StandardCharsets.UTF_8));
        while (m.find()) {
          names.add(m.group(1));
        }
      }
    }
    return names;
  }

  @Test
  void ruleNamesAreUnique() throws IOException {
    assertThat(ruleNames()).doesNotHaveDuplicates().hasSizeGreaterThan(40);
  }

  @Test
  void everyRuleIsExpectedByATest() throws IOException {
    StringBuilder tests = new StringBuilder();
    try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
      for (Path p : files.filter(p -> p.toString().endsWith("RulesTest.java")).toList()) {
        tests.append(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    assertThat(ruleNames()).allSatisfy(name -> assertThat(tests).contains(" " + name + "\""));
  }
}
