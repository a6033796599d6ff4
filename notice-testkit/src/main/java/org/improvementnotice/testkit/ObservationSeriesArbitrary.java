package org.improvementnotice.testkit;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.testkit.internal.DataGenerator;

/**
 * A series of observations of one indicator, one per natural reporting period over a span, with numerators
 * and denominators for rates (values at 0 and at the top of the range among the edge cases). Every
 * configuration method returns a modified copy.
 *
 * <p>Defaults: April 2009 to March 2011, no gaps, no revisions.
 */
public final class ObservationSeriesArbitrary extends ArbitraryDecorator<List<Observation>> {

  private final Indicator indicator;
  private LocalDate from = LocalDate.of(2009, 4, 1);
  private LocalDate to = LocalDate.of(2011, 3, 31);
  private double gaps;
  private double revisions;

  ObservationSeriesArbitrary(Indicator indicator) {
    this.indicator = requireNonNull(indicator, "indicator");
  }

  @Override
  protected Arbitrary<List<Observation>> arbitrary() {
    return DataGenerator.series(indicator, from, to, new DataGenerator.Config(gaps, revisions, 0, 0));
  }

  /**
   * Sets the span: the series has a figure (or a gap) for each natural period containing one of its days.
   *
   * @param start the first day of the span
   * @param end the last day of the span, on or after {@code start}
   * @return a copy drawing series over the span
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public ObservationSeriesArbitrary over(LocalDate start, LocalDate end) {
    Options.requireOrdered("Series", start, end);
    ObservationSeriesArbitrary copy = typedClone();
    copy.from = start;
    copy.to = end;
    return copy;
  }

  /**
   * Sets the share of periods with no figure (default 0).
   *
   * @param probability the share, 0 to 1
   * @return a copy drawing series with that share of gaps
   * @throws IllegalArgumentException if {@code probability} is not from 0 to 1
   */
  public ObservationSeriesArbitrary withGaps(double probability) {
    ObservationSeriesArbitrary copy = typedClone();
    copy.gaps = Options.probability(probability);
    return copy;
  }

  /**
   * Sets the share of figures revised later: a second figure published 46 to 120 days after the period (default 0).
   *
   * @param probability the share, 0 to 1
   * @return a copy drawing series with that share of revisions
   * @throws IllegalArgumentException if {@code probability} is not from 0 to 1
   */
  public ObservationSeriesArbitrary withRevisions(double probability) {
    ObservationSeriesArbitrary copy = typedClone();
    copy.revisions = Options.probability(probability);
    return copy;
  }
}
