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
 * @param derivedFrom the two counts a rate is worked out from, for an indicator the data does not give itself
 */
public record Indicator(
    IndicatorId id, String name, Unit unit, Polarity polarity, PeriodKind reportingPeriod, Aggregation aggregation,
    Optional<String> source, Optional<Derivation> derivedFrom) {

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
   * @param derivedFrom the two counts a rate is worked out from, if it is; the unit is then a rate, the aggregation
   *     by ratio, and neither count the indicator itself
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
    requireNonNull(derivedFrom, "derivedFrom");
    if (derivedFrom.isPresent() && (!unit.isRate() || aggregation != Aggregation.RATIO)) {
      throw new IllegalArgumentException(String.format(
          "Indicator %s is derived from %s, so it is a rate aggregated by ratio, not %s by %s", id,
          derivedFrom.get(), unit, aggregation));
    }
    if (derivedFrom.filter(d -> d.numerator().equals(id) || d.denominator().equals(id)).isPresent()) {
      throw new IllegalArgumentException(String.format("Indicator %s cannot be derived from itself", id));
    }
  }

  /**
   * An indicator the data gives itself, not derived.
   *
   * @param id the identifier notices use
   * @param name what it measures, in words
   * @param unit the unit of its values
   * @param polarity which direction is better
   * @param reportingPeriod its natural reporting period; every figure must be of a period of that kind
   * @param aggregation how values over shorter periods combine into a longer one
   * @param source the published definition the entry follows, if one is recorded
   */
  public Indicator(IndicatorId id, String name, Unit unit, Polarity polarity, PeriodKind reportingPeriod,
      Aggregation aggregation, Optional<String> source) {
    this(id, name, unit, polarity, reportingPeriod, aggregation, source, Optional.empty());
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
    this(id, name, unit, polarity, reportingPeriod, aggregation, Optional.empty(), Optional.empty());
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
   * {@return a copy aggregating by {@code method}: a derived rate's copy keeps its counts only by ratio, the one
   * way they combine, and otherwise combines the rate's own figures}
   *
   * @param method how values over shorter periods are to combine into a longer one
   * @throws IllegalArgumentException if the method is by ratio and the unit is not a rate
   */
  public Indicator withAggregation(Aggregation method) {
    return new Indicator(id, name, unit, polarity, reportingPeriod, method, source,
        method == Aggregation.RATIO ? derivedFrom : Optional.empty());
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
    return new Indicator(id, name, unit, polarity, reportingPeriod, aggregation, Optional.of(citation), derivedFrom);
  }

  /**
   * {@return a copy worked out from two counts: a rate aggregated by ratio}
   *
   * @param derivation the counts on top and below
   * @throws IllegalArgumentException if the unit is not a rate, or either count is this indicator
   */
  public Indicator derived(Derivation derivation) {
    return new Indicator(id, name, unit, polarity, reportingPeriod, Aggregation.RATIO, source,
        Optional.of(requireNonNull(derivation, "derivation")));
  }
}
