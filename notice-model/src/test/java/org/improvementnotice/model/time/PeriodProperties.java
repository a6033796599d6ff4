package org.improvementnotice.model.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;

class PeriodProperties {

  @Provide
  Arbitrary<LocalDate> dates() {
    return Dates.dates().between(LocalDate.of(1990, 1, 1), LocalDate.of(2060, 12, 31));
  }

  @Provide
  Arbitrary<Period> periods() {
    Arbitrary<PeriodKind> regular = Arbitraries.of(PeriodKind.values()).filter(PeriodKind::isRegular);
    Arbitrary<Period> regularPeriods = Combinators.combine(regular, dates()).as(PeriodKind::containing);
    Arbitrary<Period> ranges = Combinators.combine(dates(), Arbitraries.integers().between(0, 800))
        .as((start, days) -> DateRange.ofClosed(start, start.plusDays(days)));
    return Arbitraries.oneOf(regularPeriods, ranges);
  }

  @Property
  void printThenParseGivesTheSamePeriod(@ForAll("periods") Period period) {
    assertThat(Period.parse(period.toString())).isEqualTo(period).hasSameHashCodeAs(period);
  }

  @Property
  void theRegularPeriodContainingADateContainsIt(@ForAll("dates") LocalDate date, @ForAll PeriodKind kind) {
    if (!kind.isRegular()) {
      return;
    }
    Period p = kind.containing(date);
    assertThat(p.contains(date)).isTrue();
    assertThat(p.previous().contains(date)).isFalse();
    assertThat(p.next().contains(date)).isFalse();
    assertThat(p.kind()).isEqualTo(kind);
  }

  @Property
  void regularPeriodsTileTheCalendar(@ForAll("periods") Period period) {
    if (!period.kind().isRegular()) {
      return;
    }
    assertThat(period.next().start()).isEqualTo(period.endExclusive());
    assertThat(period.previous().endInclusive()).isEqualTo(period.start().minusDays(1));
    assertThat(period.next().previous()).isEqualTo(period);
    assertThat(period.kind().tiles(period)).isTrue();
  }

  @Property
  void previousAndNextOfAnyPeriodKeepItsLength(@ForAll("periods") Period period) {
    assertThat(period.next().start()).isEqualTo(period.endExclusive());
    assertThat(period.previous().endExclusive()).isEqualTo(period.start());
    if (period.kind() == PeriodKind.DATE_RANGE) {
      assertThat(period.next().lengthInDays()).isEqualTo(period.lengthInDays());
      assertThat(period.previous().lengthInDays()).isEqualTo(period.lengthInDays());
    }
  }

  @Property
  void orderFollowsTheLastDay(@ForAll("periods") Period a, @ForAll("periods") Period b) {
    int c = a.compareTo(b);
    assertThat(Integer.signum(c)).isEqualTo(-Integer.signum(b.compareTo(a)));
    if (a.endInclusive().isBefore(b.endInclusive())) {
      assertThat(c).isNegative();
    }
    if (c == 0) {
      assertThat(a).isEqualTo(b);
    }
  }

  @Property
  void monthsTileEveryRegularPeriod(@ForAll("periods") Period period) {
    if (!period.kind().isRegular()) {
      return;
    }
    var months = PeriodKind.MONTH.periodsIn(period);
    assertThat(months).hasSize(period.kind().lengthInMonths());
    assertThat(months.get(0).start()).isEqualTo(period.start());
    assertThat(months.get(months.size() - 1).endInclusive()).isEqualTo(period.endInclusive());
  }

  @Property
  void containmentAgreesWithDays(@ForAll("periods") Period a, @ForAll("dates") LocalDate date) {
    assertThat(a.contains(date)).isEqualTo(!date.isBefore(a.start()) && !date.isAfter(a.endInclusive()));
    assertThat(a.toRange().contains(date)).isEqualTo(a.contains(date));
  }

  /** The year periods print without a format string in the usual range; the text is the format's everywhere. */
  @Property
  void yearPeriodsPrintAsTheirFormatSays(@ForAll @IntRange(min = -12000, max = 12000) int year) {
    assertThat(new FinancialYear(year).toString()).isEqualTo(String.format("FY%04d-%02d", year, (year + 1) % 100));
    assertThat(new AcademicYear(year).toString()).isEqualTo(String.format("AY%04d/%02d", year, (year + 1) % 100));
    assertThat(new YearToSeptember(year).toString()).isEqualTo(String.format("YE%04d-09", year));
  }

  @Example
  void yearPeriodsPrintAsTheirFormatSaysAtTheEdgesOfFourDigits() {
    for (int year : new int[] {999, 1000, 1008, 1009, 1099, 9998, 9999, 10000}) {
      yearPeriodsPrintAsTheirFormatSays(year);
    }
  }
}
