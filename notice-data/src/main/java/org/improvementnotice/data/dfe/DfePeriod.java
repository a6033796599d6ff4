package org.improvementnotice.data.dfe;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.improvementnotice.model.time.AcademicYear;
import org.improvementnotice.model.time.FinancialYear;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.PeriodKind;
import org.improvementnotice.model.time.YearToSeptember;

/**
 * What period a published figure is for, as a mapping declares it: a flow over a year (referrals in the
 * year to 31 March) or a snapshot at a date (plans open at 31 March, social workers in post at 30
 * September). A snapshot is held as the model's period of the same kind that ends on its date, and its
 * indicator must aggregate by {@link org.improvementnotice.model.indicator.Aggregation#LATEST}, so that
 * snapshots are never summed: the value over a longer period is the last snapshot in it.
 */
public enum DfePeriod {
  /** A flow over the year to 31 March: Reporting year 2013 is financial year 2012-13. */
  YEAR_TO_31_MARCH("year to 31 March", PeriodKind.FINANCIAL_YEAR, false),
  /** A count at 31 March: Reporting year 2013 is the count at 31 March 2013, held as financial year 2012-13. */
  AT_31_MARCH("at 31 March", PeriodKind.FINANCIAL_YEAR, true),
  /** A flow over the year to 30 September: Reporting year 2017 is 1 October 2016 to 30 September 2017. */
  YEAR_TO_30_SEPTEMBER("year to 30 September", PeriodKind.YEAR_TO_SEPTEMBER, false),
  /**
   * A count at 30 September (the workforce census): Reporting year 2017 is the count at 30 September 2017,
   * held as the year to 30 September 2017.
   */
  AT_30_SEPTEMBER("at 30 September", PeriodKind.YEAR_TO_SEPTEMBER, true),
  /** A flow over the academic year, 1 September to 31 August: Academic year 201213 is AY2012/13. */
  ACADEMIC_YEAR("academic year", PeriodKind.ACADEMIC_YEAR, false);

  private final String words;
  private final PeriodKind kind;
  private final boolean snapshot;

  DfePeriod(String words, PeriodKind kind, boolean snapshot) {
    this.words = words;
    this.kind = kind;
    this.snapshot = snapshot;
  }

  /** {@return the words a mapping file uses ("year to 31 March", "at 30 September")} */
  public String words() {
    return words;
  }

  /** {@return the kind of the model's periods the figures are held as} */
  public PeriodKind kind() {
    return kind;
  }

  /** {@return whether the figures are counts at a date (never summed) rather than flows over the period} */
  public boolean isSnapshot() {
    return snapshot;
  }

  /**
   * The period read from its words.
   *
   * @param text the words, case-insensitive
   * @return the period, if the words name one
   */
  public static Optional<DfePeriod> of(String text) {
    return Arrays.stream(values()).filter(p -> p.words.equalsIgnoreCase(text.strip())).findFirst();
  }

  /**
   * The model's period of a figure with the time identifier and the year its {@code time_period} ends in.
   *
   * @param identifier the row's {@code time_identifier}
   * @param endYear the year its {@code time_period} ends in
   * @return the period
   * @throws IllegalArgumentException when the identifier does not go with this kind of period (an
   *     academic year for a figure at 31 March)
   */
  public Period period(TimeIdentifier identifier, int endYear) {
    requireNonNull(identifier, "identifier");
    boolean fits = switch (this) {
      case YEAR_TO_31_MARCH, AT_31_MARCH -> identifier == TimeIdentifier.REPORTING_YEAR
          || identifier == TimeIdentifier.FINANCIAL_YEAR;
      case YEAR_TO_30_SEPTEMBER, AT_30_SEPTEMBER -> identifier == TimeIdentifier.REPORTING_YEAR
          || identifier == TimeIdentifier.CALENDAR_YEAR;
      case ACADEMIC_YEAR -> identifier == TimeIdentifier.ACADEMIC_YEAR;
    };
    if (!fits) {
      throw new IllegalArgumentException("a " + identifier.label() + " cannot be a figure for the " + words
          + " (the mapping's period)");
    }
    return forEndYear(endYear);
  }

  /**
   * The model's period of a figure whose period ends in the year: financial year 2012-13 for 2013 and a
   * figure for the year to (or at) 31 March.
   *
   * @param endYear the year the period ends in
   * @return the period
   */
  public Period forEndYear(int endYear) {
    return switch (this) {
      case YEAR_TO_31_MARCH, AT_31_MARCH -> FinancialYear.startingIn(endYear - 1);
      case YEAR_TO_30_SEPTEMBER, AT_30_SEPTEMBER -> YearToSeptember.endingIn(endYear);
      case ACADEMIC_YEAR -> AcademicYear.startingIn(endYear - 1);
    };
  }

  /**
   * {@return the date a figure for the period describes: its last day (the date of a snapshot)}
   *
   * @param period a period of this constant's {@link #kind()}
   */
  public LocalDate date(Period period) {
    return period.endInclusive();
  }

  @Override
  public String toString() {
    return words;
  }
}
