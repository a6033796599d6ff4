package org.improvementnotice.model.data;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.improvementnotice.model.indicator.Aggregation;
import org.improvementnotice.model.indicator.Decimals;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.PeriodKind;
import org.improvementnotice.model.validation.Problem;
import org.improvementnotice.model.validation.ValidationException;

/**
 * A council's performance data: observations (with their revisions), benchmark values, action evidence,
 * board meetings, board judgements and figures published without a value, indexed for fast look-up by
 * indicator and period.
 *
 * <p>Every look-up takes an "as at" date and sees only what was published (or recorded, or held) on or
 * before it; of several revisions of a figure it sees the latest so published. The periods of each regular
 * kind are held in order, so finding the observations inside a span, or the latest by a date, is a binary
 * search: a look-up takes as long for a date a thousand years from the data as for one beside it, and
 * accepts any date ({@link LocalDate#MIN} and {@link LocalDate#MAX} included).
 *
 * <p>The class runs a little over 400 lines because it is the data's one public face: each look-up is a line or
 * two of delegation to its index, with the documentation a caller needs; the indexing itself is in the indexes.
 *
 * <p>Building rejects duplicates (two figures for the same indicator and period published on the same day,
 * two meetings of a board on one day, ...) with a {@link ValidationException} naming each, since either
 * could be the one meant. Immutable and thread-safe.
 */
public final class PerformanceData {

  private final String council;
  private final ImmutableList<Observation> observations;
  private final ImmutableList<BenchmarkValue> benchmarks;
  private final ImmutableList<ActionEvidence> actions;
  private final ImmutableList<MeetingRecord> meetings;
  private final ImmutableList<MeetingRecord> meetingsInOrderAdded;
  private final ImmutableList<BoardJudgement> judgements;
  private final ImmutableList<UnavailableFigure> unavailable;
  private final UnavailableIndex unavailableIndex;
  private final ObservationIndex observationIndex;
  private final BenchmarkIndex benchmarkIndex;
  private final Aggregator aggregator;
  private final Scales scales;

  private PerformanceData(Builder b) {
    this.council = b.council;
    this.observations = ImmutableList.copyOf(b.observations);
    this.benchmarks = ImmutableList.copyOf(b.benchmarks);
    this.actions = ImmutableList.copyOf(b.actions);
    this.meetingsInOrderAdded = ImmutableList.copyOf(b.meetings);
    this.meetings = ImmutableList.sortedCopyOf(Comparator.comparing(MeetingRecord::date), meetingsInOrderAdded);
    this.judgements = ImmutableList.copyOf(b.judgements);
    this.unavailable = ImmutableList.copyOf(b.unavailable);
    this.unavailableIndex = new UnavailableIndex(unavailable);
    List<Problem> problems = new ArrayList<>();
    this.observationIndex = new ObservationIndex(observations, problems);
    this.benchmarkIndex = new BenchmarkIndex(benchmarks, problems);
    Meetings.duplicates(meetingsInOrderAdded, problems);
    ValidationException.throwIfErrors("Performance data for " + council, problems);
    this.aggregator = new Aggregator(observationIndex);
    this.scales = new Scales(b.decimals, observations, benchmarks);
  }

  /**
   * A builder of performance data for the council.
   *
   * @param council the council's name
   * @return an empty builder
   */
  public static Builder builder(String council) {
    return new Builder(council);
  }

  /** {@return the name of the council the data is for} */
  public String council() {
    return council;
  }

  /** {@return every observation, revisions included, in the order added} */
  public List<Observation> observations() {
    return observations;
  }

  /** {@return every benchmark value, in the order added} */
  public List<BenchmarkValue> benchmarks() {
    return benchmarks;
  }

  /** {@return every piece of action evidence, in the order added} */
  public List<ActionEvidence> actions() {
    return actions;
  }

  /** {@return every meeting, in date order (meetings of one date in the order added)} */
  public List<MeetingRecord> meetings() {
    return meetings;
  }

  /**
   * {@return every meeting, in the order added: the order the paths of validation problems ({@code meetings[3]})
   * count in, as for every other list here}
   */
  public List<MeetingRecord> meetingsInOrderAdded() {
    return meetingsInOrderAdded;
  }

  /** {@return every board judgement, in the order added} */
  public List<BoardJudgement> judgements() {
    return judgements;
  }

  /**
   * The decimal places of the indicator's figures: the most any observation or benchmark of it was written with
   * (as the reader records it, {@link Builder#recordDecimals}: {@code 67.20} has two although it is held as
   * {@code 67.2}), else the most any of its values has; a benchmark computed from other councils' figures (with a
   * {@linkplain BenchmarkValue#basis() basis}) does not count.
   *
   * @param indicator the indicator
   * @return the decimal places, or empty if the data holds no figure of it but computed benchmarks
   */
  public OptionalInt decimals(Indicator indicator) {
    return scales.decimals(indicator.id());
  }

  /**
   * {@return the decimal places recorded for each indicator by {@link Builder#recordDecimals}, to copy them to
   * other data}
   */
  public Map<IndicatorId, Integer> recordedDecimals() {
    return scales.written();
  }

  /**
   * The observation of exactly the period, latest revision published on or before {@code asAt}.
   *
   * @param indicator the indicator
   * @param period the period
   * @param asAt the date the data is known at
   * @return the observation, or empty if none of the period was published by then
   */
  public Optional<Observation> observation(IndicatorId indicator, Period period, LocalDate asAt) {
    return observationIndex.observation(indicator, period, asAt);
  }

  /**
   * The observations of the indicator for periods of the kind lying wholly inside {@code span}, in period
   * order, each the latest revision published on or before {@code asAt}. Periods with nothing published by
   * then are absent.
   *
   * @param indicator the indicator
   * @param kind the kind of period
   * @param span the dates the periods must lie in
   * @param asAt the date the data is known at
   * @return the observations, in period order
   */
  public List<Observation> observations(IndicatorId indicator, PeriodKind kind, Range<LocalDate> span, LocalDate asAt) {
    requireNonNull(span, "span");
    return observationIndex.observations(indicator, kind, span, asAt);
  }

  /**
   * The observation of the kind whose period ends latest on or before {@code date} among those with a
   * revision published on or before {@code asAt}, as known then. Any date is accepted; the time taken does
   * not depend on the distance from the date to the data.
   *
   * @param indicator the indicator
   * @param kind the kind of period (none of {@link PeriodKind#DATE_RANGE} is ever the latest)
   * @param date the date the period must end by
   * @param asAt the date the data is known at
   * @return the observation, or empty if no period of the kind ending by the date was published by then
   */
  public Optional<Observation> latest(IndicatorId indicator, PeriodKind kind, LocalDate date, LocalDate asAt) {
    return observationIndex.latest(indicator, kind, date, asAt);
  }

  /**
   * The indicator's value over the period as known at {@code asAt}: the observation of exactly the period if
   * there is one, otherwise combined from the observations of the coarsest shorter regular kind that tiles
   * the period and has every part (for {@link Aggregation#LATEST}, the last part). By ratio, the sum of
   * numerators over the sum of denominators: never the average of percentages; empty if any part lacks its
   * numerator and denominator.
   *
   * @param indicator the indicator, whose aggregation and unit say how parts combine
   * @param period the period
   * @param asAt the date the data is known at
   * @return the value, or empty if the period has no figure and no complete set of parts by then
   */
  public Optional<Aggregate> aggregate(Indicator indicator, Period period, LocalDate asAt) {
    requireNonNull(indicator, "indicator");
    return aggregator.aggregate(indicator, period, asAt);
  }

  /**
   * The benchmark's value for exactly the period, latest revision published on or before {@code asAt}.
   *
   * @param indicator the indicator
   * @param kind which comparator
   * @param period the period
   * @param asAt the date the data is known at
   * @return the value, or empty if none was published by then
   */
  public Optional<BenchmarkValue> benchmark(IndicatorId indicator, BenchmarkKind kind, Period period, LocalDate asAt) {
    return benchmarkIndex.benchmark(indicator, kind, period, asAt);
  }

  /**
   * The benchmark of the comparator for the period of the kind that ends latest on or before {@code date}, among
   * those with a revision published on or before {@code asAt}, as known then; the time taken does not depend on
   * the number of benchmarks held for other indicators, comparators or kinds.
   *
   * @param indicator the indicator
   * @param kind which comparator
   * @param periodKind the kind of period (a regular one; none of {@link PeriodKind#DATE_RANGE} is ever the latest)
   * @param date the date the period must end by
   * @param asAt the date the data is known at
   * @return the value, or empty if no period of the kind ending by the date was published by then
   */
  public Optional<BenchmarkValue> latestBenchmark(IndicatorId indicator, BenchmarkKind kind, PeriodKind periodKind,
      LocalDate date, LocalDate asAt) {
    return benchmarkIndex.latest(indicator, kind, periodKind, date, asAt);
  }

  /** {@return every figure published without a value, in the order added} */
  public List<UnavailableFigure> unavailable() {
    return unavailable;
  }

  /**
   * The latest notice, published on or before {@code asAt}, that the figure is published without a value.
   *
   * @param indicator the indicator
   * @param benchmark the comparator, or empty for the council's own figure
   * @param period the period
   * @param asAt the date the data is known at
   * @return why the figure has no value, if that was published by then
   */
  public Optional<UnavailableFigure> unavailable(IndicatorId indicator, Optional<BenchmarkKind> benchmark,
      Period period, LocalDate asAt) {
    return unavailableIndex.unavailable(indicator, benchmark, period, asAt);
  }

  /**
   * Of the figures of the kind published without a value on or before {@code asAt}, the one whose period ends
   * latest on or before {@code date}: with {@link #latest} (or, for a comparator, the latest benchmark of the
   * kind), it tells whether the latest period published by then has a value. A period with both (a value and
   * a notice that it has none) is answered by both; callers prefer the value.
   *
   * @param indicator the indicator
   * @param benchmark the comparator, or empty for the council's own figure
   * @param kind the kind of period
   * @param date the date the period must end by
   * @param asAt the date the data is known at
   * @return the latest such notice, if any
   */
  public Optional<UnavailableFigure> latestUnavailable(IndicatorId indicator, Optional<BenchmarkKind> benchmark,
      PeriodKind kind, LocalDate date, LocalDate asAt) {
    requireNonNull(indicator, "indicator");
    requireNonNull(benchmark, "benchmark");
    requireNonNull(kind, "kind");
    return unavailableIndex.latest(indicator, benchmark, kind, requireNonNull(date, "date"),
        requireNonNull(asAt, "asAt"));
  }

  /**
   * The data as known at the date: for each figure the latest revision published on or before it, the
   * action evidence recorded by then, the meetings held by then and the judgements made by then.
   *
   * @param asAt the date
   * @return the data as known then
   */
  public PerformanceData asAt(LocalDate asAt) {
    requireNonNull(asAt, "asAt");
    Builder b = builder(council);
    observationIndex.knownAt(asAt).forEach(b::addObservation);
    benchmarkIndex.knownAt(asAt).forEach(b::addBenchmark);
    actions.stream().filter(a -> !a.recorded().isAfter(asAt)).forEach(b::addAction);
    meetings.stream().filter(m -> !m.date().isAfter(asAt)).forEach(b::addMeeting);
    judgements.stream().filter(j -> !j.date().isAfter(asAt)).forEach(b::addJudgement);
    unavailable.stream().filter(u -> !u.published().isAfter(asAt)).forEach(b::addUnavailable);
    scales.written().forEach(b::recordDecimals);
    return b.build();
  }

  @Override
  public String toString() {
    return String.format("PerformanceData[%s: %d observations, %d benchmarks, %d actions, %d meetings, %d judgements]",
        council, observations.size(), benchmarks.size(), actions.size(), meetings.size(), judgements.size());
  }

  /** Builds {@link PerformanceData}. Not thread-safe. */
  public static final class Builder {
    private final String council;
    private final List<Observation> observations = new ArrayList<>();
    private final List<BenchmarkValue> benchmarks = new ArrayList<>();
    private final List<ActionEvidence> actions = new ArrayList<>();
    private final List<MeetingRecord> meetings = new ArrayList<>();
    private final List<BoardJudgement> judgements = new ArrayList<>();
    private final List<UnavailableFigure> unavailable = new ArrayList<>();
    private final Map<IndicatorId, Integer> decimals = new HashMap<>();

    private Builder(String council) {
      this.council = requireNonNull(council, "council");
    }

    /**
     * Adds an observation (a revision if one of its indicator and period is already added).
     *
     * @param value what to add
     * @return this builder
     */
    public Builder addObservation(Observation value) {
      observations.add(requireNonNull(value, "observation"));
      return this;
    }

    /**
     * Adds everything the data holds, in the order it was added there: its observations with their revisions,
     * benchmarks, action evidence, meetings, judgements, figures published without a value and the decimals
     * recorded for its indicators.
     *
     * @param data the data to copy from
     * @return this builder
     */
    public Builder addAll(PerformanceData data) {
      requireNonNull(data, "data");
      addObservations(data.observations);
      data.benchmarks.forEach(this::addBenchmark);
      data.actions.forEach(this::addAction);
      data.meetingsInOrderAdded.forEach(this::addMeeting);
      data.judgements.forEach(this::addJudgement);
      data.unavailable.forEach(this::addUnavailable);
      data.scales.written().forEach(this::recordDecimals);
      return this;
    }

    /**
     * Adds observations, in order.
     *
     * @param values what to add
     * @return this builder
     */
    public Builder addObservations(Iterable<Observation> values) {
      values.forEach(this::addObservation);
      return this;
    }

    /**
     * Adds a benchmark value.
     *
     * @param value what to add
     * @return this builder
     */
    public Builder addBenchmark(BenchmarkValue value) {
      benchmarks.add(requireNonNull(value, "benchmark"));
      return this;
    }

    /**
     * Adds a piece of action evidence.
     *
     * @param value what to add
     * @return this builder
     */
    public Builder addAction(ActionEvidence value) {
      actions.add(requireNonNull(value, "action"));
      return this;
    }

    /**
     * Adds a meeting.
     *
     * @param value what to add
     * @return this builder
     */
    public Builder addMeeting(MeetingRecord value) {
      meetings.add(requireNonNull(value, "meeting"));
      return this;
    }

    /**
     * Adds a figure published without a value.
     *
     * @param value what to add
     * @return this builder
     */
    public Builder addUnavailable(UnavailableFigure value) {
      unavailable.add(requireNonNull(value, "unavailable"));
      return this;
    }

    /**
     * Records that a figure of the indicator was written with that many decimal places ({@code 70.0}: one),
     * which its value, held without trailing zeros, no longer shows; the most recorded is kept.
     *
     * @param indicator the indicator
     * @param places the decimal places as written, 0 to {@value Decimals#MAX_SCALE}
     * @return this builder
     * @throws IllegalArgumentException if {@code places} is outside that range
     */
    public Builder recordDecimals(IndicatorId indicator, int places) {
      Scales.record(decimals, requireNonNull(indicator, "indicator"), places);
      return this;
    }

    /**
     * Adds a board judgement.
     *
     * @param value the judgement
     * @return this builder
     */
    public Builder addJudgement(BoardJudgement value) {
      judgements.add(requireNonNull(value, "judgement"));
      return this;
    }

    /**
     * The data.
     *
     * @return the data
     * @throws ValidationException naming every duplicate observation, benchmark value and meeting
     */
    public PerformanceData build() {
      return new PerformanceData(this);
    }
  }
}
