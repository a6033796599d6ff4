package org.improvementnotice.rules;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.time.WorkingDayCount;

/**
 * The choices where councils could reasonably differ, each with a documented default. Immutable and
 * thread-safe; build one with {@link #builder()} or take {@link #defaults()}.
 *
 * @param tolerance how far short of a target still shows amber, as a fraction of the target (default 0.10,
 *     10% of the target); also how far behind the trajectory a forecast is at risk rather than off track, and
 *     how much a "minimising" figure may rise on the period before (as a fraction of that figure)
 * @param indicatorTolerances per-indicator overrides of {@code tolerance} (default none)
 * @param trendLength N for a sustained downward trend when the requirement does not say: N consecutive periods
 *     each worse than the one before, so N+1 figures (default 3)
 * @param workingDayCount how "within N working days" counts (default {@link WorkingDayCount#START_DAY_EXCLUDED});
 *     carried for working-day deadlines, which the model does not yet express
 * @param missingData what a missing figure means (default {@link MissingData#LENIENT})
 * @param dueSoonDays an action not done whose deadline is this many days away or fewer is due soon (default 28)
 * @param meetingGapToleranceDays days a meeting may fall after the cadence says it is due (default 7)
 * @param publicationLag how long after a notice's end its final verdict is taken, so that the figures for its
 *     last periods are published (default one month); at least one day, since a deadline on the end day is still
 *     open on that day
 */
public record Settings(
    BigDecimal tolerance, Map<IndicatorId, BigDecimal> indicatorTolerances, int trendLength,
    WorkingDayCount workingDayCount, MissingData missingData, int dueSoonDays, int meetingGapToleranceDays,
    Period publicationLag) {

  /** The default tolerance, 10% of the target. */
  public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.10");
  /** The default trend length. */
  public static final int DEFAULT_TREND_LENGTH = 3;
  /** The default due-soon window in days. */
  public static final int DEFAULT_DUE_SOON_DAYS = 28;
  /** The default meeting-gap tolerance in days. */
  public static final int DEFAULT_MEETING_GAP_TOLERANCE_DAYS = 7;
  /** The default publication lag, one month. */
  public static final Period DEFAULT_PUBLICATION_LAG = Period.ofMonths(1);

  private static final Settings DEFAULTS = builder().build();

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param tolerance how far short of a target still shows amber, as a fraction of the target (default 0.10, 10% of the
   *     target); also how far behind the trajectory a forecast is at risk rather than off track, and how much a
   *     "minimising" figure may rise on the period before (as a fraction of that figure)
   * @param indicatorTolerances per-indicator overrides of {@code tolerance} (default none)
   * @param trendLength N for a sustained downward trend when the requirement does not say: N consecutive periods each
   *     worse than the one before, so N+1 figures (default 3)
   * @param workingDayCount how "within N working days" counts (default {@link WorkingDayCount#START_DAY_EXCLUDED});
   *     carried for working-day deadlines, which the model does not yet express
   * @param missingData what a missing figure means (default {@link MissingData#LENIENT})
   * @param dueSoonDays an action not done whose deadline is this many days away or fewer is due soon (default 28)
   * @param meetingGapToleranceDays days a meeting may fall after the cadence says it is due (default 7)
   * @param publicationLag how long after a notice's end its final verdict is taken (default one month); at least
   *     one day
   */
  public Settings {
    requireNonNull(tolerance, "tolerance");
    indicatorTolerances = Map.copyOf(requireNonNull(indicatorTolerances, "indicatorTolerances"));
    requireNonNull(workingDayCount, "workingDayCount");
    requireNonNull(missingData, "missingData");
    requireNonNull(publicationLag, "publicationLag");
    checkFraction("tolerance", tolerance);
    indicatorTolerances.forEach((id, t) -> checkFraction("tolerance for " + id, t));
    if (trendLength < 2) {
      throw new IllegalArgumentException(String.format("Trend length must be at least 2, was %d", trendLength));
    }
    if (dueSoonDays < 0 || meetingGapToleranceDays < 0) {
      throw new IllegalArgumentException("Due-soon days and meeting-gap tolerance days must not be negative");
    }
    if (publicationLag.isZero() || publicationLag.getYears() < 0 || publicationLag.getMonths() < 0
        || publicationLag.getDays() < 0) {
      throw new IllegalArgumentException("The publication lag must be at least one day and no part of it negative"
          + " (a deadline on a notice's end day is still open on that day), was " + publicationLag);
    }
  }

  private static void checkFraction(String what, BigDecimal value) {
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(String.format(
          "The %s is a fraction of the target from 0 to 1 (0.10 is 10%%), was %s", what, value.toPlainString()));
    }
  }

  /** {@return the defaults, as documented on each component} */
  public static Settings defaults() {
    return DEFAULTS;
  }

  /** {@return a builder starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the tolerance for the indicator, as a fraction of the target: its override, or the global tolerance}
   *
   * @param indicator the indicator whose target is judged
   */
  public BigDecimal toleranceFor(IndicatorId indicator) {
    return indicatorTolerances.getOrDefault(indicator, tolerance);
  }

  /** Builds {@link Settings}, starting from the defaults. Not thread-safe. */
  public static final class Builder {
    private BigDecimal tolerance = DEFAULT_TOLERANCE;
    private final Map<IndicatorId, BigDecimal> indicatorTolerances = new LinkedHashMap<>();
    private int trendLength = DEFAULT_TREND_LENGTH;
    private WorkingDayCount workingDayCount = WorkingDayCount.START_DAY_EXCLUDED;
    private MissingData missingData = MissingData.LENIENT;
    private int dueSoonDays = DEFAULT_DUE_SOON_DAYS;
    private int meetingGapToleranceDays = DEFAULT_MEETING_GAP_TOLERANCE_DAYS;
    private Period publicationLag = DEFAULT_PUBLICATION_LAG;

    private Builder() {}

    /**
     * Sets the global tolerance, as a fraction of the target from 0 to 1 (see {@link Settings#tolerance()}).
     *
     * @param fraction the fraction as a decimal ("0.10" is 10%), checked by {@link #build()}
     * @return this builder
     * @throws NumberFormatException if the text is not a decimal
     */
    public Builder tolerance(String fraction) {
      this.tolerance = new BigDecimal(fraction);
      return this;
    }

    /**
     * Sets the tolerance for one indicator, as a fraction of its target from 0 to 1, in place of the global one;
     * a second call for the same indicator replaces the first.
     *
     * @param indicator the indicator
     * @param fraction the fraction as a decimal ("0.05" is 5%), checked by {@link #build()}
     * @return this builder
     * @throws NumberFormatException if the text is not a decimal
     */
    public Builder tolerance(IndicatorId indicator, String fraction) {
      indicatorTolerances.put(requireNonNull(indicator, "indicator"), new BigDecimal(fraction));
      return this;
    }

    /**
     * Sets N for a sustained downward trend when the requirement does not say (see {@link Settings#trendLength()}).
     *
     * @param periods N, the consecutive worsening periods, at least 2 (checked by {@link #build()})
     * @return this builder
     */
    public Builder trendLength(int periods) {
      this.trendLength = periods;
      return this;
    }

    /**
     * Sets how "within N working days" counts.
     *
     * @param convention whether the day of the starting event is itself a working day of the count
     * @return this builder
     */
    public Builder workingDayCount(WorkingDayCount convention) {
      this.workingDayCount = requireNonNull(convention, "convention");
      return this;
    }

    /**
     * Sets what a missing figure means.
     *
     * @param meaning lenient (no data) or strict (a shortfall)
     * @return this builder
     */
    public Builder missingData(MissingData meaning) {
      this.missingData = requireNonNull(meaning, "meaning");
      return this;
    }

    /**
     * Sets the due-soon window: an action not done whose deadline is this many days away or fewer is due soon.
     *
     * @param days calendar days, 0 or more (checked by {@link #build()}); 0 marks only an action due today
     * @return this builder
     */
    public Builder dueSoonDays(int days) {
      this.dueSoonDays = days;
      return this;
    }

    /**
     * Sets how many days a meeting may fall after the cadence says it is due.
     *
     * @param days calendar days, 0 or more (checked by {@link #build()})
     * @return this builder
     */
    public Builder meetingGapToleranceDays(int days) {
      this.meetingGapToleranceDays = days;
      return this;
    }

    /**
     * Sets how long after a notice's end its final verdict is taken.
     *
     * @param lag at least one day, no part of it negative (checked by {@link #build()})
     * @return this builder
     */
    public Builder publicationLag(Period lag) {
      this.publicationLag = requireNonNull(lag, "lag");
      return this;
    }

    /**
     * {@return the settings}
     *
     * @throws IllegalArgumentException if a tolerance is not from 0 to 1, the trend length is less than 2, a number of
     *     days is negative, or the publication lag is not at least one day
     */
    public Settings build() {
      return new Settings(tolerance, indicatorTolerances, trendLength, workingDayCount, missingData, dueSoonDays,
          meetingGapToleranceDays, publicationLag);
    }
  }
}
