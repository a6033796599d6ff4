package org.improvementnotice.model.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.requirement.DatedAction;
import org.improvementnotice.model.requirement.ThresholdInPeriod;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.time.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Dates, deadlines and periods as the notices write them, and the model values they mean. */
class TimeExpressionsTest {

  private static final String HEADER =
      "notice t\nrecipient \"C\"\nissuer \"D\"\nissued 1 April 2008\nindicator \"NI 59\"\nmeasure m \"x\"\n";

  static Stream<Arguments> periods() {
    return Stream.of(
        Arguments.of("quarter to 31 March 2009", "2009-Q1"),
        Arguments.of("2009-Q1", "2009-Q1"),
        Arguments.of("financial year 2009-10", "FY2009-10"),
        Arguments.of("financial year 2009/10", "FY2009-10"),
        Arguments.of("academic year 2008-09", "AY2008/09"),
        Arguments.of("academic year 2011/12", "AY2011/12"),
        Arguments.of("year to 30 September 2009", "YE2009-09"),
        Arguments.of("March 2009", "2009-03"),
        Arguments.of("mar 2009", "2009-03"),
        Arguments.of("2009-03", "2009-03"),
        Arguments.of("1 January 2009 to 5 February 2009", "2009-01-01..2009-02-05"),
        Arguments.of("2009-01-01..2009-02-05", "2009-01-01..2009-02-05"));
  }

  @ParameterizedTest(name = "in {0} = {1}")
  @MethodSource("periods")
  void readsPeriods(String written, String canonical) {
    Notice n = NoticeLanguage.parse("p.notice", HEADER + "  target \"NI 59\" at least 65% in " + written);

    ThresholdInPeriod t = (ThresholdInPeriod) n.measures().get(0).requirements().get(0);
    assertThat(t.period()).isEqualTo(Period.parse(canonical));
  }

  static Stream<Arguments> deadlines() {
    return Stream.of(
        Arguments.of("31 March 2009", Deadline.on(LocalDate.of(2009, 3, 31))),
        Arguments.of("2009-03-31", Deadline.on(LocalDate.of(2009, 3, 31))),
        Arguments.of("31/3/09", Deadline.on(LocalDate.of(2009, 3, 31))),
        Arguments.of("29 February 2012", Deadline.on(LocalDate.of(2012, 2, 29))),
        Arguments.of("August 2011", Deadline.endOf(YearMonth.of(2011, 8))),
        Arguments.of("end of August 2011", Deadline.endOf(YearMonth.of(2011, 8))),
        Arguments.of("Sept 2009", Deadline.endOf(YearMonth.of(2009, 9))),
        Arguments.of("2 months after issue", Deadline.monthsAfterIssue(2)),
        Arguments.of("within 2 months of issue", Deadline.monthsAfterIssue(2)),
        Arguments.of("1 month after issue", Deadline.monthsAfterIssue(1)),
        Arguments.of("end of notice", Deadline.endOfNotice()),
        Arguments.of("end of the notice", Deadline.endOfNotice()),
        Arguments.of("\"January Improvement Board\"", Deadline.atEvent("January Improvement Board")),
        Arguments.of("before \"December Board\"", Deadline.before(Deadline.atEvent("December Board"))),
        Arguments.of("before end of notice", Deadline.before(Deadline.endOfNotice())),
        Arguments.of("before 1 March 2009", Deadline.before(Deadline.on(LocalDate.of(2009, 3, 1)))));
  }

  @ParameterizedTest(name = "action by/before {0}")
  @MethodSource("deadlines")
  void readsDeadlines(String written, Deadline meant) {
    // "before" takes the place of "by": "action ... before end of notice".
    String due = written.startsWith("before ") ? written : "by " + written;
    Notice n = NoticeLanguage.parse("d.notice", HEADER + "  action \"a\" " + due);

    assertThat(((DatedAction) n.measures().get(0).requirements().get(0)).deadline()).isEqualTo(meant);
  }
}
