package org.improvementnotice.data.dfe;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the Department publishes the figures for a period, as a rule of its publication calendar: the first
 * date after the period ends that is a given day of a month ({@code 31 October}) or a given weekday of a
 * month ({@code last Thursday of October}, {@code first Thursday of February}). The children in need and
 * child protection statistics for the year to 31 March appear in the autumn after it (late October or early
 * November), the workforce census at 30 September in the February after it. The date is assumed from the
 * rule, not read from the files (which do not carry it), and every figure says so. Immutable and
 * thread-safe.
 */
public final class PublicationRule {

  private static final Pattern DAY_OF_MONTH = Pattern.compile("(\\d{1,2})\\s+([A-Za-z]+)");
  private static final Pattern WEEKDAY_OF_MONTH = Pattern.compile(
      "(first|second|third|fourth|last)\\s+([A-Za-z]+)\\s+of\\s+([A-Za-z]+)", Pattern.CASE_INSENSITIVE);

  private final String text;
  private final Month month;
  private final int dayOfMonth;       // 0 for a weekday rule
  private final int ordinal;          // 1-4, or -1 for last
  private final DayOfWeek weekday;

  private PublicationRule(String text, Month month, int dayOfMonth, int ordinal, DayOfWeek weekday) {
    this.text = text;
    this.month = month;
    this.dayOfMonth = dayOfMonth;
    this.ordinal = ordinal;
    this.weekday = weekday;
  }

  /**
   * Reads a rule: {@code <day> <month>} or {@code first|second|third|fourth|last <weekday> of <month>}, in
   * English, case-insensitive.
   *
   * @param text the rule
   * @return the rule
   * @throws IllegalArgumentException saying which forms are read
   */
  public static PublicationRule parse(String text) {
    requireNonNull(text, "text");
    String s = text.strip().replaceAll("\\s+", " ");
    Matcher d = DAY_OF_MONTH.matcher(s);
    if (d.matches()) {
      Month m = month(d.group(2), text);
      int day = Integer.parseInt(d.group(1));
      if (day < 1 || day > m.minLength()) {
        throw new IllegalArgumentException("'" + text + "': " + m.getDisplayName(java.time.format.TextStyle.FULL,
            Locale.UK) + " has no day " + day + " every year");
      }
      return new PublicationRule(s, m, day, 0, null);
    }
    Matcher w = WEEKDAY_OF_MONTH.matcher(s);
    if (w.matches()) {
      int ordinal = switch (w.group(1).toLowerCase(Locale.ROOT)) {
        case "first" -> 1;
        case "second" -> 2;
        case "third" -> 3;
        case "fourth" -> 4;
        default -> -1;
      };
      DayOfWeek day = null;
      for (DayOfWeek dw : DayOfWeek.values()) {
        if (dw.name().equalsIgnoreCase(w.group(2))) {
          day = dw;
        }
      }
      if (day == null) {
        throw new IllegalArgumentException("'" + text + "': '" + w.group(2) + "' is not a day of the week");
      }
      return new PublicationRule(s, month(w.group(3), text), 0, ordinal, day);
    }
    throw new IllegalArgumentException("'" + text + "' is not a publication rule: expected a day and month "
        + "(31 October) or a weekday of a month (last Thursday of October, first Thursday of February)");
  }

  private static Month month(String name, String text) {
    for (Month m : Month.values()) {
      if (m.name().equalsIgnoreCase(name)) {
        return m;
      }
    }
    throw new IllegalArgumentException("'" + text + "': '" + name + "' is not a month (written in full)");
  }

  /**
   * The publication date of the figures for a period ending on {@code end}: the first date the rule gives
   * that is after it.
   *
   * @param end the last day of the period (the date of a snapshot)
   * @return the date the figures are taken to be published
   */
  public LocalDate after(LocalDate end) {
    requireNonNull(end, "end");
    for (int year = end.getYear(); ; year++) {
      LocalDate candidate = in(year);
      if (candidate.isAfter(end)) {
        return candidate;
      }
    }
  }

  private LocalDate in(int year) {
    LocalDate first = LocalDate.of(year, month, 1);
    if (dayOfMonth > 0) {
      return first.withDayOfMonth(dayOfMonth);
    }
    return ordinal < 0 ? first.with(TemporalAdjusters.lastInMonth(weekday))
        : first.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, weekday));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PublicationRule other && text.equalsIgnoreCase(other.text);
  }

  @Override
  public int hashCode() {
    return text.toLowerCase(Locale.ROOT).hashCode();
  }

  /** The rule as written, white space folded: parse reads it back. */
  @Override
  public String toString() {
    return text;
  }
}
