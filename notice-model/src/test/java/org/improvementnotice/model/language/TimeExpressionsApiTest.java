package org.improvementnotice.model.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.improvementnotice.model.time.AcademicYear;
import org.improvementnotice.model.time.CalendarQuarter;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.time.FinancialYear;
import org.improvementnotice.model.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates, months, periods and deadlines read on their own, as a data reader reads a cell. */
class TimeExpressionsApiTest {

  @Test
  void readsEachKindOfExpression() {
    assertThat(TimeExpressions.date("31 March 2009")).isEqualTo(LocalDate.of(2009, 3, 31));
    assertThat(TimeExpressions.date(" 31/3/09 ")).isEqualTo(LocalDate.of(2009, 3, 31));
    assertThat(TimeExpressions.month("March 2009")).isEqualTo(YearMonth.of(2009, 3));
    assertThat(TimeExpressions.month("2009-03")).isEqualTo(YearMonth.of(2009, 3));
    assertThat(TimeExpressions.period("quarter to 31 March 2009")).isEqualTo(CalendarQuarter.of(2009, 1));
    assertThat(TimeExpressions.period("financial year 2009/10")).isEqualTo(FinancialYear.startingIn(2009));
    assertThat(TimeExpressions.period("AY2008/09")).isEqualTo(AcademicYear.startingIn(2008));
    assertThat(TimeExpressions.period("1 January 2009 to 5 February 2009"))
        .isEqualTo(Period.parse("2009-01-01..2009-02-05"));
    assertThat(TimeExpressions.deadline("end of August 2011")).isEqualTo(Deadline.endOf(YearMonth.of(2011, 8)));
    assertThat(TimeExpressions.deadline("6 months after issue")).isEqualTo(Deadline.monthsAfterIssue(6));
    assertThat(TimeExpressions.deadline("\"January Board\"")).isEqualTo(Deadline.atEvent("January Board"));
  }

  @Test
  void readsWhatThePrinterWrites() {
    Period p = FinancialYear.startingIn(2011);
    assertThat(TimeExpressions.period(Printer.period(p))).isEqualTo(p);
    Deadline d = Deadline.on(LocalDate.of(2012, 2, 29));
    assertThat(TimeExpressions.deadline(Printer.deadline(d))).isEqualTo(d);
    Deadline strict = Deadline.before(Deadline.atEvent("December Board"));
    assertThat(TimeExpressions.deadline(Printer.deadline(strict))).isEqualTo(strict);
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(delimiter = '|', value = {
      "31 Febuary 2012 | column 4: expected a month name, such as March, found 'Febuary'; did you mean February?",
      "30 February 2012 | column 1: not a valid date: 30 February 2012 has no day 30",
      "31 March 2009 and more | column 15: expected the end of a date, found 'and'",
      "'' | column 1: expected a date, such as 31 March 2009 or 2009-03-31, found end of input",
      "31 March 2009 \u00a7 | column 15: unexpected character",
      "31 December 1899 | column 1: 31 December 1899 is outside the years a notice may name, 1900 to 2199",
  })
  void saysWhatIsWrongAndWhere(String text, String message) {
    assertThatThrownBy(() -> TimeExpressions.date(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Not a date: '" + text + "': ").hasMessageContaining(message);
  }

  @Test
  void refusesAPeriodWithTheWrongSecondYearSuggestingTheRightOne() {
    assertThatThrownBy(() -> TimeExpressions.period("financial year 2009-11"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Not a period: 'financial year 2009-11': column 16: the second year must follow the first: "
            + "2009 is followed by 10; did you mean 2009/10?");
  }

  @Test
  void refusesLongText() {
    assertThatThrownBy(() -> TimeExpressions.month("March 2009" + " ".repeat(TimeExpressions.MAX_CHARS)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 256 are read");
  }
}
