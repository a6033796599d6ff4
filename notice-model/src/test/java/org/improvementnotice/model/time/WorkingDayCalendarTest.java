package org.improvementnotice.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

  /**
   * England and Wales bank holidays 2008-2014, typed in from the published lists, independent of jollyday.
   */
  static final Set<LocalDate> BANK_HOLIDAYS_2008_2014 = Stream.of(
      "2008-01-01", "2008-03-21", "2008-03-24", "2008-05-05", "2008-05-26", "2008-08-25", "2008-12-25", "2008-12-26",
      "2009-01-01", "2009-04-10", "2009-04-13", "2009-05-04", "2009-05-25", "2009-08-31", "2009-12-25", "2009-12-28",
      "2010-01-01", "2010-04-02", "2010-04-05", "2010-05-03", "2010-05-31", "2010-08-30", "2010-12-27", "2010-12-28",
      "2011-01-03", "2011-04-22", "2011-04-25", "2011-04-29", "2011-05-02", "2011-05-30", "2011-08-29", "2011-12-26",
      "2011-12-27",
      "2012-01-02", "2012-04-06", "2012-04-09", "2012-05-07", "2012-06-04", "2012-06-05", "2012-08-27", "2012-12-25",
      "2012-12-26",
      "2013-01-01", "2013-03-29", "2013-04-01", "2013-05-06", "2013-05-27", "2013-08-26", "2013-12-25", "2013-12-26",
      "2014-01-01", "2014-04-18", "2014-04-21", "2014-05-05", "2014-05-26", "2014-08-25", "2014-12-25", "2014-12-26")
      .map(LocalDate::parse).collect(Collectors.toUnmodifiableSet());

  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

  private static boolean independentlyWorking(LocalDate d) {
    return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
        && !BANK_HOLIDAYS_2008_2014.contains(d);
  }

  /** Working days in (start, end] counted one day at a time. */
  private static int independentCount(LocalDate start, LocalDate end) {
    int n = 0;
    for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
      if (independentlyWorking(d)) {
        n++;
      }
    }
    return n;
  }

  @Test
  void jollydayAgreesWithThePublishedBankHolidaysOf2008To2014() {
    Set<LocalDate> fromCalendar = CALENDAR.bankHolidays().stream()
        .filter(d -> d.getYear() >= 2008 && d.getYear() <= 2014)
        .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY)
        .collect(Collectors.toSet());
    assertThat(fromCalendar).containsExactlyInAnyOrderElementsOf(BANK_HOLIDAYS_2008_2014);
  }

  @ParameterizedTest(name = "{0} is a bank holiday")
  @CsvSource({"2011-04-29", "2012-06-04", "2012-06-05", "2009-04-10", "2009-04-13", "2010-12-27", "2010-12-28"})
  void oneOffAndMovedHolidaysAreNotWorkingDays(LocalDate date) {
    assertThat(CALENDAR.isBankHoliday(date)).isTrue();
    assertThat(CALENDAR.isWorkingDay(date)).isFalse();
  }

  @Test
  void theLateMayHolidayOf2012MovedToJune() {
    assertThat(CALENDAR.isWorkingDay(LocalDate.of(2012, 5, 28))).isTrue();
  }

  @Property(tries = 2000)
  void countsAgreeWithAnIndependentDayByDayCount(
      @ForAll @DateRange(min = "2008-01-01", max = "2014-12-31") LocalDate start,
      @ForAll @IntRange(min = 0, max = 120) int span) {
    LocalDate end = start.plusDays(span);
    if (end.getYear() > 2014) {
      return;
    }
    int excluded = CALENDAR.workingDaysElapsed(start, end, WorkingDayCount.START_DAY_EXCLUDED);
    assertThat(excluded).isEqualTo(independentCount(start, end));
    int included = CALENDAR.workingDaysElapsed(start, end, WorkingDayCount.START_DAY_INCLUDED);
    assertThat(included).isEqualTo(excluded + (independentlyWorking(start) ? 1 : 0));
  }

  @Property(tries = 2000)
  void theDeadlineIsTheNthWorkingDay(
      @ForAll @DateRange(min = "2008-01-01", max = "2014-10-31") LocalDate start,
      @ForAll @IntRange(min = 1, max = 40) int n) {
    LocalDate deadline = CALENDAR.deadline(start, n, WorkingDayCount.START_DAY_EXCLUDED);
    assertThat(independentlyWorking(deadline)).isTrue();
    assertThat(independentCount(start, deadline)).isEqualTo(n);
    assertThat(CALENDAR.isWithin(start, deadline, n, WorkingDayCount.START_DAY_EXCLUDED)).isTrue();
    assertThat(CALENDAR.isWithin(start, deadline.plusDays(1), n, WorkingDayCount.START_DAY_EXCLUDED)
        == !independentlyWorking(deadline.plusDays(1))).isTrue();
  }

  @Test
  void sevenWorkingDaysFromAReferralOnTheFridayBeforeEaster2009() {
    LocalDate referral = LocalDate.of(2009, 4, 3); // Friday; Good Friday 10 April, Easter Monday 13 April
    assertThat(CALENDAR.deadline(referral, 7, WorkingDayCount.START_DAY_EXCLUDED)).isEqualTo(LocalDate.of(2009, 4, 16));
    assertThat(CALENDAR.deadline(referral, 7, WorkingDayCount.START_DAY_INCLUDED)).isEqualTo(LocalDate.of(2009, 4, 15));
  }

  @Test
  void theRoyalWeddingWeekHasThreeWorkingDays() {
    // Easter Monday 25 April and the royal wedding on Friday 29 April 2011.
    assertThat(CALENDAR.workingDaysElapsed(LocalDate.of(2011, 4, 24), LocalDate.of(2011, 4, 30),
        WorkingDayCount.START_DAY_EXCLUDED)).isEqualTo(3);
  }

  @Test
  void datesOutsideTheRangeAreRejectedNamingTheRange() {
    assertThatThrownBy(() -> CALENDAR.isWorkingDay(LocalDate.of(1999, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1999-12-31").hasMessageContaining("2000-01-01 to 2040-12-31");
    assertThatThrownBy(() -> CALENDAR.deadline(LocalDate.of(2040, 12, 20), 30, WorkingDayCount.START_DAY_EXCLUDED))
        .hasMessageContaining("after the calendar's last day");
    assertThatThrownBy(() -> CALENDAR.deadline(LocalDate.of(2010, 1, 4), 0, WorkingDayCount.START_DAY_EXCLUDED))
        .hasMessageContaining("at least 1");
  }

  @Test
  void aCustomCalendarCountsOnlyWeekendsAndItsOwnHolidays() {
    WorkingDayCalendar c = WorkingDayCalendar.of("test", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31),
        Set.of(LocalDate.of(2020, 1, 1)));
    assertThat(c.workingDaysElapsed(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31),
        WorkingDayCount.START_DAY_INCLUDED)).isEqualTo(22);
  }
}
