package org.improvementnotice.model.language;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.improvementnotice.model.Instrument;
import org.improvementnotice.model.indicator.Polarity;
import org.improvementnotice.model.indicator.Unit;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.time.PeriodKind;

/**
 * The fixed phrases that each name one value of a closed set (a unit, a reporting period, a polarity, an
 * instrument, a benchmark). The parser accepts any phrase of a value; the printer writes the value's first. One
 * table a set, so the two cannot disagree on a spelling. Immutable.
 *
 * @param <T> the values named
 */
final class Phrases<T> {

  /** The units, as a declaration writes them. */
  static final Phrases<Unit> UNITS = new Phrases<>(List.of(
      entry("percent", Unit.PERCENT), entry("count", Unit.COUNT),
      entry("rate per 1000", Unit.RATE_PER_1000), entry("rate per 10000", Unit.RATE_PER_10000),
      entry("percentage points", Unit.PERCENTAGE_POINTS), entry("days", Unit.DAYS),
      entry("score", Unit.SCORE)));

  /** The reporting periods, as a declaration writes them. */
  static final Phrases<PeriodKind> PERIOD_KINDS = new Phrases<>(List.of(
      entry("month", PeriodKind.MONTH), entry("quarter", PeriodKind.QUARTER),
      entry("financial year", PeriodKind.FINANCIAL_YEAR), entry("academic year", PeriodKind.ACADEMIC_YEAR),
      entry("year to september", PeriodKind.YEAR_TO_SEPTEMBER)));

  /** Which way is better, as a declaration writes it. */
  static final Phrases<Polarity> POLARITIES = new Phrases<>(List.of(
      entry("higher is better", Polarity.HIGHER_IS_BETTER), entry("lower is better", Polarity.LOWER_IS_BETTER)));

  /** The kinds of instrument, as the {@code instrument} statement writes them. */
  static final Phrases<Instrument> INSTRUMENTS = new Phrases<>(List.of(
      entry("improvement notice", Instrument.IMPROVEMENT_NOTICE),
      entry("statutory direction", Instrument.STATUTORY_DIRECTION),
      entry("improvement plan", Instrument.IMPROVEMENT_PLAN)));

  /** The benchmarks; "national average" and "statistical neighbours average" are read, never written. */
  static final Phrases<BenchmarkKind> BENCHMARKS = new Phrases<>(List.of(
      entry("england average", BenchmarkKind.ENGLAND), entry("national average", BenchmarkKind.ENGLAND),
      entry("statistical neighbour average", BenchmarkKind.STATISTICAL_NEIGHBOURS),
      entry("statistical neighbours average", BenchmarkKind.STATISTICAL_NEIGHBOURS),
      entry("regional average", BenchmarkKind.REGION)));

  private final List<Map.Entry<String, T>> phrases;

  private Phrases(List<Map.Entry<String, T>> phrases) {
    this.phrases = phrases;
  }

  /** The value whose phrase comes next, which is then consumed; empty, consuming nothing, if none does. */
  Optional<T> accept(TokenCursor c) {
    return c.acceptPhrase(phrases);
  }

  /** Every phrase of the table, in the order the parser tries them. */
  List<String> all() {
    return phrases.stream().map(Map.Entry::getKey).toList();
  }

  /** The phrase the printer writes for the value: its first in the table. */
  String words(T value) {
    for (Map.Entry<String, T> phrase : phrases) {
      if (phrase.getValue().equals(value)) {
        return phrase.getKey();
      }
    }
    throw new AssertionError("No phrase for " + value);
  }
}
