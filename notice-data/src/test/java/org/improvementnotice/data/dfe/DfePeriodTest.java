package org.improvementnotice.data.dfe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.improvementnotice.model.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each time identifier met, and how it becomes the model's period for each kind of figure. */
class DfePeriodTest {

  @ParameterizedTest
  @CsvSource({
      "year to 31 March, Reporting year, 2013, FY2012-13",      // the children in need census year to 31 March 2013
      "at 31 March, Reporting year, 2013, FY2012-13",           // plans open at 31 March 2013
      "at 30 September, Reporting year, 2017, YE2017-09",       // the workforce census at 30 September 2017
      "year to 30 September, Reporting year, 2017, YE2017-09",
      "year to 31 March, Financial year, 201213, FY2012-13",
      "at 31 March, Financial year, 201213, FY2012-13",
      "at 30 September, Calendar year, 2017, YE2017-09",
      "academic year, Academic year, 201213, AY2012/13"})
  void mapsEachIdentifierToThePeriodOfItsKind(String period, String identifier, String timePeriod, String expected) {
    DfePeriod p = DfePeriod.of(period).orElseThrow();
    TimeIdentifier t = TimeIdentifier.of(identifier).orElseThrow();
    assertThat(p.period(t, t.endYear(timePeriod))).isEqualTo(Period.parse(expected));
  }

  @ParameterizedTest
  @CsvSource({"at 31 March, Academic year, 201213", "academic year, Reporting year, 2013",
      "year to 31 March, Calendar year, 2013", "at 30 September, Financial year, 201718"})
  void refusesAnIdentifierThatDoesNotFitTheKind(String period, String identifier, String timePeriod) {
    DfePeriod p = DfePeriod.of(period).orElseThrow();
    TimeIdentifier t = TimeIdentifier.of(identifier).orElseThrow();
    assertThatThrownBy(() -> p.period(t, t.endYear(timePeriod))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot be a figure for the " + period);
  }

  @Test
  void snapshotsAreTheCountsAtADate() {
    assertThat(DfePeriod.AT_31_MARCH.isSnapshot()).isTrue();
    assertThat(DfePeriod.AT_30_SEPTEMBER.isSnapshot()).isTrue();
    assertThat(DfePeriod.YEAR_TO_31_MARCH.isSnapshot()).isFalse();
    assertThat(DfePeriod.AT_31_MARCH.date(DfePeriod.AT_31_MARCH.forEndYear(2013))).isEqualTo("2013-03-31");
    assertThat(DfePeriod.AT_30_SEPTEMBER.date(DfePeriod.AT_30_SEPTEMBER.forEndYear(2017))).isEqualTo("2017-09-30");
  }

  @ParameterizedTest
  @CsvSource({"Reporting year, 1899", "Reporting year, 3000", "Reporting year, 2013a", "Financial year, 2012-13",
      "Academic year, 20122013"})
  void refusesMalformedTimePeriods(String identifier, String timePeriod) {
    assertThatThrownBy(() -> TimeIdentifier.of(identifier).orElseThrow().endYear(timePeriod))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
