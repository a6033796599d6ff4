package org.improvementnotice.rules.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.NamedEvent;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.ActionEvidence;
import org.improvementnotice.model.data.Aggregate;
import org.improvementnotice.model.data.BenchmarkValue;
import org.improvementnotice.model.data.BoardJudgement;
import org.improvementnotice.model.data.MeetingRecord;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.indicator.Aggregation;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.indicator.Polarity;
import org.improvementnotice.model.requirement.AverageOverPeriod;
import org.improvementnotice.model.requirement.Baseline;
import org.improvementnotice.model.requirement.Comparison;
import org.improvementnotice.model.requirement.DatedAction;
import org.improvementnotice.model.requirement.Direction;
import org.improvementnotice.model.requirement.DirectionOnly;
import org.improvementnotice.model.requirement.Due;
import org.improvementnotice.model.requirement.EveryPeriod;
import org.improvementnotice.model.requirement.GapBetweenSeries;
import org.improvementnotice.model.requirement.GapSource;
import org.improvementnotice.model.requirement.GovernanceCadence;
import org.improvementnotice.model.requirement.Maintain;
import org.improvementnotice.model.requirement.QualitativeMeasure;
import org.improvementnotice.model.requirement.RelativeToBaseline;
import org.improvementnotice.model.requirement.RelativeToBenchmark;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.RequirementForm;
import org.improvementnotice.model.requirement.Stage;
import org.improvementnotice.model.requirement.SustainedTrend;
import org.improvementnotice.model.requirement.TargetNotSet;
import org.improvementnotice.model.requirement.Threshold;
import org.improvementnotice.model.requirement.ThresholdByDate;
import org.improvementnotice.model.requirement.ThresholdInPeriod;
import org.improvementnotice.model.requirement.Trajectory;
import org.improvementnotice.model.time.DeadlineContext;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.PeriodKind;
import org.improvementnotice.model.time.Window;
import org.improvementnotice.rules.DirectionOfTravel;
import org.improvementnotice.rules.FigureUsed;
import org.improvementnotice.rules.MissingData;
import org.improvementnotice.rules.Settings;
import org.improvementnotice.rules.facts.ActionCase;
import org.improvementnotice.rules.facts.CadenceCase;
import org.improvementnotice.rules.facts.DirectionCase;
import org.improvementnotice.rules.facts.FigureCase;
import org.improvementnotice.rules.facts.JudgementCase;
import org.improvementnotice.rules.facts.PeriodValue;
import org.improvementnotice.rules.facts.SeriesCase;
import org.improvementnotice.rules.facts.TargetNotSetCase;
import org.improvementnotice.rules.facts.TrendCase;

/**
 * Prepares one immutable fact per requirement for the rules: look-ups in the performance data as known at the
 * assessment date, resolved dates and arithmetic (aggregates, the trajectory's expected value, gaps between
 * meetings). It decides nothing: every status comes from a rule. One instance per evaluation; not
 * thread-safe, never mutates its inputs.
 */
public final class Preparer {
  private static final MathContext MC = MathContext.DECIMAL64;

  private final NoticePlan plan;
  private final Notice notice;
  private final PerformanceData data;
  private final LocalDate asAt;
  private final Settings settings;
  private final DeadlineContext context;
  private final boolean strict;
  /** The figures looked up so far, by the plan's indicator (compared by identity) and period. */
  private final Map<Indicator, Map<Period, Optional<Aggregate>>> aggregates = new IdentityHashMap<>();

  /** A preparer for the notice and data at the date. */
  public Preparer(Notice notice, PerformanceData data, LocalDate asAt, Settings settings) {
    this(notice, NoticePlan.unchecked(notice), data, asAt, settings);
  }

  /** A preparer for the notice, with its plan, and data at the date. */
  public Preparer(Notice notice, NoticePlan plan, PerformanceData data, LocalDate asAt, Settings settings) {
    this.plan = plan;
    this.notice = notice;
    this.data = data;
    this.asAt = asAt;
    this.settings = settings;
    this.strict = settings.missingData() == MissingData.STRICT;
    List<NamedEvent> held = new ArrayList<>();
    for (MeetingRecord m : data.meetings()) {
      if (!m.date().isAfter(asAt) && m.label().isPresent()) {
        held.add(new NamedEvent(m.label().get(), m.date()));
      }
    }
    this.context = notice.deadlineContext(held);
  }

  /**
   * The figure for the period as known at the assessment date, looked up once per evaluation: requirements on one
   * indicator share periods (a window's months, the year-earlier figure for the direction of travel).
   */
  private Optional<Aggregate> aggregate(Indicator ind, Period period) {
    Map<Period, Optional<Aggregate>> known = aggregates.computeIfAbsent(ind, k -> new HashMap<>());
    Optional<Aggregate> a = known.get(period);
    if (a == null) {
      a = data.aggregate(ind, period, asAt);
      known.put(period, a);
    }
    return a;
  }

  /** Every decidable requirement of the notice prepared, in the notice's order. */
  public List<Prepared> prepareAll() {
    List<Prepared> out = new ArrayList<>(plan.requirements().size());
    for (NoticePlan.Entry e : plan.requirements()) {
      out.add(prepare(e.requirement(), e.measure()));
    }
    return out;
  }

  Prepared prepare(Requirement r, Measure m) {
    if (r instanceof ThresholdInPeriod t) {
      return thresholdInPeriod(t, m);
    } else if (r instanceof ThresholdByDate t) {
      return thresholdByDate(t, m);
    } else if (r instanceof RelativeToBenchmark b) {
      return relativeToBenchmark(b, m);
    } else if (r instanceof AverageOverPeriod a) {
      return average(a, m);
    } else if (r instanceof GapBetweenSeries g) {
      return gap(g, m);
    } else if (r instanceof Maintain x) {
      return series(x, m, x.indicator(), x.window(), Optional.of(x.threshold().value()),
          x.threshold().comparison(), x.threshold().toString(), Optional.empty());
    } else if (r instanceof EveryPeriod x) {
      return series(x, m, x.indicator(), x.window(), Optional.of(x.threshold().value()),
          x.threshold().comparison(), x.threshold().toString(), Optional.empty());
    } else if (r instanceof RelativeToBaseline x) {
      Indicator ind = indicator(x.indicator());
      Optional<FigureUsed> base = baseline(ind, x.baseline());
      return series(x, m, x.indicator(), x.window(), base.map(FigureUsed::value), x.comparison(),
          x.comparison().words() + " the baseline" + base.map(b -> " of " + number(b.value(), ind)).orElse(""), base);
    } else if (r instanceof DirectionOnly d) {
      return direction(d, m);
    } else if (r instanceof SustainedTrend s) {
      return trend(s, m);
    } else if (r instanceof TargetNotSet t) {
      return targetNotSet(t, m);
    } else if (r instanceof DatedAction a) {
      return action(a, m);
    } else if (r instanceof GovernanceCadence g) {
      return cadence(g, m);
    } else if (r instanceof QualitativeMeasure q) {
      return qualitative(q, m);
    }
    throw new IllegalArgumentException("Requirement " + r.id() + " of form " + r.form() + " is not decidable");
  }

  // ---- forms 1, 2, 6, 9, 10 -------------------------------------------------------------------------------

  private Prepared thresholdInPeriod(ThresholdInPeriod t, Measure m) {
    Indicator ind = indicator(t.indicator());
    return figure(t, m, ind, t.threshold(), t.period().endInclusive(), Optional.of(t.period()), t.trajectory(),
        t.shownBenchmark());
  }

  private Prepared thresholdByDate(ThresholdByDate t, Measure m) {
    Indicator ind = indicator(t.indicator());
    Optional<LocalDate> due = t.deadline().resolve(context);
    return figure(t, m, ind, t.threshold(), due.orElse(null), due.map(d -> judgedPeriod(ind.reportingPeriod(), d)),
        t.trajectory(), t.shownBenchmark());
  }

  private Prepared figure(Requirement r, Measure m, Indicator ind, Threshold threshold, LocalDate due,
      Optional<Period> period, Trajectory trajectory,
      Optional<org.improvementnotice.model.requirement.BenchmarkKind> shown) {
    Words w = new Words(ind, due);
    List<FigureUsed> values = new ArrayList<>();
    Optional<Aggregate> figure = period.flatMap(p -> aggregate(ind, p));
    figure.ifPresent(a -> values.add(FigureUsed.of("figure", a.value(), a.period())));
    period.ifPresent(p -> w.put("period", p));
    figure.ifPresent(a -> w.put("figure", number(a.value(), ind)));
    Optional<Observation> latest = data.latest(ind.id(), ind.reportingPeriod(), asAt, asAt);
    BigDecimal expected = threshold.value();
    if (latest.isPresent() && due != null) {
      expected = expectedAt(ind, trajectory, threshold.value(), due, latest.get().period().endInclusive(), values);
      values.add(FigureUsed.of("latest", latest.get().value(), latest.get().period()));
      values.add(FigureUsed.of("expected", expected, latest.get().period()));
      w.put("latest", number(latest.get().value(), ind) + " for " + latest.get().period());
      w.put("expected", number(expected, ind));
    }
    if (shown.isPresent() && period.isPresent()) {
      data.benchmark(ind.id(), shown.get(), period.get(), asAt).ifPresent(b ->
          values.add(FigureUsed.of(benchmarkName(shown.get()) + " benchmark", b.value(), b.period())));
    }
    BigDecimal tolerance = settings.toleranceFor(ind.id()).multiply(threshold.value().abs(), MC);
    w.put("threshold", threshold);
    w.put("tolerance", number(tolerance, ind));
    FigureCase fact = new FigureCase(r.id().value(), r.form(), asAt, due, figure.map(Aggregate::value).orElse(null),
        threshold.value(), threshold.comparison() == Comparison.AT_LEAST, tolerance, strict, true,
        latest.map(Observation::value).orElse(null), expected);
    DirectionOfTravel dot = figure.isPresent()
        ? travel(ind, figure.get().period(), figure.get().value())
        : latest.map(o -> travel(ind, o.period(), o.value())).orElse(DirectionOfTravel.NOT_KNOWN);
    return new Prepared(r, m, fact, values, Optional.of(threshold.toString()), dot, w.map);
  }

  private Prepared relativeToBenchmark(RelativeToBenchmark b, Measure m) {
    Indicator ind = indicator(b.indicator());
    Optional<LocalDate> due = dueDate(b.due());
    Optional<Period> period = judged(b.due(), ind.reportingPeriod());
    Words w = new Words(ind, due.orElse(null));
    List<FigureUsed> values = new ArrayList<>();
    Optional<Aggregate> figure = period.flatMap(p -> aggregate(ind, p));
    figure.ifPresent(a -> values.add(FigureUsed.of("figure", a.value(), a.period())));
    Optional<BenchmarkValue> bench = period.flatMap(p -> data.benchmark(ind.id(), b.benchmark(), p, asAt));
    String name = benchmarkName(b.benchmark());
    bench.ifPresent(v -> values.add(FigureUsed.of(name + " benchmark", v.value(), v.period())));
    b.baseline().flatMap(x -> baseline(ind, x)).ifPresent(values::add);
    period.ifPresent(p -> w.put("period", p));
    figure.ifPresent(a -> w.put("figure", number(a.value(), ind)));
    bench.ifPresent(v -> w.put("benchmark", number(v.value(), ind)));
    String threshold = b.comparison().words() + " the " + name + " average";
    w.put("threshold", threshold);
    BigDecimal tolerance = bench.map(v -> settings.toleranceFor(ind.id()).multiply(v.value().abs(), MC)).orElse(null);
    if (tolerance != null) {
      w.put("tolerance", number(tolerance, ind));
    }
    FigureCase fact = new FigureCase(b.id().value(), b.form(), asAt, due.orElse(null),
        figure.map(Aggregate::value).orElse(null), bench.map(BenchmarkValue::value).orElse(null),
        b.comparison() == Comparison.AT_LEAST, tolerance, strict, false, null, null);
    return new Prepared(b, m, fact, values, Optional.of(threshold), travelOf(ind, figure), w.map);
  }

  private Prepared average(AverageOverPeriod a, Measure m) {
    Indicator ind = indicator(a.indicator());
    Optional<Aggregate> figure = averageOver(ind, a.period());
    // the direction of travel compares with the average a year earlier (else over the period before), taken
    // the same way, not with the indicator's own aggregate of that period (the last month, for a count)
    DirectionOfTravel dot = figure.map(f -> compare(ind, f.value(),
        averageOver(ind, a.period().yearEarlier()).or(() -> averageOver(ind, a.period().previous()))))
        .orElse(DirectionOfTravel.NOT_KNOWN);
    return simpleFigure(a, m, ind, a.threshold(), a.period().endInclusive(), Optional.of(a.period()),
        figure.map(Aggregate::value), figure.map(Aggregate::period), List.of(), dot);
  }

  /** The average over the period: by ratio or mean where the indicator aggregates so, else the mean of its parts. */
  private Optional<Aggregate> averageOver(Indicator ind, Period period) {
    Optional<Aggregate> figure = Optional.empty();
    if (ind.aggregation() == Aggregation.RATIO || ind.aggregation() == Aggregation.MEAN) {
      figure = aggregate(ind, period);
    }
    return figure.isPresent() ? figure : data.aggregate(ind.withAggregation(Aggregation.MEAN), period, asAt);
  }

  private Prepared gap(GapBetweenSeries g, Measure m) {
    GapSource source = g.source();
    List<FigureUsed> extra = new ArrayList<>();
    if (source instanceof GapSource.Supplied s) {
      Indicator ind = indicator(s.gap());
      Optional<Period> period = judged(g.due(), ind.reportingPeriod());
      Optional<Aggregate> figure = period.flatMap(p -> aggregate(ind, p));
      return simpleFigure(g, m, ind, g.threshold(), dueDate(g.due()).orElse(null), period,
          figure.map(Aggregate::value), figure.map(Aggregate::period), extra, travelOf(ind, figure));
    }
    GapSource.Derived d = (GapSource.Derived) source;
    Indicator subject = indicator(d.subject());
    Indicator reference = indicator(d.reference());
    Optional<Period> period = judged(g.due(), subject.reportingPeriod());
    Optional<Aggregate> s = period.flatMap(p -> aggregate(subject, p));
    Optional<Aggregate> r = period.flatMap(p -> aggregate(reference, p));
    s.ifPresent(a -> extra.add(FigureUsed.of(subject.id().value(), a.value(), a.period())));
    r.ifPresent(a -> extra.add(FigureUsed.of(reference.id().value(), a.value(), a.period())));
    Optional<BigDecimal> gap = s.isPresent() && r.isPresent()
        ? Optional.of(lag(subject.polarity(), s.get().value(), r.get().value()))
        : Optional.empty();
    return simpleFigure(g, m, subject, g.threshold(), dueDate(g.due()).orElse(null), period, gap,
        s.map(Aggregate::period), extra, DirectionOfTravel.NOT_KNOWN);
  }

  /** How far the subject lags behind the reference, polarity-aware, in percentage points. */
  private static BigDecimal lag(Polarity polarity, BigDecimal subject, BigDecimal reference) {
    return polarity == Polarity.HIGHER_IS_BETTER ? reference.subtract(subject) : subject.subtract(reference);
  }

  private Prepared simpleFigure(Requirement r, Measure m, Indicator ind, Threshold threshold, LocalDate due,
      Optional<Period> period, Optional<BigDecimal> figure, Optional<Period> figurePeriod, List<FigureUsed> extra,
      DirectionOfTravel dot) {
    Words w = new Words(ind, due);
    List<FigureUsed> values = new ArrayList<>();
    if (figure.isPresent()) {
      values.add(new FigureUsed("figure", figure.get(), figurePeriod.or(() -> period)));
      w.put("figure", threshold.unit() == ind.unit() ? number(figure.get(), ind)
          : figure.get().toPlainString() + threshold.unit().suffix());
    }
    values.addAll(extra);
    period.ifPresent(p -> w.put("period", p));
    BigDecimal tolerance = settings.toleranceFor(ind.id()).multiply(threshold.value().abs(), MC);
    w.put("threshold", threshold);
    w.put("tolerance", tolerance.toPlainString() + threshold.unit().suffix());
    FigureCase fact = new FigureCase(r.id().value(), r.form(), asAt, due, figure.orElse(null), threshold.value(),
        threshold.comparison() == Comparison.AT_LEAST, tolerance, strict, false, null, null);
    return new Prepared(r, m, fact, values, Optional.of(threshold.toString()), dot, w.map);
  }

  // ---- trajectory -------------------------------------------------------------------------------------------

  /**
   * The trajectory's expected value at {@code at}: a straight line from the baseline through each earlier
   * stage to the target; before the baseline its value, after the target the target. With no baseline known,
   * the target itself.
   */
  private BigDecimal expectedAt(Indicator ind, Trajectory trajectory, BigDecimal target, LocalDate due,
      LocalDate at, List<FigureUsed> values) {
    List<LocalDate> dates = new ArrayList<>();
    List<BigDecimal> points = new ArrayList<>();
    Optional<FigureUsed> base = baseline(ind, trajectory.effectiveBaseline());
    if (base.isEmpty()) {
      return target;
    }
    values.add(base.get());
    dates.add(base.get().period().map(Period::endInclusive).orElse(notice.issued().date()));
    points.add(base.get().value());
    for (Stage stage : trajectory.earlierStages()) {
      Optional<LocalDate> d = dueDate(stage.due());
      if (d.isPresent() && d.get().isAfter(dates.get(dates.size() - 1))) {
        dates.add(d.get());
        points.add(stage.threshold().value());
      }
    }
    if (due.isAfter(dates.get(dates.size() - 1))) {
      dates.add(due);
      points.add(target);
    }
    if (!at.isAfter(dates.get(0))) {
      return points.get(0);
    }
    for (int i = 1; i < dates.size(); i++) {
      if (!at.isAfter(dates.get(i))) {
        BigDecimal span = BigDecimal.valueOf(ChronoUnit.DAYS.between(dates.get(i - 1), dates.get(i)));
        BigDecimal done = BigDecimal.valueOf(ChronoUnit.DAYS.between(dates.get(i - 1), at));
        BigDecimal rise = points.get(i).subtract(points.get(i - 1));
        return points.get(i - 1).add(rise.multiply(done).divide(span, MC)).round(new MathContext(6));
      }
    }
    return points.get(points.size() - 1);
  }

  /** The baseline figure: the stated one, or the latest period ending on or before the issue date. */
  private Optional<FigureUsed> baseline(Indicator ind, Baseline baseline) {
    if (baseline instanceof Baseline.Stated s) {
      return Optional.of(FigureUsed.of("baseline", s.value(), s.period()));
    }
    return data.latest(ind.id(), ind.reportingPeriod(), notice.issued().date(), asAt)
        .map(o -> FigureUsed.of("baseline", o.value(), o.period()));
  }

  // ---- forms 4, 5, 7, 8, 15 ---------------------------------------------------------------------------------

  private Prepared series(Requirement r, Measure m, IndicatorId id, Window window, Optional<BigDecimal> level,
      Comparison comparison, String thresholdWords, Optional<FigureUsed> base) {
    Indicator ind = indicator(id);
    LocalDate start = window.start(context);
    List<Figure> periods = periodsOf(ind, window);
    Words w = new Words(ind, window.end(context).orElse(null));
    w.put("threshold", thresholdWords);
    w.put("window", start + " to " + window.end(context).map(LocalDate::toString).orElse("the end of the notice"));
    w.put("start", start);
    List<FigureUsed> values = new ArrayList<>();
    base.ifPresent(values::add);
    addFigures(periods, values, w, ind);
    SeriesCase fact = new SeriesCase(r.id().value(), r.form(), asAt, start, level.orElse(null),
        comparison == Comparison.AT_LEAST, strict, facts(periods));
    return new Prepared(r, m, fact, values, Optional.of(thresholdWords), lastTravel(ind, periods), w.map);
  }

  private Prepared direction(DirectionOnly d, Measure m) {
    Indicator ind = indicator(d.indicator());
    List<Figure> periods = periodsOf(ind, d.window());
    Optional<FigureUsed> base = baseline(ind, d.baseline());
    boolean higher = ind.polarity() == Polarity.HIGHER_IS_BETTER;
    Words w = new Words(ind, null);
    List<FigureUsed> values = new ArrayList<>();
    base.ifPresent(values::add);
    base.ifPresent(b -> w.put("baseline", number(b.value(), ind) + b.period().map(p -> " for " + p).orElse("")));
    addFigures(periods, values, w, ind);
    List<DirectionCase.Step> steps = new ArrayList<>();
    BigDecimal latest = null;
    BigDecimal previous = d.direction() == Direction.MINIMISE ? base.map(FigureUsed::value).orElse(null) : null;
    BigDecimal fraction = settings.toleranceFor(ind.id());
    int index = 0;
    for (Figure p : periods) {
      if (p.value() == null) {
        continue;
      }
      index++;
      latest = p.value();
      if (previous != null) {
        BigDecimal worsening = higher ? previous.subtract(p.value()) : p.value().subtract(previous);
        steps.add(new DirectionCase.Step(p.fact().period(), index, worsening, fraction.multiply(previous.abs(), MC)));
      }
      previous = p.value();
    }
    DirectionOfTravel dot = lastTravel(ind, periods);
    if (d.direction() == Direction.IMPROVE) {
      // the latest figure for a period ending inside the window (on or after its start, by its end) and after
      // the baseline's (periods of a yearly indicator begin before a notice issued mid-year, so they need not
      // lie wholly inside the window)
      LocalDate until = d.window().end(context).filter(e -> e.isBefore(asAt)).orElse(asAt);
      LocalDate after = base.flatMap(FigureUsed::period).map(Period::endInclusive).orElse(notice.issued().date());
      LocalDate windowStart = d.window().start(context);
      Optional<Observation> last = data.latest(ind.id(), ind.reportingPeriod(), until, asAt)
          .filter(o -> o.period().endInclusive().isAfter(after) && !o.period().endInclusive().isBefore(windowStart));
      latest = last.map(Observation::value).orElse(null);
      last.ifPresent(o -> {
        if (values.stream().noneMatch(v -> v.period().equals(Optional.of(o.period())))) {
          values.add(FigureUsed.of("figure", o.value(), o.period()));
        }
      });
      // the direction of travel of the figure the decision rests on
      dot = last.map(o -> travel(ind, o.period(), o.value())).orElse(DirectionOfTravel.NOT_KNOWN);
    }
    DirectionCase fact = new DirectionCase(d.id().value(), d.direction(), higher, base.map(FigureUsed::value)
        .orElse(null), latest, steps);
    return new Prepared(d, m, fact, values, Optional.of(d.direction() == Direction.IMPROVE
        ? "better than the baseline" : "no period worse than the one before by more than the tolerance"),
        dot, w.map);
  }

  private Prepared trend(SustainedTrend s, Measure m) {
    Indicator ind = indicator(s.indicator());
    List<Figure> periods = periodsOf(ind, s.window());
    int n = s.periods().orElse(settings.trendLength());
    Words w = new Words(ind, null);
    w.put("length", n);
    List<FigureUsed> values = new ArrayList<>();
    addFigures(periods, values, w, ind);
    int figures = 0;
    int run = 0;
    int longest = 0;
    String runEnd = null;
    BigDecimal previous = null;
    for (Figure p : periods) {
      if (p.value() == null) {
        continue;
      }
      figures++;
      run = previous != null && ind.polarity().isWorse(p.value(), previous) ? run + 1 : 0;
      if (run > longest && (longest < n || runEnd == null)) {
        longest = run;
        runEnd = p.fact().period();
      }
      previous = p.value();
    }
    TrendCase fact = new TrendCase(s.id().value(), n, figures, longest, runEnd);
    return new Prepared(s, m, fact, values, Optional.empty(), lastTravel(ind, periods), w.map);
  }

  private Prepared targetNotSet(TargetNotSet t, Measure m) {
    Indicator ind = indicator(t.indicator());
    Words w = new Words(ind, null);
    w.put("note", t.note());
    List<FigureUsed> values = new ArrayList<>();
    Optional<Observation> latest = data.latest(ind.id(), ind.reportingPeriod(), asAt, asAt);
    latest.ifPresent(o -> values.add(FigureUsed.of("latest", o.value(), o.period())));
    return new Prepared(t, m, new TargetNotSetCase(t.id().value()), values, Optional.empty(),
        latest.map(o -> travel(ind, o.period(), o.value())).orElse(DirectionOfTravel.NOT_KNOWN), w.map);
  }

  /**
   * The periods of the indicator's reporting kind lying wholly inside the window and ended by the assessment
   * date, each with its figure as known then (aggregated from shorter periods where needed), or null.
   */
  private List<Figure> periodsOf(Indicator ind, Window window) {
    LocalDate start = window.start(context);
    LocalDate end = window.end(context).filter(e -> e.isBefore(asAt)).orElse(asAt);
    List<Figure> out = new ArrayList<>();
    Period p = ind.reportingPeriod().containing(start);
    if (p.start().isBefore(start)) {
      p = p.next();
    }
    for (LocalDate last = p.endInclusive(); !last.isAfter(end); p = p.next(), last = p.endInclusive()) {
      BigDecimal value = aggregate(ind, p).map(Aggregate::value).orElse(null);
      if (value == null && last.equals(asAt)) {
        break;   // a period ending on the assessment date is due the next day: it counts only once published
      }
      out.add(new Figure(p, new PeriodValue(p.toString(), last, value)));
    }
    return out;
  }

  /** A period of a window with the fact the rules see for it. */
  private record Figure(Period period, PeriodValue fact) {
    BigDecimal value() {
      return fact.value();
    }
  }

  private static List<PeriodValue> facts(List<Figure> figures) {
    List<PeriodValue> out = new ArrayList<>(figures.size());
    for (Figure f : figures) {
      out.add(f.fact());
    }
    return out;
  }

  private static void addFigures(List<Figure> periods, List<FigureUsed> values, Words w, Indicator ind) {
    List<String> missing = new ArrayList<>();
    for (Figure p : periods) {
      if (p.value() == null) {
        missing.add(p.fact().period());
      } else {
        values.add(FigureUsed.of("figure", p.value(), p.period()));
      }
    }
    w.put("periods", periods.size());
    w.put("missing", String.join(", ", missing));
  }

  // ---- forms 11-14 ------------------------------------------------------------------------------------------

  private Prepared action(DatedAction a, Measure m) {
    Optional<LocalDate> deadline = a.deadline().resolve(context);
    Optional<ActionEvidence> done = data.actions().stream()
        .filter(e -> e.action().equals(a.id()) && !e.recorded().isAfter(asAt) && !e.completed().isAfter(asAt))
        .min(Comparator.comparing(ActionEvidence::completed));
    Map<String, Object> w = new HashMap<>();
    w.put("subject", a.action());
    w.put("deadline", deadline.map(LocalDate::toString).orElse(a.deadline().toString()));
    done.ifPresent(e -> {
      w.put("completed", e.completed());
      w.put("reference", e.reference());
    });
    ActionCase fact = new ActionCase(a.id().value(), asAt, deadline.orElse(null),
        done.map(ActionEvidence::completed).orElse(null),
        deadline.map(d -> ChronoUnit.DAYS.between(asAt, d)).orElse(null), settings.dueSoonDays());
    return new Prepared(a, m, fact, List.of(), Optional.of("by " + w.get("deadline")), DirectionOfTravel.NOT_KNOWN, w);
  }

  private Prepared cadence(GovernanceCadence g, Measure m) {
    LocalDate start = g.window().start(context);
    LocalDate end = g.window().end(context).filter(e -> e.isBefore(asAt)).orElse(asAt);
    List<MeetingRecord> held = data.meetings().stream()
        .filter(r -> r.body().equalsIgnoreCase(g.body()) && !r.date().isBefore(start) && !r.date().isAfter(end))
        .toList();
    List<CadenceCase.Gap> gaps = new ArrayList<>();
    List<CadenceCase.Meeting> meetings = new ArrayList<>();
    long longest = 0;
    if (!asAt.isBefore(start)) {
      LocalDate from = start;
      for (MeetingRecord r : held) {
        gaps.add(gap(g, from, r.date()));
        longest = Math.max(longest, ChronoUnit.DAYS.between(from, r.date()));
        from = r.date();
        boolean chairOk = g.chair().isEmpty() || r.chair().map(c -> sameChair(c, g.chair().get())).orElse(!strict);
        meetings.add(new CadenceCase.Meeting(r.date(), chairOk, !g.departmentAttends() || r.departmentAttended()));
      }
      gaps.add(gap(g, from, end));
      longest = Math.max(longest, ChronoUnit.DAYS.between(from, end));
    }
    Map<String, Object> w = new HashMap<>();
    w.put("subject", "The " + g.body());
    w.put("cadence", g.cadence());
    w.put("meetings", held.size());
    w.put("longest", longest);
    w.put("start", start);
    g.chair().ifPresent(c -> w.put("chair", c));
    CadenceCase fact = new CadenceCase(g.id().value(), asAt, start, gaps, meetings);
    return new Prepared(g, m, fact, List.of(), Optional.of("meets " + g.cadence()
        + " (tolerance " + settings.meetingGapToleranceDays() + " days)"), DirectionOfTravel.NOT_KNOWN, w);
  }

  private CadenceCase.Gap gap(GovernanceCadence g, LocalDate from, LocalDate to) {
    LocalDate latestOnTime = g.cadence().nextDueAfter(from).plusDays(settings.meetingGapToleranceDays());
    return new CadenceCase.Gap(from, to, ChronoUnit.DAYS.between(latestOnTime, to));
  }

  private static boolean sameChair(String recorded, String required) {
    String a = recorded.strip().toLowerCase(Locale.ROOT);
    String b = required.strip().toLowerCase(Locale.ROOT);
    return a.contains(b) || b.contains(a);
  }

  private Prepared qualitative(QualitativeMeasure q, Measure m) {
    Optional<BoardJudgement> latest = data.judgements().stream()
        .filter(j -> j.requirement().equals(q.id()) && !j.date().isAfter(asAt))
        .max(Comparator.comparing(BoardJudgement::date));
    Map<String, Object> w = new HashMap<>();
    w.put("subject", q.summary());
    w.put("asAt", asAt);
    latest.ifPresent(j -> {
      w.put("note", j.note());
      w.put("rag", j.rag().name().toLowerCase(Locale.ROOT));
    });
    JudgementCase fact = new JudgementCase(q.id().value(), latest.map(BoardJudgement::rag).orElse(null),
        latest.map(BoardJudgement::date).orElse(null));
    return new Prepared(q, m, fact, List.of(), Optional.empty(), DirectionOfTravel.NOT_KNOWN, w);
  }

  // ---- helpers ----------------------------------------------------------------------------------------------

  private Indicator indicator(IndicatorId id) {
    Indicator ind = plan.indicators().get(id);
    if (ind == null) {
      throw new IllegalArgumentException(String.format(
          "Notice %s has a requirement on indicator %s, which it does not declare", notice.id(), id));
    }
    return ind;
  }

  private Optional<LocalDate> dueDate(Due due) {
    if (due instanceof Due.InPeriod in) {
      return Optional.of(in.period().endInclusive());
    }
    return ((Due.ByDeadline) due).deadline().resolve(context);
  }

  /** The period a due is judged on: the period itself, or the latest reporting period ending by the deadline. */
  private Optional<Period> judged(Due due, PeriodKind kind) {
    if (due instanceof Due.InPeriod in) {
      return Optional.of(in.period());
    }
    return dueDate(due).map(d -> judgedPeriod(kind, d));
  }

  /** The latest period of the kind ending on or before the date (so ending within one period of it). */
  static Period judgedPeriod(PeriodKind kind, LocalDate date) {
    Period p = kind.containing(date);
    return p.endInclusive().equals(date) ? p : p.previous();
  }

  private DirectionOfTravel travelOf(Indicator ind, Optional<Aggregate> figure) {
    return figure.map(a -> travel(ind, a.period(), a.value())).orElse(DirectionOfTravel.NOT_KNOWN);
  }

  private DirectionOfTravel lastTravel(Indicator ind, List<Figure> periods) {
    for (int i = periods.size() - 1; i >= 0; i--) {
      if (periods.get(i).value() != null) {
        return travel(ind, periods.get(i).period(), periods.get(i).value());
      }
    }
    return DirectionOfTravel.NOT_KNOWN;
  }

  /** Against the same period a year earlier where there is a figure, else the previous period. */
  private DirectionOfTravel travel(Indicator ind, Period period, BigDecimal value) {
    return compare(ind, value, aggregate(ind, period.yearEarlier()).or(() -> aggregate(ind, period.previous())));
  }

  private static DirectionOfTravel compare(Indicator ind, BigDecimal value, Optional<Aggregate> before) {
    if (before.isEmpty()) {
      return DirectionOfTravel.NOT_KNOWN;
    }
    int c = ind.polarity().compareBetter(value, before.get().value());
    return c > 0 ? DirectionOfTravel.IMPROVING : c < 0 ? DirectionOfTravel.WORSENING : DirectionOfTravel.UNCHANGED;
  }

  private static String benchmarkName(org.improvementnotice.model.requirement.BenchmarkKind kind) {
    switch (kind) {
      case ENGLAND:
        return "England";
      case STATISTICAL_NEIGHBOURS:
        return "statistical neighbour";
      default:
        return "regional";
    }
  }

  static Amount number(BigDecimal value, Indicator ind) {
    return new Amount(value, ind.unit().suffix());
  }

  /** A figure in the indicator's unit, written out ("65%", "12") only when an explanation uses it. */
  record Amount(BigDecimal value, String suffix) {
    @Override
    public String toString() {
      return value.stripTrailingZeros().toPlainString() + suffix;
    }
  }

  /** The words an explanation needs, starting with the indicator and the due date. */
  private final class Words {
    final Map<String, Object> map = new HashMap<>();

    Words(Indicator ind, LocalDate due) {
      map.put("subject", ind.id().value());
      map.put("asAt", asAt);
      if (due != null) {
        map.put("due", due);
      }
    }

    void put(String key, Object value) {
      map.put(key, value);
    }
  }
}
