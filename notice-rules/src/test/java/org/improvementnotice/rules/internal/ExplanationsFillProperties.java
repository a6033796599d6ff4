package org.improvementnotice.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Explanations#fill} gives what {@code String.format} gives for templates of {@code %s} alone. */
class ExplanationsFillProperties {

  @Provide
  Arbitrary<List<String>> pieces() {
    return Arbitraries.strings().withCharRange(' ', '~').excludeChars('%').ofMaxLength(12).list().ofMaxSize(8);
  }

  @Property(tries = 500)
  void fillIsStringFormatForPercentS(@ForAll("pieces") List<String> pieces) {
    String template = String.join("%s", pieces);
    Object[] args = new Object[Math.max(0, pieces.size() - 1)];
    for (int i = 0; i < args.length; i++) {
      args[i] = i % 3 == 0 ? null : i % 3 == 1 ? "word" + i : Integer.valueOf(i);
    }
    assertThat(Explanations.fill(template, args)).isEqualTo(String.format(template, args));
  }

  @Example
  void anotherSpecifierOrTooFewArgumentsIsRefused() {
    assertThatThrownBy(() -> Explanations.fill("%d days", 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Only %s");
    assertThatThrownBy(() -> Explanations.fill("%s and %s", "one")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Too few");
  }
}
