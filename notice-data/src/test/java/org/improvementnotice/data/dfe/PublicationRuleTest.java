package org.improvementnotice.data.dfe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationRuleTest {

  /** The children in need census of the year to 31 March 2013 came out on Thursday 31 October 2013. */
  @ParameterizedTest
  @CsvSource({
      "last Thursday of October, 2013-03-31, 2013-10-31",
      "last Thursday of October, 2014-03-31, 2014-10-30",
      "last Thursday of October, 2020-03-31, 2020-10-29",
      "last Thursday of February, 2017-09-30, 2018-02-22",
      "last Thursday of February, 2024-09-30, 2025-02-27",
      "first Thursday of November, 2016-03-31, 2016-11-03",
      "31 October, 2013-03-31, 2013-10-31",
      "31 October, 2013-10-31, 2014-10-31",
      "31 october, 2013-11-01, 2014-10-31",
      "28 February, 2023-09-30, 2024-02-28"})
  void theFirstDateAfterThePeriod(String rule, LocalDate end, LocalDate published) {
    assertThat(PublicationRule.parse(rule).after(end)).isEqualTo(published);
  }

  @ParameterizedTest
  @ValueSource(strings = {"October", "32 October", "29 February", "last Thursday", "fifth Monday of May",
      "last Thurs of October", "last Thursday of Octobre", "2013-10-31", ""})
  void refusesOtherForms(String text) {
    assertThatThrownBy(() -> PublicationRule.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Provide
  Arbitrary<String> rules() {
    Arbitrary<String> month = Arbitraries.of("January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December");
    Arbitrary<String> weekday = Arbitraries.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday");
    Arbitrary<String> ordinal = Arbitraries.of("first", "second", "third", "fourth", "last");
    return Arbitraries.oneOf(
        Combinators.combine(Arbitraries.integers().between(1, 28), month).as((d, m) -> d + " " + m),
        Combinators.combine(ordinal, weekday, month).as((o, w, m) -> o + " " + w + " of " + m));
  }

  @Property(tries = 300)
  void printsWhatItReadsAndDatesAfterThePeriodWithinAYearAndAWeek(@ForAll("rules") String text,
      @ForAll("ends") LocalDate end) {
    PublicationRule rule = PublicationRule.parse(text);
    assertThat(PublicationRule.parse(rule.toString())).isEqualTo(rule);
    LocalDate published = rule.after(end);
    // an nth weekday drifts by up to six days from year to year: "the fourth Wednesday of September" on the
    // day it falls in one year is next found up to a year and six days later
    assertThat(published).isAfter(end).isBeforeOrEqualTo(end.plusYears(1).plusDays(6));
    assertThat(rule.after(end)).isEqualTo(published);                     // deterministic
    assertThat(rule.after(end.plusDays(1))).isAfterOrEqualTo(published);  // monotone
  }

  @Provide
  Arbitrary<LocalDate> ends() {
    return Arbitraries.longs().between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2040, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }
}
