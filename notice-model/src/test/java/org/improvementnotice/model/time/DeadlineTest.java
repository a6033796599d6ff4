package org.improvementnotice.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineTest {

  private static DeadlineContext context(LocalDate issue, LocalDate end, Map<String, LocalDate> events) {
    return DeadlineContext.of(issue, Optional.ofNullable(end), event -> Optional.ofNullable(events.get(event)));
  }

  @ParameterizedTest(name = "{0} + {1} months = {2}")
  @CsvSource({
      "2011-08-31, 6, 2012-02-29",  // leap year: 29 February
      "2010-08-31, 6, 2011-02-28",
      "2011-03-15, 1, 2011-04-15",
      "2013-10-31, 2, 2013-12-31",
      "2013-12-31, 2, 2014-02-28",
      "2011-03-08, 12, 2012-03-08",
      "2012-02-29, 12, 2013-02-28",
  })
  void withinMonthsOfIssueClampsToTheMonthEnd(LocalDate issue, int months, LocalDate expected) {
    assertThat(Deadline.monthsAfterIssue(months).resolve(context(issue, null, Map.of()))).contains(expected);
  }

  @ParameterizedTest(name = "by {0} means by {1}")
  @CsvSource({"2009-01, 2009-01-31", "2011-08, 2011-08-31", "2012-02, 2012-02-29", "2011-02, 2011-02-28"})
  void byAMonthMeansByItsLastDay(YearMonth month, LocalDate expected) {
    assertThat(Deadline.endOf(month).resolve(context(LocalDate.of(2008, 1, 1), null, Map.of()))).contains(expected);
  }

  @Test
  void eventAnchoredDeadlinesStayUnresolvedUntilTheCalendarHasTheEvent() {
    Deadline deadline = Deadline.atEvent("January Improvement Board");
    LocalDate issue = LocalDate.of(2013, 10, 1);
    assertThat(deadline.resolve(context(issue, null, Map.of()))).isEmpty();
    assertThat(deadline.resolve(context(issue, null, Map.of("January Improvement Board", LocalDate.of(2014, 1, 21)))))
        .contains(LocalDate.of(2014, 1, 21));
  }

  @Test
  void endOfNoticeNeedsAnEnd() {
    LocalDate issue = LocalDate.of(2013, 10, 1);
    assertThat(Deadline.endOfNotice().resolve(context(issue, null, Map.of()))).isEmpty();
    assertThat(Deadline.endOfNotice().resolve(context(issue, LocalDate.of(2014, 10, 1), Map.of())))
        .contains(LocalDate.of(2014, 10, 1));
  }

  @Test
  void monthsAfterIssueMustBePositive() {
    assertThatThrownBy(() -> Deadline.monthsAfterIssue(0)).hasMessageContaining("at least 1");
  }

  @Property
  void monthsAfterIssueNeverLeavesTheTargetMonth(
      @ForAll @DateRange(min = "2000-01-01", max = "2040-12-31") LocalDate issue,
      @ForAll @IntRange(min = 1, max = 36) int months) {
    LocalDate due = Deadline.monthsAfterIssue(months).resolve(context(issue, null, Map.of())).orElseThrow();
    assertThat(YearMonth.from(due)).isEqualTo(YearMonth.from(issue).plusMonths(months));
    assertThat(due.getDayOfMonth()).isEqualTo(Math.min(issue.getDayOfMonth(), YearMonth.from(due).lengthOfMonth()));
  }

  @Test
  void beforeExcludesTheDayItNames() {
    LocalDate issue = LocalDate.of(2009, 7, 1);
    DeadlineContext ctx = context(issue, LocalDate.of(2010, 6, 30), Map.of("December Board", LocalDate.of(2009, 12, 8)));
    assertThat(Deadline.before(Deadline.atEvent("December Board")).resolve(ctx)).contains(LocalDate.of(2009, 12, 7));
    assertThat(Deadline.before(Deadline.endOfNotice()).resolve(ctx)).contains(LocalDate.of(2010, 6, 29));
    assertThat(Deadline.before(Deadline.on(LocalDate.of(2010, 3, 1))).resolve(ctx)).contains(LocalDate.of(2010, 2, 28));
    assertThat(Deadline.before(Deadline.atEvent("March Board")).resolve(ctx)).isEmpty();
  }

  @Test
  void onlyBeforeIsStrict() {
    assertThat(Deadline.before(Deadline.endOfNotice()).isStrict()).isTrue();
    assertThat(Deadline.endOfNotice().isStrict()).isFalse();
    assertThat(Deadline.on(LocalDate.of(2010, 3, 1)).isStrict()).isFalse();
    assertThat(Deadline.atEvent("December Board").isStrict()).isFalse();
    assertThat(Deadline.before(Deadline.atEvent("December Board"))).hasToString("before at \"December Board\"");
  }

  @Test
  void beforeOfABeforeIsRefused() {
    Deadline once = Deadline.before(Deadline.endOfNotice());
    assertThatThrownBy(() -> Deadline.before(once)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not wrap another");
  }

  @Property
  void beforeIsTheDayBeforeTheInnerDeadline(
      @ForAll @DateRange(min = "2000-01-01", max = "2040-12-31") LocalDate issue,
      @ForAll @IntRange(min = 1, max = 36) int months) {
    DeadlineContext ctx = context(issue, null, Map.of());
    Deadline inner = Deadline.monthsAfterIssue(months);
    assertThat(Deadline.before(inner).resolve(ctx)).contains(inner.resolve(ctx).orElseThrow().minusDays(1));
  }
}
