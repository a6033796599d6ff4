package org.improvementnotice.model.time;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Working days: every day but Saturdays, Sundays and bank holidays. The England and Wales calendar takes
 * its bank holidays from jollyday (including the one-off ones: 29 April 2011, 4 and 5 June 2012).
 *
 * <p>Set-up tabulates a fixed range of dates once; after that every query is O(1) (array look-ups). Dates
 * outside the range are rejected with an {@link IllegalArgumentException} naming the range. Immutable and
 * thread-safe.
 */
public final class WorkingDayCalendar {

  /** The first day of the default England and Wales range. */
  public static final LocalDate DEFAULT_FIRST = LocalDate.of(2000, 1, 1);
  /** The last day of the default England and Wales range. */
  public static final LocalDate DEFAULT_LAST = LocalDate.of(2040, 12, 31);

  private static final class EnglandAndWales {
    static final WorkingDayCalendar INSTANCE = englandAndWales(DEFAULT_FIRST, DEFAULT_LAST);
  }

  private final String name;
  private final LocalDate first;
  private final LocalDate last;
  private final ImmutableSortedSet<LocalDate> holidays;
  /** cumulative[i] = working days in [first, first + i]. */
  private final int[] cumulative;
  /** nthWorkingDay[k] = offset from first of the (k+1)-th working day of the range. */
  private final int[] nthWorkingDay;

  private WorkingDayCalendar(String name, LocalDate first, LocalDate last, Collection<LocalDate> holidays) {
    this.name = requireNonNull(name, "name");
    this.first = requireNonNull(first, "first");
    this.last = requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(String.format("Last day %s is before first day %s", last, first));
    }
    this.holidays = holidays.stream()
        .filter(d -> !d.isBefore(first) && !d.isAfter(last))
        .collect(ImmutableSortedSet.toImmutableSortedSet(LocalDate::compareTo));
    int days = Math.toIntExact(ChronoUnit.DAYS.between(first, last)) + 1;
    this.cumulative = new int[days];
    int[] nth = new int[days];
    int count = 0;
    LocalDate day = first;
    for (int i = 0; i < days; i++, day = day.plusDays(1)) {
      if (isWorking(day)) {
        nth[count++] = i;
      }
      cumulative[i] = count;
    }
    this.nthWorkingDay = java.util.Arrays.copyOf(nth, count);
  }

  /**
   * England and Wales, 2000 to 2040, bank holidays from jollyday. Built once and shared.
   *
   * @return the calendar from {@link #DEFAULT_FIRST} to {@link #DEFAULT_LAST}
   */
  public static WorkingDayCalendar englandAndWales() {
    return EnglandAndWales.INSTANCE;
  }

  /**
   * {@return England and Wales over the given range of dates, bank holidays from jollyday}
   *
   * @param first the first day the calendar covers
   * @param last the last day it covers, on or after {@code first}
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public static WorkingDayCalendar englandAndWales(LocalDate first, LocalDate last) {
    HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    Set<LocalDate> holidays = manager.getHolidays(first, last, "eng").stream()
        .map(Holiday::getDate) // the day off: a holiday on a weekend moves to its substitute weekday
        .collect(Collectors.toSet());
    return new WorkingDayCalendar("England and Wales", first, last, holidays);
  }

  /**
   * {@return a calendar with the given holidays (besides weekends) over the given range; for tests and other nations}
   *
   * @param name the calendar's name, which messages about dates outside its range give
   * @param first the first day the calendar covers
   * @param last the last day it covers, on or after {@code first}
   * @param holidays the days besides Saturdays and Sundays that are not working days; those outside the range are
   *     ignored
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public static WorkingDayCalendar of(String name, LocalDate first, LocalDate last, Collection<LocalDate> holidays) {
    return new WorkingDayCalendar(name, first, last, requireNonNull(holidays, "holidays"));
  }

  /** {@return the calendar's name} */
  public String name() {
    return name;
  }

  /** {@return the first day the calendar covers} */
  public LocalDate first() {
    return first;
  }

  /** {@return the last day the calendar covers} */
  public LocalDate last() {
    return last;
  }

  /** {@return the bank holidays in the range, in order} */
  public ImmutableSortedSet<LocalDate> bankHolidays() {
    return holidays;
  }

  /**
   * {@return whether the date is a bank holiday}
   *
   * @param date a day within the calendar's range
   * @throws IllegalArgumentException if the date is outside the calendar's range
   */
  public boolean isBankHoliday(LocalDate date) {
    index(date);
    return holidays.contains(date);
  }

  /**
   * {@return whether the date is a working day: not a Saturday, Sunday or bank holiday}
   *
   * @param date a day within the calendar's range
   * @throws IllegalArgumentException if the date is outside the calendar's range
   */
  public boolean isWorkingDay(LocalDate date) {
    int i = index(date);
    return cumulative[i] != (i == 0 ? 0 : cumulative[i - 1]);
  }

  /**
   * The working day number of {@code end} counted from {@code start} under the convention: with
   * {@link WorkingDayCount#START_DAY_EXCLUDED}, the working days in (start, end]; with
   * {@link WorkingDayCount#START_DAY_INCLUDED}, those in [start, end]. Zero or less when end is before start.
   *
   * @param start the day of the starting event (a referral)
   * @param end the day to number (the assessment's completion)
   * @param convention whether the start day itself counts
   * @return the number of working days, 0 or less when {@code end} is before {@code start}
   * @throws IllegalArgumentException if either date is outside the calendar's range
   */
  public int workingDaysElapsed(LocalDate start, LocalDate end, WorkingDayCount convention) {
    requireNonNull(convention, "convention");
    int s = index(start);
    int e = index(end);
    int beforeStart = s == 0 ? 0 : cumulative[s - 1];
    int throughStart = cumulative[s];
    int base = convention == WorkingDayCount.START_DAY_EXCLUDED ? throughStart : beforeStart;
    return cumulative[e] - base;
  }

  /**
   * Whether {@code end} is within {@code n} working days of {@code start} under the convention; an end
   * before the start is within.
   *
   * @param start the day of the starting event (a referral)
   * @param end the day it was done (the assessment's completion)
   * @param n N, the working days allowed ("within 7 working days")
   * @param convention whether the start day itself counts
   * @return whether the {@linkplain #workingDaysElapsed working days elapsed} are at most {@code n}
   * @throws IllegalArgumentException if either date is outside the calendar's range
   */
  public boolean isWithin(LocalDate start, LocalDate end, int n, WorkingDayCount convention) {
    return workingDaysElapsed(start, end, convention) <= n;
  }

  /**
   * The last day that is within {@code n} working days of {@code start} under the convention: the n-th
   * working day of the count ("7 working days after a referral on Friday 10 April 2009" is Tuesday 21 April,
   * Good Friday and Easter Monday not counting).
   *
   * @param start the day of the starting event (a referral)
   * @param n N, the working days allowed, 1 or more
   * @param convention whether the start day itself counts
   * @return the n-th working day of the count, always a working day
   * @throws IllegalArgumentException if n is less than 1, or the start or the result would fall outside the range
   */
  public LocalDate deadline(LocalDate start, int n, WorkingDayCount convention) {
    requireNonNull(convention, "convention");
    if (n < 1) {
      throw new IllegalArgumentException(String.format("Working days must be at least 1, was %d", n));
    }
    int s = index(start);
    int beforeStart = s == 0 ? 0 : cumulative[s - 1];
    int base = convention == WorkingDayCount.START_DAY_EXCLUDED ? cumulative[s] : beforeStart;
    int target = base + n; // 1-based count of the working day sought
    if (target > nthWorkingDay.length) {
      throw new IllegalArgumentException(String.format(
          "%d working days after %s falls after the calendar's last day %s", n, start, last));
    }
    return first.plusDays(nthWorkingDay[target - 1]);
  }

  private boolean isWorking(LocalDate day) {
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
  }

  private int index(LocalDate date) {
    requireNonNull(date, "date");
    if (date.isBefore(first) || date.isAfter(last)) {
      throw new IllegalArgumentException(String.format(
          "Date %s is outside the %s working-day calendar's range %s to %s", date, name, first, last));
    }
    return (int) (date.toEpochDay() - first.toEpochDay());
  }

  @Override
  public String toString() {
    return "WorkingDayCalendar[" + name + ", " + first + " to " + last + "]";
  }
}
