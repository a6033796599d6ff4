package org.improvementnotice.model.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.improvementnotice.model.language.Located.at;
import static org.improvementnotice.model.language.Located.warningAt;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Where errors are reported, what they say and what they suggest. */
class NoticeSyntaxErrorTest {

  /** Lines 1-5 of every case; the case's text starts on line 6. */
  static final String HEADER = String.join("\n",
      "notice t",
      "recipient \"Some Council\"",
      "issuer \"Department for Education\"",
      "issued 1 April 2011",
      "indicator \"NI 59\"",
      "");

  static Stream<Arguments> cases() {
    return Stream.of(
        // input after the header, line, column, message fragment, suggestion (or null)
        Arguments.of("measure m \"x\"\n  target \"NI 95\" at least 65% in quarter to 31 March 2012",
            7, 10, "unknown indicator NI 95", "NI 59"),
        Arguments.of("indicator \"NI 95\"", 6, 11, "unknown indicator NI 95", "NI 59"),
        Arguments.of("measure m \"x\"\n  target \"NI 59\" at leest 65% in quarter to 31 March 2012",
            7, 21, "expected 'at least' or 'at most', found 'at leest'", "least"),
        Arguments.of("measure m \"x\"\n  target \"NI 59\" at least 65% by 31 Febuary 2012",
            7, 37, "expected a month name", "February"),
        Arguments.of("measure m \"x\"\n  target \"NI 59\" at least 65% by 30 February 2012",
            7, 34, "not a valid date", null),
        Arguments.of("mesure m \"x\"", 6, 1, "expected a statement", "measure"),
        Arguments.of("group \"unterminated", 6, 7, "unterminated string", null),
        Arguments.of("measure m \"x\"\n  targets \"NI 59\" at least 65% in financial year 2009-11 then at least 70% "
            + "by 31 March 2012", 7, 50, "the second year must follow the first", "2009/10"),
        Arguments.of("board \"B\" meets every 4 fortnights", 6, 25, "expected days, weeks or months", null),
        Arguments.of("group \u201ccurly\u201d", 6, 7, "unexpected character", "\""),
        Arguments.of("measure m \"x\"\n  qualitative", 7, 14, "found end of input", null),
        Arguments.of("measure m \"x\"\n  target \"NI 59\" at least 165% by 31 March 2012", 7, 3,
            "A percentage cannot exceed 100", null),
        Arguments.of("issued 2 April 2011", 6, 1, "'issued' is already set at line 4", null),
        Arguments.of("term 0 months", 6, 6, "the number of months must be from 1 to 1200", null),
        Arguments.of("measure m \"x\"\n  targett \"NI 59\" at least 65% by 31 March 2012", 7, 3,
            "expected a requirement", "target"),
        Arguments.of("measure m \"x\"\n  target \"NI 59\" at least 6.5.1% by 31 March 2012", 7, 27,
            "expected a number", null),
        Arguments.of("measure m \"x\"\n  relative \"NI 59\" at least england averag by 31 March 2012", 7, 29,
            "expected a benchmark", null),
        Arguments.of("measure bad/id \"x\"\n  qualitative \"y\"", 6, 9, "Measure id must be", null),
        Arguments.of("measure m \"x\"\n  targets \"NI 59\" at least 65% by 31 March 2012", 7, 3,
            "need at least two stages", null),
        Arguments.of("measure m \"x\"\n  action \"y\" by end of notice\n  qualitative \"\\q\"", 8, 16,
            "unknown escape", null));
  }

  @ParameterizedTest(name = "[{index}] line {1} column {2}: {3}")
  @MethodSource("cases")
  void reportsTheErrorWhereItIs(String input, int line, int column, String fragment, String suggestion) {
    NoticeSyntaxException e = catchThrowableOfType(NoticeSyntaxException.class,
        () -> NoticeLanguage.parse("case.notice", HEADER + input));

    assertThat(e).as("an error is reported").isNotNull();
    Diagnostic first = e.errors().get(0);
    assertThat(first.source()).isEqualTo("case.notice");
    assertThat(first.line()).as(first.toString()).isEqualTo(line);
    assertThat(first.column()).as(first.toString()).isEqualTo(column);
    assertThat(first.message()).contains(fragment);
    assertThat(first.suggestion()).isEqualTo(Optional.ofNullable(suggestion));
    assertThat(first.preview()).contains("^");
  }

  @Test
  void theDocumentedExampleReadsAsDocumented() {
    NoticeSyntaxException e = catchThrowableOfType(NoticeSyntaxException.class, () -> NoticeLanguage.parse(
        "case.notice", HEADER + "measure m \"x\"\n  target \"NI 95\" at least 65% in quarter to 31 March 2009"));

    assertThat(e.errors().get(0).toString()).isEqualTo(String.join("\n",
        "case.notice:7:10: error: unknown indicator NI 95: declare it with 'indicator \"NI 95\"' before using it; "
            + "did you mean NI 59?",
        "    7 |   target \"NI 95\" at least 65% in quarter to 31 March 2009",
        "      |          ^^^^^^^"));
  }

  @Test
  void reportsEveryErrorOfAFileInOnePass() {
    String text = HEADER + String.join("\n",
        "measure a \"first\"",
        "  target \"NI 59\" at leest 65% by 31 March 2012",
        "  action \"fine\" by 31 March 2012",
        "mesure b \"second\"",
        "  qualitative \"orphan of the bad measure\"",
        "measure c \"third\"",
        "  action \"late\" by 31 Febuary 2012",
        "group \"ok\"");

    NoticeSyntaxException e = catchThrowableOfType(NoticeSyntaxException.class,
        () -> NoticeLanguage.parse("many.notice", text));

    assertThat(e.errors()).extracting(Diagnostic::line).containsExactly(7, 9, 12);
    assertThat(e.getMessage()).startsWith("many.notice: 3 errors");
  }

  @Test
  void reportsAMissingIssueDateAtTheStart() {
    NoticeSyntaxException e = catchThrowableOfType(NoticeSyntaxException.class, () -> NoticeLanguage.parse(
        "short.notice", "notice t\nrecipient \"C\"\nissuer \"D\"\n"));

    assertThat(e.errors()).singleElement().satisfies(at(1, "missing 'issued <date>'"));
  }

  @Test
  void returnsValidationWarningsWithTheirLines() {
    ParsedNotice parsed = NoticeLanguage.read("warn.notice",
        HEADER + "measure m \"x\"\n  target \"NI 59\" at most 65% by 31 March 2012");

    assertThat(parsed.warnings()).singleElement().satisfies(warningAt(7, "'at most' on NI 59"));
  }

  @Test
  void aDeadlineBeforeTheIssueDateIsAWarningWithItsLine() {
    ParsedNotice parsed = NoticeLanguage.read("early.notice",
        HEADER + "measure m \"x\"\n  action \"y\" by end of February 2011");

    assertThat(parsed.warnings()).singleElement().satisfies(warningAt(7, 3,
        "2011-02-28, before the issue date 2011-04-01", "the deadline precedes the notice"));
    assertThat(NoticeLanguage.parse("early.notice", HEADER + "measure m \"x\"\n  action \"y\" by end of February 2011")
        .measures()).hasSize(1);
  }

  @Test
  void validationErrorsFailTheParseButNotTheSyntaxOnlyParse() {
    String text = HEADER + "measure m \"x\"\n  target \"NI 60\" at least 65% by 31 March 2012";

    assertThatThrownBy(() -> NoticeLanguage.parse("v.notice", text))
        .isInstanceOf(NoticeSyntaxException.class).hasMessageContaining("unknown indicator NI 60");
    assertThat(NoticeLanguage.parseWithoutValidation("v.notice", text).measures()).hasSize(1);
  }

  @Test
  void refusesInputOverTheSizeLimit() {
    String big = HEADER + "#" + "x".repeat(NoticeLanguage.MAX_SOURCE_CHARS);

    NoticeSyntaxException e = catchThrowableOfType(NoticeSyntaxException.class,
        () -> NoticeLanguage.parse("big.notice", big));

    assertThat(e.errors()).singleElement().satisfies(d -> assertThat(d.message()).contains("input too large"));
  }

  @Test
  void stopsAfterAHundredDiagnostics() {
    String text = HEADER + "measure m \"x\"\n" + "  bogus\n".repeat(500);

    List<Diagnostic> all = Located.diagnosticsOf(() -> NoticeLanguage.parse("many.notice", text));
    assertThat(all).hasSize(101);
    assertThat(all.get(100).message()).contains("too many errors");
  }
}
