package org.improvementnotice.testkit;

import static java.util.Objects.requireNonNull;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.testkit.internal.DataGenerator;

/**
 * Performance data consistent with a notice (it passes the data validator against it): for each declared
 * indicator a series of its natural periods from 12 months before issue to 3 months after the end, with
 * numerators and denominators for rates, published 1 to 45 days after each period; benchmark series of
 * every kind; evidence for some dated actions; monthly meetings of each board with some skipped, chaired by the
 * board's chair; one or two board judgements (on different days) for some qualitative measures. Every
 * configuration method returns a modified copy.
 *
 * <p>Defaults: 10% of periods missing, 10% revised (a second figure published 46 to 120 days after the
 * period), every meeting chaired by the board's chair.
 */
public final class PerformanceDataArbitrary extends ArbitraryDecorator<PerformanceData> {

  private final Notice notice;
  private double gaps = 0.1;
  private double revisions = 0.1;
  private boolean nearThresholds;
  private double otherChairs;

  PerformanceDataArbitrary(Notice notice) {
    this.notice = requireNonNull(notice, "notice");
  }

  @Override
  protected Arbitrary<PerformanceData> arbitrary() {
    return DataGenerator.data(notice, new DataGenerator.Config(gaps, revisions, 12, 3), nearThresholds,
        otherChairs);
  }

  /** The share of periods with no figure, 0 to 1. */
  public PerformanceDataArbitrary withGaps(double probability) {
    PerformanceDataArbitrary copy = typedClone();
    copy.gaps = probability(probability);
    return copy;
  }

  /**
   * Data dense near the thresholds: half of the figures of each indicator a threshold of the notice reads (forms
   * 1 to 5 and 9) lie at the threshold or within three steps of it (0.1 in the unit, 1 for whole counts; rates
   * as a numerator over ten times the unit's scale, so thresholds are hit exactly). For testing comparisons at
   * their boundaries.
   */
  public PerformanceDataArbitrary nearThresholds() {
    PerformanceDataArbitrary copy = typedClone();
    copy.nearThresholds = true;
    return copy;
  }

  /**
   * The share of meetings not chaired by the board's own chair, 0 to 1: half of them chaired by someone else
   * ("Chief Executive", or "Independent Chair" where that is the board's chair), half with no chair recorded.
   * For testing chair requirements and strict missing data.
   */
  public PerformanceDataArbitrary withOtherChairs(double probability) {
    PerformanceDataArbitrary copy = typedClone();
    copy.otherChairs = probability(probability);
    return copy;
  }

  /** The share of figures revised later, 0 to 1. */
  public PerformanceDataArbitrary withRevisions(double probability) {
    PerformanceDataArbitrary copy = typedClone();
    copy.revisions = probability(probability);
    return copy;
  }

  static double probability(double p) {
    if (p < 0 || p > 1) {
      throw new IllegalArgumentException(String.format("A probability is between 0 and 1, was %s", p));
    }
    return p;
  }
}
