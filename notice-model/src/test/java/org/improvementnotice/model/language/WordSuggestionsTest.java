package org.improvementnotice.model.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Did you mean": the closest keyword when it is close enough, nothing for a word that is no misspelling. */
class WordSuggestionsTest {

  private static final List<String> KEYWORDS = List.of("measure", "target", "targets", "maintain", "qualitative");

  @Test
  void suggestsTheKeywordAWordMisspells() {
    assertThat(Words.closest("mesure", KEYWORDS)).contains("measure");
    assertThat(Words.closest("MEASRUE", KEYWORDS)).contains("measure");
    assertThat(Words.closest("qualitativ", KEYWORDS)).contains("qualitative");
    assertThat(Words.closest("x", List.of("y"))).contains("y");
  }

  @Test
  void suggestsNothingForAnExactWordOrOneTooFarOff() {
    assertThat(Words.closest("measure", KEYWORDS)).isEmpty();
    assertThat(Words.closest("banana", KEYWORDS)).isEmpty();
    assertThat(Words.closest("measureeeeee", KEYWORDS)).isEmpty();
    assertThat(Words.closest("", KEYWORDS)).isEmpty();
    assertThat(Words.closest("m".repeat(100_000), KEYWORDS)).isEmpty();
  }
}
