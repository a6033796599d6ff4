package org.improvementnotice.model.data;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableRangeMap;
import com.google.common.collect.Range;
import com.google.common.collect.RangeMap;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.improvementnotice.model.indicator.Aggregation;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.PeriodKind;
import org.improvementnotice.model.validation.Problem;
import org.improvementnotice.model.validation.ValidationException;

/**
 * A council's performance data: observations (with their revisions), benchmark values, action evidence,
 * board meetings and board judgements, indexed for fast look-up by indicator and period.
 *
 * <p>Every look-up takes an "as at" date and sees only what was published (or recorded, or held) on or
 * before it; of several revisions of a figure it sees the latest so published. Periods of each regular kind
 * are indexed in a Guava {@link RangeMap}, so finding the observations inside a span is a range query.
 *
 * <p>Building rejects duplicates (two figures for the same indicator and period published on the same day,
 * two meetings of a board on one day, ...) with a {@link ValidationException} naming each, since either
 * could be the one meant. Immutable and thread-safe.
 */
public final class PerformanceData {

  /**
   * The keys mix their hash so that keys differing only in the period spread over the table, and write out
   * equals (the record's generated one goes through a method handle, slow where the call is not inlined).
   */
  private record ObservationKey(IndicatorId indicator, Period period) {
    @Override
    public int hashCode() {
      return mix(31 * indicator.hashCode() + period.hashCode());
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ObservationKey k && indicator.equals(k.indicator) && period.equals(k.period);
    }
  }

  private record BenchmarkKey(IndicatorId indicator, BenchmarkKind kind, Period period) {
    @Override
    public int hashCode() {
      return mix(31 * (31 * indicator.hashCode() + kind.ordinal()) + period.hashCode());
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof BenchmarkKey k && indicator.equals(k.indicator) && kind == k.kind && period.equals(k.period);
    }
  }

  /** MurmurHash3's finaliser: every bit of the input affects every bit of the result. */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }

  /** The period kinds, longest first: the order in which {@link #aggregate} tries to tile a period. */
  private static final List<PeriodKind> KINDS_LONGEST_FIRST = Stream.of(PeriodKind.values())
      .sorted(Comparator.comparingInt(PeriodKind::lengthInMonths).reversed()).toList();

  /** The revisions of one figure, oldest first. */
  private static final class Revisions<T> {
    final Period period;
    final List<T> byPublished = new ArrayList<>();
    final List<LocalDate> published = new ArrayList<>();

    Revisions(Period period) {
      this.period = period;
    }

    void add(T value, LocalDate date) {
      int i = 0;
      while (i < published.size() && !published.get(i).isAfter(date)) {
        i++;
      }
      byPublished.add(i, value);
      published.add(i, date);
    }

    Optional<T> asAt(LocalDate asAt) {
      for (int i = published.size() - 1; i >= 0; i--) {
        if (!published.get(i).isAfter(asAt)) {
          return Optional.of(byPublished.get(i));
        }
      }
      return Optional.empty();
    }
  }

  private final String council;
  private final ImmutableList<Observation> observations;
  private final ImmutableList<BenchmarkValue> benchmarks;
  private final ImmutableList<ActionEvidence> actions;
  private final ImmutableList<MeetingRecord> meetings;
  private final ImmutableList<BoardJudgement> judgements;
  private final Map<ObservationKey, Revisions<Observation>> byPeriod = new HashMap<>();
  private final Map<IndicatorId, Map<PeriodKind, RangeMap<LocalDate, Revisions<Observation>>>> byKind = new HashMap<>();
  private final Map<BenchmarkKey, Revisions<BenchmarkValue>> benchmarkIndex = new HashMap<>();

  private PerformanceData(Builder b) {
    this.council = b.council;
    this.observations = ImmutableList.copyOf(b.observations);
    this.benchmarks = ImmutableList.copyOf(b.benchmarks);
    this.actions = ImmutableList.copyOf(b.actions);
    this.meetings = ImmutableList.copyOf(b.meetings.stream()
        .sorted(Comparator.comparing(MeetingRecord::date)).toList());
    this.judgements = ImmutableList.copyOf(b.judgements);
    List<Problem> problems = new ArrayList<>();
    Map<ObservationKey, Map<LocalDate, Integer>> seen = new HashMap<>();
    for (int i = 0; i < observations.size(); i++) {
      Observation o = observations.get(i);
      ObservationKey key = new ObservationKey(o.indicator(), o.period());
      Integer first = seen.computeIfAbsent(key, k -> new HashMap<>()).putIfAbsent(o.published(), i);
      if (first != null) {
        problems.add(Problem.error("observations[" + i + "]", String.format(
            "Duplicate observation: %s for %s published %s is already given at observations[%d]",
            o.indicator(), o.period(), o.published(), first)));
        continue;
      }
      byPeriod.computeIfAbsent(key, k -> new Revisions<>(o.period())).add(o, o.published());
    }
    Map<BenchmarkKey, Map<LocalDate, Integer>> seenBenchmarks = new HashMap<>();
    for (int i = 0; i < benchmarks.size(); i++) {
      BenchmarkValue v = benchmarks.get(i);
      BenchmarkKey key = new BenchmarkKey(v.indicator(), v.kind(), v.period());
      Integer first = seenBenchmarks.computeIfAbsent(key, k -> new HashMap<>()).putIfAbsent(v.published(), i);
      if (first != null) {
        problems.add(Problem.error("benchmarks[" + i + "]", String.format(
            "Duplicate benchmark: %s %s for %s published %s is already given at benchmarks[%d]",
            v.kind(), v.indicator(), v.period(), v.published(), first)));
        continue;
      }
      benchmarkIndex.computeIfAbsent(key, k -> new Revisions<>(v.period())).add(v, v.published());
    }
    Map<String, Integer> seenMeetings = new HashMap<>();
    for (int i = 0; i < b.meetings.size(); i++) {
      MeetingRecord m = b.meetings.get(i);
      Integer first = seenMeetings.putIfAbsent(m.body().toLowerCase(java.util.Locale.ROOT) + "|" + m.date(), i);
      if (first != null) {
        problems.add(Problem.error("meetings[" + i + "]", String.format(
            "Duplicate meeting: %s on %s is already recorded at meetings[%d]", m.body(), m.date(), first)));
      }
    }
    ValidationException.throwIfErrors("Performance data for " + council, problems);
    Map<IndicatorId, Map<PeriodKind, ImmutableRangeMap.Builder<LocalDate, Revisions<Observation>>>> builders =
        new HashMap<>();
    for (Map.Entry<ObservationKey, Revisions<Observation>> e : byPeriod.entrySet()) {
      Period p = e.getKey().period();
      if (p.kind().isRegular()) {
        builders.computeIfAbsent(e.getKey().indicator(), k -> new EnumMap<>(PeriodKind.class))
            .computeIfAbsent(p.kind(), k -> ImmutableRangeMap.builder())
            .put(p.toRange(), e.getValue());
      }
    }
    builders.forEach((indicator, kinds) -> {
      Map<PeriodKind, RangeMap<LocalDate, Revisions<Observation>>> built = new EnumMap<>(PeriodKind.class);
      kinds.forEach((kind, builder) -> built.put(kind, builder.build()));
      byKind.put(indicator, built);
    });
  }

  /** A builder of performance data for the council. */
  public static Builder builder(String council) {
    return new Builder(council);
  }

  /** The council the data is for. */
  public String council() {
    return council;
  }

  /** Every observation, revisions included, in the order added. */
  public List<Observation> observations() {
    return observations;
  }

  /** Every benchmark value, in the order added. */
  public List<BenchmarkValue> benchmarks() {
    return benchmarks;
  }

  /** Every piece of action evidence, in the order added. */
  public List<ActionEvidence> actions() {
    return actions;
  }

  /** Every meeting, in date order. */
  public List<MeetingRecord> meetings() {
    return meetings;
  }

  /** Every board judgement, in the order added. */
  public List<BoardJudgement> judgements() {
    return judgements;
  }

  /** The observation of exactly the period, latest revision published on or before {@code asAt}. */
  public Optional<Observation> observation(IndicatorId indicator, Period period, LocalDate asAt) {
    Revisions<Observation> r = byPeriod.get(new ObservationKey(indicator, period));
    return r == null ? Optional.empty() : r.asAt(asAt);
  }

  /**
   * The observations of the indicator for periods of the kind lying wholly inside {@code span}, in period
   * order, each the latest revision published on or before {@code asAt}. Periods with nothing published by
   * then are absent.
   */
  public List<Observation> observations(IndicatorId indicator, PeriodKind kind, Range<LocalDate> span, LocalDate asAt) {
    requireNonNull(span, "span");
    RangeMap<LocalDate, Revisions<Observation>> index = byKind.getOrDefault(indicator, Map.of()).get(kind);
    if (index == null) {
      return List.of();
    }
    List<Observation> out = new ArrayList<>();
    for (Revisions<Observation> r : index.subRangeMap(span).asMapOfRanges().values()) {
      if (span.encloses(r.period.toRange())) {
        r.asAt(asAt).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * The observation of the kind whose period ends latest on or before {@code date}, as known at
   * {@code asAt}.
   */
  public Optional<Observation> latest(IndicatorId indicator, PeriodKind kind, LocalDate date, LocalDate asAt) {
    RangeMap<LocalDate, Revisions<Observation>> index = byKind.getOrDefault(indicator, Map.of()).get(kind);
    if (index == null) {
      return Optional.empty();
    }
    if (index.asMapOfRanges().isEmpty()) {
      return Optional.empty();
    }
    LocalDate earliest = index.span().lowerEndpoint();
    Period p = kind.containing(date);
    if (p.endInclusive().isAfter(date)) {
      p = p.previous();
    }
    for (; !p.endInclusive().isBefore(earliest); p = p.previous()) {
      Revisions<Observation> r = index.get(p.start());
      if (r != null && r.period.equals(p)) {
        Optional<Observation> o = r.asAt(asAt);
        if (o.isPresent()) {
          return o;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The indicator's value over the period as known at {@code asAt}: the observation of exactly the period if
   * there is one, otherwise combined from the observations of the coarsest shorter regular kind that tiles
   * the period and has every part (for {@link Aggregation#LATEST}, the last part). By ratio, the sum of
   * numerators over the sum of denominators: never the average of percentages; empty if any part lacks its
   * numerator and denominator.
   */
  public Optional<Aggregate> aggregate(Indicator indicator, Period period, LocalDate asAt) {
    requireNonNull(indicator, "indicator");
    Optional<Observation> direct = observation(indicator.id(), period, asAt);
    if (direct.isPresent()) {
      Observation o = direct.get();
      return Optional.of(new Aggregate(period, o.value(), o.ratio(), indicator.aggregation(), List.of(o)));
    }
    // only kinds the indicator has figures of can tile the period (the index holds every regular kind it has)
    Map<PeriodKind, RangeMap<LocalDate, Revisions<Observation>>> held = byKind.get(indicator.id());
    if (held == null) {
      return Optional.empty();
    }
    for (PeriodKind kind : KINDS_LONGEST_FIRST) {
      if (kind == period.kind() || !held.containsKey(kind) || !kind.tiles(period)) {
        continue;
      }
      List<Period> parts = kind.periodsIn(period);
      if (parts.size() < 2) {
        continue;
      }
      Optional<Aggregate> combined = combine(indicator, period, parts, asAt);
      if (combined.isPresent()) {
        return combined;
      }
    }
    return Optional.empty();
  }

  private Optional<Aggregate> combine(Indicator indicator, Period period, List<Period> parts, LocalDate asAt) {
    List<Observation> found = new ArrayList<>(parts.size());
    for (Period part : parts) {
      observation(indicator.id(), part, asAt).ifPresent(found::add);
    }
    Aggregation method = indicator.aggregation();
    if (method == Aggregation.LATEST) {
      Period last = parts.get(parts.size() - 1);
      return found.isEmpty() || !found.get(found.size() - 1).period().equals(last)
          ? Optional.empty()
          : Optional.of(new Aggregate(period, found.get(found.size() - 1).value(),
              found.get(found.size() - 1).ratio(), method, found));
    }
    if (found.size() != parts.size()) {
      return Optional.empty();
    }
    return switch (method) {
      case RATIO -> {
        Ratio sum = null;
        for (Observation o : found) {
          if (o.ratio().isEmpty()) {
            yield Optional.empty();
          }
          sum = sum == null ? o.ratio().get() : sum.plus(o.ratio().get());
        }
        if (sum.denominator().signum() <= 0) {
          yield Optional.empty();
        }
        yield Optional.of(new Aggregate(period, indicator.unit().ofRatio(sum.numerator(), sum.denominator()),
            Optional.of(sum), method, found));
      }
      case SUM -> Optional.of(new Aggregate(period,
          found.stream().map(Observation::value).reduce(BigDecimal.ZERO, BigDecimal::add), Optional.empty(),
          method, found));
      case MEAN -> Optional.of(new Aggregate(period,
          found.stream().map(Observation::value).reduce(BigDecimal.ZERO, BigDecimal::add)
              .divide(BigDecimal.valueOf(found.size()), MathContext.DECIMAL64), Optional.empty(), method, found));
      case LATEST -> throw new AssertionError("handled above");
    };
  }

  /** The benchmark's value for exactly the period, latest revision published on or before {@code asAt}. */
  public Optional<BenchmarkValue> benchmark(IndicatorId indicator, BenchmarkKind kind, Period period, LocalDate asAt) {
    Revisions<BenchmarkValue> r = benchmarkIndex.get(new BenchmarkKey(indicator, kind, period));
    return r == null ? Optional.empty() : r.asAt(asAt);
  }

  /**
   * The data as known at the date: for each figure the latest revision published on or before it, the
   * action evidence recorded by then, the meetings held by then and the judgements made by then.
   */
  public PerformanceData asAt(LocalDate asAt) {
    requireNonNull(asAt, "asAt");
    Builder b = builder(council);
    byPeriod.values().stream()
        .map(r -> r.asAt(asAt)).flatMap(Optional::stream)
        .sorted(Comparator.comparing((Observation o) -> o.indicator()).thenComparing(Observation::period))
        .forEach(b::addObservation);
    benchmarkIndex.values().stream()
        .map(r -> r.asAt(asAt)).flatMap(Optional::stream)
        .sorted(Comparator.comparing((BenchmarkValue v) -> v.indicator()).thenComparing(BenchmarkValue::kind)
            .thenComparing(BenchmarkValue::period))
        .forEach(b::addBenchmark);
    actions.stream().filter(a -> !a.recorded().isAfter(asAt)).forEach(b::addAction);
    meetings.stream().filter(m -> !m.date().isAfter(asAt)).forEach(b::addMeeting);
    judgements.stream().filter(j -> !j.date().isAfter(asAt)).forEach(b::addJudgement);
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

    private Builder(String council) {
      this.council = requireNonNull(council, "council");
    }

    public Builder addObservation(Observation value) {
      observations.add(requireNonNull(value, "observation"));
      return this;
    }

    public Builder addObservations(Iterable<Observation> values) {
      values.forEach(this::addObservation);
      return this;
    }

    public Builder addBenchmark(BenchmarkValue value) {
      benchmarks.add(requireNonNull(value, "benchmark"));
      return this;
    }

    public Builder addAction(ActionEvidence value) {
      actions.add(requireNonNull(value, "action"));
      return this;
    }

    public Builder addMeeting(MeetingRecord value) {
      meetings.add(requireNonNull(value, "meeting"));
      return this;
    }

    public Builder addJudgement(BoardJudgement value) {
      judgements.add(requireNonNull(value, "judgement"));
      return this;
    }

    /**
     * The data.
     *
     * @throws ValidationException naming every duplicate observation, benchmark value and meeting
     */
    public PerformanceData build() {
      return new PerformanceData(this);
    }
  }
}
