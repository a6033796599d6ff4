package org.improvementnotice.model.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.improvementnotice.model.language.Located.at;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.NoticeEvidence;
import org.improvementnotice.model.time.StatedDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Inputs found by fuzzing that broke a promise of the language: each is rejected with a located error. */
class HostileInputTest {

  /** Lines 1-5; a case's text starts on line 6. */
  private static final String HEADER = String.join("\n",
      "notice t",
      "recipient \"Some Council\"",
      "issuer \"Department for Education\"",
      "issued 1 December 2008",
      "indicator \"NI 59\"",
      "");

  private static final Comparator<Diagnostic> SOURCE_ORDER =
      Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);

  @ParameterizedTest(name = "a measure id of {0} characters")
  @ValueSource(ints = {79, 80})
  void stagedTargetsWhoseStageIdsWouldBeTooLongAreALocatedError(int length) {
    String text = HEADER + "measure " + "m".repeat(length) + " \"c\"\n"
        + "  targets \"NI 59\" at least 65% in quarter to 31 March 2009 then at least 77% by 31 March 2010\n";

    NoticeSyntaxException e = catchThrowableOfType(NoticeSyntaxException.class,
        () -> NoticeLanguage.read("long.notice", text));

    assertThat(e).as("a syntax error, not another exception").isNotNull();
    assertThat(e.errors()).singleElement().satisfies(at(7, 3, "stage 2", "at most 80 characters"));
  }

  @ParameterizedTest(name = "a measure id of {0} characters")
  @ValueSource(ints = {78})
  void stagedTargetsWhoseStageIdsFitAreRead(int length) {
    String text = HEADER + "measure " + "m".repeat(length) + " \"c\"\n"
        + "  targets \"NI 59\" at least 65% in quarter to 31 March 2009 then at least 77% by 31 March 2010\n";

    assertThat(NoticeLanguage.read("long.notice", text).notice().measures()).hasSize(1);
  }

  /** A hang guard, not a speed target: each line takes well under a second when columns are counted once. */
  @ParameterizedTest(name = "[{index}] {0} to 1 MiB")
  @ValueSource(strings = {"a    ", "\"\\n\" + "})
  void aLongLineAfterAWideCharacterIsLexedInLinearTime(String repeated) {
    StringBuilder text = new StringBuilder("notice x # \u2013\ngroup ");
    while (text.length() + repeated.length() <= NoticeLanguage.MAX_SOURCE_CHARS) {
      text.append(repeated);
    }

    NoticeSyntaxException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> catchThrowableOfType(
        NoticeSyntaxException.class, () -> NoticeLanguage.read("wide.notice", text.toString())));

    assertThat(e.errors()).anySatisfy(d -> assertThat(d.line()).isEqualTo(2));
  }

  @Test
  void columnsCountCodePointsAfterWideCharacters() {
    String text = HEADER + "group \"\u2013 \ud83d\ude00 \u00e9\" \u00a7 \"x\" \u00a7\n";

    NoticeSyntaxException e = catchThrowableOfType(NoticeSyntaxException.class,
        () -> NoticeLanguage.read("wide.notice", text));

    assertThat(e.errors()).extracting(Diagnostic::line, Diagnostic::column)
        .containsExactlyInAnyOrder(tuple(6, 15), tuple(6, 17), tuple(6, 21));
  }

  /**
   * "Did you mean" compares a word with the keywords it might be; a word far longer than all of them is no
   * misspelling, and comparing it in full allocated 1.8 GB for one 1 MiB word. The bound is on the bytes
   * this thread allocates, which does not depend on the machine's speed.
   */
  @Test
  void aHugeWordIsNotComparedInFullForSuggestions() {
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    org.junit.jupiter.api.Assumptions.assumeTrue(threads instanceof com.sun.management.ThreadMXBean,
        "the JVM reports allocation per thread");
    com.sun.management.ThreadMXBean allocation = (com.sun.management.ThreadMXBean) threads;
    String word = "a".repeat(NoticeLanguage.MAX_SOURCE_CHARS - 1);
    long before = allocation.getCurrentThreadAllocatedBytes();

    NoticeSyntaxException e = catchThrowableOfType(NoticeSyntaxException.class,
        () -> NoticeLanguage.read("word.notice", word));

    long allocated = allocation.getCurrentThreadAllocatedBytes() - before;
    assertThat(e.errors()).first().satisfies(d -> {
      assertThat(d.message()).startsWith("expected a statement");
      assertThat(d.suggestion()).isEmpty();
    });
    assertThat(allocated).as("bytes allocated").isLessThan(256L << 20);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"\"\\", "group \"a\\", "group \"a\\\nnotice t", "group \"\\u12", "group \"\\q\"",
      "group \"\\\u0000\""})
  void theOffendingTextOfEveryDiagnosticIsInTheSourceWhereItSays(String text) {
    NoticeSyntaxException e = catchThrowableOfType(NoticeSyntaxException.class,
        () -> NoticeLanguage.read("escape.notice", text));

    assertThat(e.diagnostics()).isNotEmpty().allSatisfy(d -> assertThat(SourceText.at(text, d.line(), d.column()))
        .as(d.toString()).startsWith(d.offendingText()));
  }

  @Test
  void diagnosticsComeInSourceOrderWhateverFindsThem() {
    NoticeSyntaxException e = catchThrowableOfType(NoticeSyntaxException.class,
        () -> NoticeLanguage.read("order.notice", "mesure x\n\u00a7\n"));

    assertThat(e.diagnostics()).extracting(Diagnostic::line, Diagnostic::column).contains(tuple(1, 1), tuple(2, 1));
    assertThat(e.diagnostics()).isSortedAccordingTo(SOURCE_ORDER);
  }

  @Test
  void theHundredDiagnosticsKeptAreTheFirstOfTheFile() {
    String text = HEADER + "mesure x\n" + "\u00a7\n".repeat(150);

    List<Diagnostic> all = Located.diagnosticsOf(() -> NoticeLanguage.read("order.notice", text));
    assertThat(all).hasSize(101);
    assertThat(all.get(0)).satisfies(d -> assertThat(d.message()).startsWith("expected a statement"));
    assertThat(all.subList(1, 100)).allSatisfy(d -> assertThat(d.message()).startsWith("unexpected character"));
    assertThat(all.get(100).message()).contains("too many errors");
    assertThat(all.subList(0, 100)).isSortedAccordingTo(SOURCE_ORDER);
  }

  static Stream<Arguments> yearsOutsideTheRange() {
    return Stream.of(
        // the statement after the header, the column of the error
        Arguments.of("evidence \"E\" dated 0001-01", 20),
        Arguments.of("evidence \"E\" dated January 1899", 20),
        Arguments.of("evidence \"E\" dated 31 December 1899", 20),
        Arguments.of("event \"E\" on 2200-01-01", 14),
        Arguments.of("term until 1 January 2200", 12),
        Arguments.of("quarterly assessments from January 2009 to March 2200", 44),
        Arguments.of("measure m \"c\"\n  target \"NI 59\" at least 65% in financial year 2199-00", 34),
        Arguments.of("measure m \"c\"\n  target \"NI 59\" at least 65% in year to 30 September 1900", 34),
        Arguments.of("measure m \"c\"\n  target \"NI 59\" at least 65% in FY0999-00", 34),
        Arguments.of("measure m \"c\"\n  target \"NI 59\" at least 65% in 1899-01-01..2009-03-31", 34),
        Arguments.of("measure m \"c\"\n  action \"a\" by end of December 9999", 24));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("yearsOutsideTheRange")
  void aYearOutsideTheSupportedRangeIsALocatedError(String statement, int column) {
    String text = HEADER + statement + "\n";

    NoticeSyntaxException e = catchThrowableOfType(NoticeSyntaxException.class,
        () -> NoticeLanguage.parseWithoutValidation("years.notice", text));

    assertThat(e).as("refused").isNotNull();
    assertThat(e.errors()).singleElement().satisfies(at(statement.contains("\n") ? 7 : 6, column, "1900 to 2199"));
  }

  @Test
  void theFirstAndLastDaysOfTheRangeReadAndPrintBack() {
    String text = HEADER + String.join("\n",
        "evidence \"E\" dated January 1900",
        "event \"First\" on 1 January 1900",
        "event \"Last\" on 2199-12-31",
        "measure m \"c\"",
        "  target \"NI 59\" at least 65% in financial year 2198-99",
        "  target \"NI 59\" at least 65% in year to 30 September 1901",
        "  action \"a\" by end of December 2199",
        "");

    Notice notice = NoticeLanguage.parseWithoutValidation("years.notice", text);

    assertThat(NoticeLanguage.parseWithoutValidation("printed.notice", NoticeLanguage.print(notice)))
        .isEqualTo(notice);
  }

  @Test
  void aNoticeHeldWithADateOutsideTheRangePrintsItInFourDigitsAndReadsBackAsALocatedError() {
    Notice notice = NoticeLanguage.parseWithoutValidation("years.notice",
        HEADER + "evidence \"E\" dated 2009-01\n");
    Notice early = new Notice(notice.id(),
        notice.instrument(), notice.recipient(), notice.issuer(), notice.serviceArea(),
        List.of(new NoticeEvidence("E", Optional.of(new StatedDate.OfMonth(YearMonth.of(1, 1))))),
        notice.background(), notice.issued(), notice.term(), notice.schedule(), notice.governance(),
        notice.indicators(), notice.measures(), notice.consequence());

    String printed = NoticeLanguage.print(early);

    assertThat(printed).contains("evidence \"E\" dated January 0001");
    NoticeSyntaxException e = catchThrowableOfType(NoticeSyntaxException.class,
        () -> NoticeLanguage.parseWithoutValidation("printed.notice", printed));
    assertThat(e.errors()).singleElement().satisfies(d -> assertThat(d.message()).contains("1900 to 2199"));
  }
}
