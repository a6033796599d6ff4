package org.improvementnotice.model.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.improvementnotice.model.Notice;

/**
 * No input makes the parser hang, run out of memory or throw anything but {@link NoticeSyntaxException}:
 * random text, random sequences of the language's own words, and valid notices with parts cut out, doubled
 * or swapped.
 */
class GarbageInputProperties {

  private static final Duration LIMIT = Duration.ofSeconds(5);

  @Property(tries = 300)
  void randomTextIsReadOrRejected(@ForAll("text") String text) {
    readOrReject(text);
  }

  @Property(tries = 300)
  void randomWordsOfTheLanguageAreReadOrRejected(@ForAll("words") List<String> words) {
    readOrReject(String.join(" ", words));
  }

  @Property(tries = 300)
  void mutatedNoticesAreReadOrRejected(@ForAll("notices") Notice notice, @ForAll @IntRange(max = 10_000) int cut,
      @ForAll @IntRange(max = 400) int length, @ForAll("mutation") int kind) {
    String text = NoticeLanguage.print(notice);
    int from = Math.min(cut, text.length());
    int to = Math.min(text.length(), from + length);
    String mutated;
    if (kind == 0) {
      mutated = text.substring(0, from) + text.substring(to);
    } else if (kind == 1) {
      mutated = text.substring(0, to) + text.substring(from);
    } else {
      mutated = text.substring(to) + text.substring(0, from);
    }
    readOrReject(mutated);
  }

  @Property(tries = 5)
  void hugeRepetitiveInputStaysBounded(@ForAll("words") List<String> words) {
    String unit = String.join(" ", words) + "\n";
    readOrReject(unit.repeat(Math.max(1, (NoticeLanguage.MAX_SOURCE_CHARS - 10) / Math.max(1, unit.length()))));
  }

  private static void readOrReject(String text) {
    assertTimeoutPreemptively(LIMIT, () -> {
      try {
        NoticeLanguage.read("fuzz.notice", text);
      } catch (NoticeSyntaxException e) {
        assertThat(e.diagnostics()).isNotEmpty();
        assertThat(e.diagnostics()).hasSizeLessThanOrEqualTo(101);
        e.diagnostics().forEach(d -> assertThat(d.line()).isPositive());
      }
    });
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(300),
        Arbitraries.strings().withChars("\"\\\n #%:;+()abc019-./").ofMaxLength(300));
  }

  @Provide
  Arbitrary<List<String>> words() {
    List<String> vocabulary = new java.util.ArrayList<>(Parser.STATEMENTS);
    vocabulary.addAll(Parser.REQUIREMENTS);
    vocabulary.addAll(List.of("\"NI 59\"", "\"x\"", "at", "least", "most", "65", "%", "by", "before", "in", "31", "March",
        "2009", "quarter", "to", "end", "of", "notice", "then", "from", "baseline", "issue", "\n", "\n  ", ":", "+",
        "\"", "2009-Q1", "FY2009-10", "every", "4", "weeks", "months", "after", "until", "-1", "1e9"));
    return Arbitraries.of(vocabulary).list().ofMaxSize(80);
  }

  @Provide
  Arbitrary<Notice> notices() {
    return NoticeArbitraries.notices();
  }

  @Provide
  Arbitrary<Integer> mutation() {
    return Arbitraries.integers().between(0, 2);
  }
}
