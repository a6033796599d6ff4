package org.improvementnotice.testkit.internal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Text arbitraries: plain readable words, or awkward text that tests escaping. */
public final class Texts {
  private static final String[] WORDS = {
      "improve", "the", "percentage", "of", "initial", "assessments", "within", "timescale", "board", "council",
      "children", "looked", "after", "reviews", "plan", "partners", "quality", "practice", "audit", "social",
      "care", "early", "help", "safeguarding", "ensure", "by", "March", "2009", "65%", "NI", "59"};
  private static final String[] AWKWARD = {
      "\"quoted\"", "back\\slash", "line\nbreak", "tab\there", "–", "£", "é", "A*-C", "'single'", "#hash", "//",
      "{brace}", ";", ":", "  spaced  ", "…", "\u00a0"};

  private Texts() {}

  /**
   * {@return a phrase of 1 to {@code maxWords} words, never blank}
   *
   * @param maxWords the most words, 1 or more
   * @param awkward whether about one word in five is awkward (quotes, a backslash, a line break, a tab, non-ASCII
   *     characters, spaces around it) rather than plain
   */
  public static Arbitrary<String> phrase(int maxWords, boolean awkward) {
    Arbitrary<String> word = awkward
        ? Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, Arbitraries.of(WORDS)), net.jqwik.api.Tuple.of(1, Arbitraries.of(AWKWARD)))
        : Arbitraries.of(WORDS);
    return word.list().ofMinSize(1).ofMaxSize(maxWords).map(ws -> String.join(" ", ws))
        .filter(s -> !s.isBlank());
  }
}
