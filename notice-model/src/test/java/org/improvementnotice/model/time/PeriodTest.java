package org.improvementnotice.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

  @ParameterizedTest(name = "{0} runs {1} to {2}")
  @CsvSource({
      "2009-03,        2009-03-01, 2009-03-31, MONTH",
      "2008-02,        2008-02-01, 2008-02-29, MONTH",
      "2009-02,        2009-02-01, 2009-02-28, MONTH",
      "2009-Q1,        2009-01-01, 2009-03-31, QUARTER",
      "2009-Q4,        2009-10-01, 2009-12-31, QUARTER",
      "FY2009-10,      2009-04-01, 2010-03-31, FINANCIAL_YEAR",
      "FY1999-00,      1999-04-01, 2000-03-31, FINANCIAL_YEAR",
      "AY2008/09,      2008-09-01, 2009-08-31, ACADEMIC_YEAR",
      "AY2011/12,      2011-09-01, 2012-08-31, ACADEMIC_YEAR",
      "YE2009-09,      2008-10-01, 2009-09-30, YEAR_TO_SEPTEMBER",
      "2009-01-05..2009-02-20, 2009-01-05, 2009-02-20, DATE_RANGE",
  })
  void canonicalFormsNameTheirDays(String text, LocalDate start, LocalDate end, PeriodKind kind) {
    Period p = Period.parse(text);
    assertThat(p.start()).isEqualTo(start);
    assertThat(p.endInclusive()).isEqualTo(end);
    assertThat(p.kind()).isEqualTo(kind);
    assertThat(p).hasToString(text);
  }

  @Test
  void theQuarterToTheEndOfMarchIsTheFirstQuarter() {
    assertThat(CalendarQuarter.endingOn(LocalDate.of(2009, 3, 31))).isEqualTo(Period.parse("2009-Q1"));
    assertThatThrownBy(() -> CalendarQuarter.endingOn(LocalDate.of(2009, 3, 30)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not the last day of a quarter");
  }

  @Test
  void financialAndAcademicYearBoundaries() {
    assertThat(FinancialYear.containing(LocalDate.of(2010, 3, 31))).isEqualTo(FinancialYear.startingIn(2009));
    assertThat(FinancialYear.containing(LocalDate.of(2010, 4, 1))).isEqualTo(FinancialYear.startingIn(2010));
    assertThat(AcademicYear.containing(LocalDate.of(2009, 8, 31))).isEqualTo(AcademicYear.startingIn(2008));
    assertThat(AcademicYear.containing(LocalDate.of(2009, 9, 1))).isEqualTo(AcademicYear.startingIn(2009));
    assertThat(YearToSeptember.containing(LocalDate.of(2009, 9, 30))).isEqualTo(YearToSeptember.endingIn(2009));
    assertThat(YearToSeptember.containing(LocalDate.of(2009, 10, 1))).isEqualTo(YearToSeptember.endingIn(2010));
    assertThat(PeriodKind.QUARTER.containing(LocalDate.of(2009, 4, 1))).isEqualTo(Period.parse("2009-Q2"));
  }

  @Test
  void leapYearsHaveTheirDay() {
    assertThat(FinancialYear.startingIn(2011).lengthInDays()).isEqualTo(366);
    assertThat(FinancialYear.startingIn(2012).lengthInDays()).isEqualTo(365);
    assertThat(AcademicYear.startingIn(2011).lengthInDays()).isEqualTo(366);
    assertThat(CalendarMonth.of(2012, 2).endInclusive()).isEqualTo(LocalDate.of(2012, 2, 29));
    assertThat(DateRange.ofClosed(LocalDate.of(2012, 2, 29), LocalDate.of(2012, 2, 29)).yearEarlier())
        .isEqualTo(DateRange.ofClosed(LocalDate.of(2011, 2, 28), LocalDate.of(2011, 2, 28)));
  }

  @Test
  void yearEarlierIsTheSamePeriodOfTheYearBefore() {
    assertThat(Period.parse("2010-03").yearEarlier()).isEqualTo(Period.parse("2009-03"));
    assertThat(Period.parse("2010-Q1").yearEarlier()).isEqualTo(Period.parse("2009-Q1"));
    assertThat(Period.parse("FY2010-11").yearEarlier()).isEqualTo(Period.parse("FY2009-10"));
  }

  @Test
  void tilingIsExact() {
    assertThat(PeriodKind.MONTH.tiles(Period.parse("FY2009-10"))).isTrue();
    assertThat(PeriodKind.QUARTER.tiles(Period.parse("FY2009-10"))).isTrue();
    assertThat(PeriodKind.QUARTER.tiles(Period.parse("AY2008/09"))).isFalse();
    assertThat(PeriodKind.QUARTER.tiles(Period.parse("2009-03"))).isFalse();
    assertThat(PeriodKind.MONTH.tiles(Period.parse("2009-01-01..2009-02-27"))).isFalse();
    assertThat(PeriodKind.QUARTER.periodsIn(Period.parse("FY2009-10")).stream().map(Object::toString))
        .containsExactly("2009-Q2", "2009-Q3", "2009-Q4", "2010-Q1");
    assertThatThrownBy(() -> PeriodKind.QUARTER.periodsIn(Period.parse("2009-03")))
        .hasMessageContaining("do not tile 2009-03");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2009", "2009-13", "2009-Q5", "FY2009-11", "FY2009-2010", "AY2008-09", "YE2009-03",
      "2009-03-05..2009-03-01", "2009-02-30..2009-03-01", "March 2009"})
  void malformedPeriodsAreRejectedWithTheirText(String text) {
    assertThatThrownBy(() -> Period.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text.trim() + "'");
  }

  @Test
  void aRangeMustNotEndBeforeItStarts() {
    assertThatThrownBy(() -> DateRange.ofClosed(LocalDate.of(2009, 3, 5), LocalDate.of(2009, 3, 4)))
        .hasMessageContaining("End date must be on or after start date");
  }

  @Test
  void monthOfYearMonthAgrees() {
    assertThat(CalendarMonth.of(YearMonth.of(2009, 3))).isEqualTo(Period.parse("2009-03"));
  }
}
