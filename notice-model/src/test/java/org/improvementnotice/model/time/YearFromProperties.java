package org.improvementnotice.model.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The three years that start in a given month agree with their one shared implementation. */
class YearFromProperties {

  @Property
  void eachYearRunsTwelveMonthsFromItsFirstMonthAndReadsBack(@ForAll @IntRange(min = 0, max = 9998) int year) {
    check(FinancialYear.startingIn(year), LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31));
    check(AcademicYear.startingIn(year), LocalDate.of(year, 9, 1), LocalDate.of(year + 1, 8, 31));
    check(YearToSeptember.endingIn(year + 1), LocalDate.of(year, 10, 1), LocalDate.of(year + 1, 9, 30));
  }

  private static void check(Period p, LocalDate start, LocalDate end) {
    assertThat(p.start()).isEqualTo(start);
    assertThat(p.endInclusive()).isEqualTo(end);
    assertThat(p.kind().containing(start)).isEqualTo(p);
    assertThat(p.kind().containing(end)).isEqualTo(p);
    assertThat(p.kind().containing(end.plusDays(1))).isEqualTo(p.next());
    assertThat(Period.parse(p.toString())).isEqualTo(p);
  }
}
