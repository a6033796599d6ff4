package org.improvementnotice.testkit;

import static java.util.Objects.requireNonNull;

import java.util.function.Consumer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.testkit.internal.DataGenerator;
import org.improvementnotice.testkit.internal.DataVariations;
import org.improvementnotice.testkit.internal.Withholdings;

/**
 * Performance data consistent with a notice (it passes the data validator against it): for each declared
 * indicator a series of its natural periods from 12 months before issue to 3 months after the end, with
 * numerators and denominators for rates, published 1 to 45 days after each period (for a notice without a term,
 * to 15 months after issue); benchmark series of every kind; evidence for 60% of dated actions, completed
 * around the deadline as the notice's own calendar resolves it (2 months after issue when it does not); monthly
 * meetings of each board with some skipped, chaired by the board's chair, some recording the name of an event a
 * deadline names; one or two board judgements (on different days) for some qualitative measures. Every
 * configuration method returns a modified copy.
 *
 * <p>Defaults: 10% of periods missing, 10% revised (a second figure published 46 to 120 days after the
 * period), every meeting chaired by the board's chair, 30% of the events the notice's deadlines name recorded
 * as the label of a meeting, 10% of the dated actions with evidence having two or three pieces.
 */
public final class PerformanceDataArbitrary extends ArbitraryDecorator<PerformanceData> {

  private final Notice notice;
  private double gaps = 0.1;
  private double revisions = 0.1;
  private boolean nearThresholds;
  private double otherChairs;
  private double labelledMeetings = 0.3;
  private double severalEvidence = 0.1;
  private double seriesFromIssue;
  private double worseningRuns;
  private double figuresOfAnotherKind;
  private double evidenceBeforeIssue;
  private double unavailableFigures;

  PerformanceDataArbitrary(Notice notice) {
    this.notice = requireNonNull(notice, "notice");
  }

  @Override
  protected Arbitrary<PerformanceData> arbitrary() {
    Arbitrary<PerformanceData> data = DataGenerator.data(notice, new DataGenerator.Config(gaps, revisions, 12, 3),
        nearThresholds, otherChairs, labelledMeetings, severalEvidence,
        new DataVariations(seriesFromIssue, worseningRuns, figuresOfAnotherKind), evidenceBeforeIssue);
    return unavailableFigures == 0 ? data : Withholdings.withhold(data, unavailableFigures);
  }

  /**
   * The share of figures published without a value, 0 to 1 (default 0): of the council's figures (each indicator
   * and period), a cell with one of the DfE's symbols (c, x, z, k, u, low) in place of every revision, or, for one
   * in four, published before its value (which then wins); of the benchmarks (each indicator, comparator and
   * period), one that could not be computed. For testing that a withheld figure is never green
   * (DOMAIN.md, "Suppressed and unavailable figures").
   *
   * @param probability the share of figures withheld, 0 to 1
   * @return a copy drawing data with figures published without a value
   * @throws IllegalArgumentException if {@code probability} is not from 0 to 1
   */
  public PerformanceDataArbitrary withUnavailableFigures(double probability) {
    return copyWith(copy -> copy.unavailableFigures = Options.probability(probability));
  }

  /**
   * The share of the events the notice's deadlines name (of dated actions and targets) that a meeting records as
   * its label, 0 to 1. The meeting is one of the generated meetings of the notice's boards, drawn at random, so it
   * may be held before or after any assessment date; it resolves an event the calendar and schedule lack, and for
   * one they have, its date takes precedence. No meeting is labelled when the notice declares no board.
   *
   * @param probability the share, 0 to 1
   * @return a copy drawing that share of events recorded by a meeting
   * @throws IllegalArgumentException if {@code probability} is not from 0 to 1
   */
  public PerformanceDataArbitrary withLabelledMeetings(double probability) {
    return copyWith(copy -> copy.labelledMeetings = Options.probability(probability));
  }

  /**
   * The share of dated actions with evidence that have two or three pieces of it, 0 to 1: completed up to 60
   * days either side of the deadline and recorded up to 60 days later, so the earliest completion may become
   * known after a later one.
   *
   * @param probability the share, 0 to 1
   * @return a copy drawing that share of actions with several pieces of evidence
   * @throws IllegalArgumentException if {@code probability} is not from 0 to 1
   */
  public PerformanceDataArbitrary withSeveralEvidence(double probability) {
    return copyWith(copy -> copy.severalEvidence = Options.probability(probability));
  }

  /**
   * The share of indicators whose series has no figure for any period ending on or before the issue date, 0 to 1
   * (default 0): no baseline at issue, so a forecast's trajectory starts at the first stage.
   *
   * @param probability the share, 0 to 1
   * @return a copy drawing that share of series starting after the issue date
   * @throws IllegalArgumentException if {@code probability} is not from 0 to 1
   */
  public PerformanceDataArbitrary withSeriesFromIssue(double probability) {
    return copyWith(copy -> copy.seriesFromIssue = Options.probability(probability));
  }

  /**
   * The share of indicators whose series has a run of 4 to 8 successive periods each worse than the one before
   * (polarity-aware; the figures the series had there, reordered), 0 to 1 (default 0): sustained downward trends,
   * current or since broken.
   *
   * @param probability the share, 0 to 1
   * @return a copy drawing that share of series with a worsening run
   * @throws IllegalArgumentException if {@code probability} is not from 0 to 1
   */
  public PerformanceDataArbitrary withWorseningRuns(double probability) {
    return copyWith(copy -> copy.worseningRuns = Options.probability(probability));
  }

  /**
   * The share of indicators (of those with any figure) with one figure for a period of another kind than the
   * indicator's (a quarter for a monthly indicator, a month for a quarterly one, a financial year for an academic
   * or other yearly one, an academic year for a financial one), 0 to 1 (default 0). The data validator refuses such a row: data drawn with
   * this option need not validate.
   *
   * @param probability the share, 0 to 1
   * @return a copy drawing that share of series with a figure of another period kind
   * @throws IllegalArgumentException if {@code probability} is not from 0 to 1
   */
  public PerformanceDataArbitrary withFiguresOfAnotherKind(double probability) {
    return copyWith(copy -> copy.figuresOfAnotherKind = Options.probability(probability));
  }

  /**
   * The share of pieces of evidence completed when drawn, even before the issue date, 0 to 1 (default 0: a
   * completion drawn before the issue date is moved to it). With deadlines before the issue date
   * ({@link NoticeArbitrary#withDeadlinesBeforeIssue(double)}), actions done before the notice.
   *
   * @param probability the share, 0 to 1
   * @return a copy drawing that share of evidence possibly completed before the issue date
   * @throws IllegalArgumentException if {@code probability} is not from 0 to 1
   */
  public PerformanceDataArbitrary withEvidenceBeforeIssue(double probability) {
    return copyWith(copy -> copy.evidenceBeforeIssue = Options.probability(probability));
  }

  /**
   * Sets the share of periods of each series with no figure (default 0.1).
   *
   * @param probability the share, 0 to 1
   * @return a copy drawing that share of gaps
   * @throws IllegalArgumentException if {@code probability} is not from 0 to 1
   */
  public PerformanceDataArbitrary withGaps(double probability) {
    return copyWith(copy -> copy.gaps = Options.probability(probability));
  }

  /**
   * Data dense near the thresholds: half of the figures of each indicator a threshold of the notice reads (forms
   * 1 to 5 and 9) lie at the threshold or within three steps of it (0.1 in the unit, 1 for whole counts; rates
   * as a numerator over ten times the unit's scale, so thresholds are hit exactly). For testing comparisons at
   * their boundaries.
   *
   * @return a copy drawing data dense near the thresholds
   */
  public PerformanceDataArbitrary nearThresholds() {
    return copyWith(copy -> copy.nearThresholds = true);
  }

  /**
   * The share of meetings not chaired by the board's own chair, 0 to 1: half of them chaired by someone else
   * ("Chief Executive", or "Independent Chair" where that is the board's chair), half with no chair recorded.
   * For testing chair requirements and strict missing data.
   *
   * @param probability the share, 0 to 1
   * @return a copy drawing that share of meetings not chaired by the board's chair
   * @throws IllegalArgumentException if {@code probability} is not from 0 to 1
   */
  public PerformanceDataArbitrary withOtherChairs(double probability) {
    return copyWith(copy -> copy.otherChairs = Options.probability(probability));
  }

  /**
   * Sets the share of figures revised later: a second figure published 46 to 120 days after the period (default
   * 0.1).
   *
   * @param probability the share, 0 to 1
   * @return a copy drawing that share of revisions
   * @throws IllegalArgumentException if {@code probability} is not from 0 to 1
   */
  public PerformanceDataArbitrary withRevisions(double probability) {
    return copyWith(copy -> copy.revisions = Options.probability(probability));
  }

  /** {@return a copy of this arbitrary with the change made to it} */
  private PerformanceDataArbitrary copyWith(Consumer<PerformanceDataArbitrary> change) {
    PerformanceDataArbitrary copy = typedClone();
    change.accept(copy);
    return copy;
  }
}
