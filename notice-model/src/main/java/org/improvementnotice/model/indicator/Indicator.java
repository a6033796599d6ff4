package org.improvementnotice.model.indicator;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.improvementnotice.model.time.PeriodKind;

/**
 * A named performance measure: NI 59, PAF C24, the social work vacancy rate. Immutable and thread-safe.
 *
 * @param id the identifier notices use
 * @param name what it measures, in words
 * @param unit the unit of its values
 * @param polarity which direction is better
 * @param reportingPeriod its natural reporting period; every figure must be of a period of that kind
 * @param aggregation how values over shorter periods combine into a longer one
 * @param source the published definition the entry follows (a handbook, a statistical release and its table),
 *     if one is recorded; never part of a notice's text
 */
public record Indicator(
    IndicatorId id, String name, Unit unit, Polarity polarity, PeriodKind reportingPeriod, Aggregation aggregation,
    Optional<String> source) {

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param id the identifier notices use
   * @param name what it measures, in words
   * @param unit the unit of its values
   * @param polarity which direction is better
   * @param reportingPeriod its natural reporting period; every figure must be of a period of that kind
   * @param aggregation how values over shorter periods combine into a longer one
   * @param source the published definition the entry follows, if one is recorded
   */
  public Indicator {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(unit, "unit");
    requireNonNull(polarity, "polarity");
    requireNonNull(reportingPeriod, "reportingPeriod");
    requireNonNull(aggregation, "aggregation");
    requireNonNull(source, "source");
    if (name.isBlank()) {
      throw new IllegalArgumentException(String.format("Indicator %s must have a name", id));
    }
    if (!reportingPeriod.isRegular()) {
      throw new IllegalArgumentException(String.format(
          "Indicator %s must report over a regular period kind, not %s", id, reportingPeriod));
    }
    if (aggregation == Aggregation.RATIO && !unit.isRate()) {
      throw new IllegalArgumentException(String.format(
          "Indicator %s aggregates by ratio, so its unit must be a rate, not %s", id, unit));
    }
  }

  /**
   * An indicator with no recorded source.
   *
   * @param id the identifier notices use
   * @param name what it measures, in words
   * @param unit the unit of its values
   * @param polarity which direction is better
   * @param reportingPeriod its natural reporting period; observations must be of that kind
   * @param aggregation how values over shorter periods combine into a longer one
   */
  public Indicator(
      IndicatorId id, String name, Unit unit, Polarity polarity, PeriodKind reportingPeriod, Aggregation aggregation) {
    this(id, name, unit, polarity, reportingPeriod, aggregation, Optional.empty());
  }

  /**
   * An indicator with the usual aggregation for its unit: by ratio for percentages and rates, the latest
   * value for counts, days and percentage points, the mean for scores.
   *
   * @param id the identifier notices use ("NI 59"), as {@link IndicatorId#of} reads it
   * @param name what it measures, in words, not blank
   * @param unit the unit of its values
   * @param polarity which direction is better
   * @param reportingPeriod its natural reporting period, a regular kind
   * @return the indicator, with no recorded source
   * @throws IllegalArgumentException if the id is not an indicator id, the name is blank or the period kind is not
   *     regular
   */
  public static Indicator of(String id, String name, Unit unit, Polarity polarity, PeriodKind reportingPeriod) {
    return new Indicator(IndicatorId.of(id), name, unit, polarity, reportingPeriod, defaultAggregation(unit));
  }

  /**
   * {@return the usual aggregation for values of the unit}
   *
   * @param unit the indicator's unit
   */
  public static Aggregation defaultAggregation(Unit unit) {
    return switch (unit) {
      case PERCENT, RATE_PER_1000, RATE_PER_10000 -> Aggregation.RATIO;
      case COUNT, DAYS, PERCENTAGE_POINTS -> Aggregation.LATEST;
      case SCORE -> Aggregation.MEAN;
    };
  }

  /**
   * {@return a copy aggregating by {@code method}}
   *
   * @param method how values over shorter periods are to combine into a longer one
   * @throws IllegalArgumentException if the method is by ratio and the unit is not a rate
   */
  public Indicator withAggregation(Aggregation method) {
    return new Indicator(id, name, unit, polarity, reportingPeriod, method, source);
  }

  /**
   * A copy recording the published definition the entry follows.
   *
   * @param citation the definition's source, in words: the publication, its date and the table or indicator
   * @return the copy
   * @throws IllegalArgumentException if the citation is blank
   */
  public Indicator withSource(String citation) {
    requireNonNull(citation, "citation");
    if (citation.isBlank()) {
      throw new IllegalArgumentException(String.format("Indicator %s: a source must not be blank", id));
    }
    return new Indicator(id, name, unit, polarity, reportingPeriod, aggregation, Optional.of(citation));
  }
}
