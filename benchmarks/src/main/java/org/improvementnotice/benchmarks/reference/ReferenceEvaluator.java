package org.improvementnotice.benchmarks.reference;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.improvementnotice.model.NamedEvent;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.Rag;
import org.improvementnotice.model.data.ActionEvidence;
import org.improvementnotice.model.data.Aggregate;
import org.improvementnotice.model.data.BenchmarkValue;
import org.improvementnotice.model.data.BoardJudgement;
import org.improvementnotice.model.data.MeetingRecord;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.indicator.Aggregation;
import org.improvementnotice.model.indicator.Indicator;
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
import org.improvementnotice.rules.MissingData;
import org.improvementnotice.rules.Settings;
import org.improvementnotice.rules.Status;

/**
 * A plain-Java reference evaluator of every requirement form, written from the domain notes and the rules'
 * documentation for clarity rather than speed, to check the Drools engine against (a differential oracle) and to
 * compare its speed with.
 *
 * <p>It gives the status and colour of each decidable requirement at a date, under any {@link Settings}:
 * <ul>
 *   <li>forms 1 and 2, a threshold in a period or by a date, and form 3, staged targets (each stage a requirement
 *       of form 1 or 2): once due (the day after the period ends or the deadline passes) the figure against the
 *       threshold, amber when short by no more than the tolerance; before, the latest figure against the
 *       trajectory from the baseline through the earlier stages (ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA);</li>
 *   <li>forms 4, 5 and 7, maintain, every period, relative to a baseline: every reporting period lying wholly in
 *       the window and ended by the date must meet the level (for form 7, the baseline); NOT_YET_DUE before the
 *       window starts;</li>
 *   <li>form 6, relative to a benchmark: the figure against the benchmark for the same period; NOT_YET_DUE before
 *       it is due; a missing benchmark is NO_DATA;</li>
 *   <li>form 8, direction only: to improve, the figure of the latest period ending in the window (a yearly period
 *       may begin before it) and after the baseline's period, strictly better than the baseline (NO_DATA without
 *       both); to minimise, no figure of the window worse than the one before it (the baseline before the first,
 *       where known) by more than the tolerance of that one (NO_DATA with no pair of figures to compare);</li>
 *   <li>form 9, average over a period, and form 10, gap between two series (supplied as its own indicator, or the
 *       reference minus the subject when higher is better, the subject minus the reference when lower is
 *       better): a figure against a threshold once due, NOT_YET_DUE before;</li>
 *   <li>form 11, target not set: always TARGET_NOT_SET;</li>
 *   <li>form 12, dated action: DONE, DONE_LATE, OVERDUE, DUE_SOON (within the due-soon days), NOT_YET_DUE or
 *       UNRESOLVED_DEADLINE, from the evidence recorded by the date;</li>
 *   <li>form 13, governance cadence: LAPSED when a gap (the lead-in from the window's start, between meetings,
 *       or open to the date) runs past the cadence and the meeting-gap tolerance, or a meeting of the window was
 *       chaired by someone else (under strict missing data, also with no chair recorded) or held without the
 *       department when it must attend; else HELD; NOT_YET_DUE before the window starts;</li>
 *   <li>form 14, qualitative measure: the board's latest judgement and its colour, or NOT_JUDGED;</li>
 *   <li>form 15, trend: TREND_DOWN when N + 1 figures in a row of the window each are worse than the one before
 *       (N from the requirement, else the settings), NO_TREND otherwise, NO_DATA with fewer than N + 1 figures.</li>
 * </ul>
 * Beside the status and colour, each {@link Verdict} gives:
 * <ul>
 *   <li>the <b>direction of travel</b> of the figure used, for every form, as the notice-rules README defines it
 *       ("Direction of travel"): the figure against the figure for the same period a year earlier where one is
 *       known at the date, else the previous period, polarity-aware; the figure used is the judged figure for
 *       forms 1, 2 (else the latest observation), 6 and a supplied gap (10); the average for form 9 (against
 *       averages taken the same way); the last period with a figure of the window for forms 4, 5, 7, 8 and 15;
 *       the latest observation for form 11; none for a derived gap, 12, 13 and 14 (NOT_KNOWN);</li>
 *   <li>the <b>judged figure</b>, its value and period, for the forms whose decision rests on a single figure
 *       ({@link #JUDGED_FIGURE_FORMS}: 1, 2 and 3's stages, 6, 9, 10), whenever it is known at the date, due or
 *       not: the figure for the judged period, the average over form 9's period, the gap (supplied, or derived
 *       from two series) for form 10's judged period. The other forms give none: they rest on no figure (11 to
 *       14), or on several (4, 5, 7, 8, 15).</li>
 * </ul>
 * Not computed: the other values a finding reports (latest, expected, baseline, benchmarks, a window's figures,
 * a derived gap's two series), the rule's name, the threshold's words and the explanation.
 *
 * <p>Settings honoured: the tolerance and per-indicator tolerances (amber band, at-risk band, minimising rise),
 * the trend length, missing data (under STRICT a due figure that is missing is MISSED, and a period of a window
 * that has ended with no figure fails the window), the due-soon days and the meeting-gap tolerance. It shares
 * only the model's look-ups with the library (the figure for a period as known at a date, aggregated by numerator
 * and denominator; the latest observation; benchmarks; deadline resolution; windows), not the preparer or the
 * rules.
 */
public final class ReferenceEvaluator {

  /** The forms this evaluator decides: all fifteen. */
  public static final List<RequirementForm> FORMS = List.of(RequirementForm.values());

  /**
   * The forms whose decision rests on a single figure, for which a verdict gives the judged figure: 1 and 2
   * (with 3's stages, which are requirements of form 1 or 2), 6, 9 and 10.
   */
  public static final Set<RequirementForm> JUDGED_FIGURE_FORMS = Set.copyOf(EnumSet.of(
      RequirementForm.THRESHOLD_IN_PERIOD, RequirementForm.THRESHOLD_BY_DATE, RequirementForm.STAGED_TARGETS,
      RequirementForm.RELATIVE_TO_BENCHMARK, RequirementForm.AVERAGE_OVER_PERIOD,
      RequirementForm.GAP_BETWEEN_SERIES));

  /**
   * What the reference finds for one requirement. Immutable and thread-safe.
   *
   * @param status its status
   * @param rag its colour
   * @param direction the direction of travel of the figure used (notice-rules README, "Direction of travel")
   * @param figure for the {@link #JUDGED_FIGURE_FORMS}, the judged figure when there is one; always empty for
   *     the other forms (which have none, or several)
   */
  public record Verdict(Status status, Rag rag, DirectionOfTravel direction, Optional<JudgedFigure> figure) {
    public Verdict {
      requireNonNull(status, "status");
      requireNonNull(rag, "rag");
      requireNonNull(direction, "direction");
      requireNonNull(figure, "figure");
    }

    /** The status and colour, as a decision. */
    public Decision decision() {
      return new Decision(status, rag);
    }
  }

  /** A requirement's status and colour. */
  public record Decision(Status status, Rag rag) {
    static Decision of(Status status) {
      return new Decision(status, status.defaultRag());
    }
  }

  /**
   * The single figure a decision rests on, in the indicator's unit (for a derived gap, in percentage points),
   * and the period it is for. Compare values with {@code compareTo}: a figure aggregated by numerator and
   * denominator need not have the scale of a figure read as published.
   */
  public record JudgedFigure(BigDecimal value, Period period) {
    public JudgedFigure {
      requireNonNull(value, "value");
      requireNonNull(period, "period");
    }
  }

  /** The verdict for each decidable requirement, by requirement id, in the notice's order, with default settings. */
  public Map<String, Verdict> evaluate(Notice notice, PerformanceData data, LocalDate asAt) {
    return evaluate(notice, data, asAt, Settings.defaults());
  }

  /** The verdict for each decidable requirement, by requirement id, in the notice's order, under the settings. */
  public Map<String, Verdict> evaluate(Notice notice, PerformanceData data, LocalDate asAt, Settings settings) {
    Evaluation e = new Evaluation(notice, data, asAt, settings);
    Map<String, Verdict> out = new LinkedHashMap<>();
    for (Requirement r : notice.decidableRequirements()) {
      Decision d = e.decide(r);
      out.put(r.id().value(), new Verdict(d.status(), d.rag(), e.direction(r), e.judgedFigure(r)));
    }
    return out;
  }

  /** One evaluation: the notice and its data as known at the date, under the settings. */
  private static final class Evaluation {
    private final Notice notice;
    private final PerformanceData data;
    private final LocalDate asAt;
    private final Settings settings;
    private final boolean strict;
    private final DeadlineContext context;

    Evaluation(Notice notice, PerformanceData data, LocalDate asAt, Settings settings) {
      this.notice = notice;
      this.data = data;
      this.asAt = asAt;
      this.settings = settings;
      this.strict = settings.missingData() == MissingData.STRICT;
      this.context = notice.deadlineContext(eventsHeldBy(data, asAt));
    }

    Decision decide(Requirement r) {
      if (r instanceof ThresholdInPeriod t) {
        Indicator indicator = indicator(t.indicator().value());
        return threshold(indicator, t.threshold(), Optional.of(t.period().endInclusive()), Optional.of(t.period()),
            t.trajectory());
      } else if (r instanceof ThresholdByDate t) {
        Indicator indicator = indicator(t.indicator().value());
        Optional<LocalDate> due = t.deadline().resolve(context);
        Optional<Period> judged = due.map(d -> latestPeriodEndingBy(indicator.reportingPeriod(), d));
        return threshold(indicator, t.threshold(), due, judged, t.trajectory());
      } else if (r instanceof Maintain m) {
        Indicator indicator = indicator(m.indicator().value());
        return standing(indicator, Optional.of(m.threshold()), m.window(), Status.NOT_MAINTAINED);
      } else if (r instanceof EveryPeriod e) {
        Indicator indicator = indicator(e.indicator().value());
        return standing(indicator, Optional.of(e.threshold()), e.window(), Status.BREACHED);
      } else if (r instanceof RelativeToBenchmark b) {
        return relativeToBenchmark(b);
      } else if (r instanceof RelativeToBaseline b) {
        Indicator indicator = indicator(b.indicator().value());
        if (asAt.isBefore(b.window().start(context))) {
          return Decision.of(Status.NOT_YET_DUE);
        }
        Optional<Threshold> level = baselineValue(indicator, b.baseline())
            .map(v -> new Threshold(b.comparison(), v, indicator.unit()));
        return level.isEmpty() ? Decision.of(Status.NO_DATA)
            : standing(indicator, level, b.window(), Status.NOT_MAINTAINED);
      } else if (r instanceof DirectionOnly d) {
        return direction(d);
      } else if (r instanceof AverageOverPeriod a) {
        return average(a);
      } else if (r instanceof GapBetweenSeries g) {
        return gap(g);
      } else if (r instanceof TargetNotSet) {
        return Decision.of(Status.TARGET_NOT_SET);
      } else if (r instanceof DatedAction a) {
        return action(a);
      } else if (r instanceof GovernanceCadence g) {
        return governance(g);
      } else if (r instanceof QualitativeMeasure q) {
        return qualitative(q);
      } else if (r instanceof SustainedTrend t) {
        return trend(t);
      }
      throw new IllegalArgumentException("Unknown requirement form " + r.form());
    }

    private Indicator indicator(String id) {
      return notice.indicators().stream().filter(i -> i.id().value().equals(id)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("Undeclared indicator " + id));
    }

    /** The tolerance band of the indicator around a level: the tolerance fraction of the level's size. */
    private BigDecimal band(Indicator indicator, BigDecimal level) {
      return settings.toleranceFor(indicator.id()).multiply(level.abs());
    }

    /** Whether the requirement is due: the day after its period ends or its deadline passes. */
    private boolean isDue(LocalDate lastDay) {
      return asAt.isAfter(lastDay);
    }

    // ---- forms 1, 2, 3 --------------------------------------------------------------------------------------

    /** Once due, the figure against the threshold; before, the latest figure against the trajectory. */
    private Decision threshold(Indicator indicator, Threshold threshold, Optional<LocalDate> due,
        Optional<Period> judged, Trajectory trajectory) {
      if (due.isEmpty()) {
        return Decision.of(Status.UNRESOLVED_DEADLINE);
      }
      boolean atLeast = threshold.comparison() == Comparison.AT_LEAST;
      BigDecimal tolerance = band(indicator, threshold.value());
      if (isDue(due.get())) {
        Optional<BigDecimal> figure = data.aggregate(indicator, judged.get(), asAt).map(Aggregate::value);
        return judgeDue(figure, threshold.value(), atLeast, tolerance);
      }
      Optional<Observation> latest = data.latest(indicator.id(), indicator.reportingPeriod(), asAt, asAt);
      if (latest.isEmpty()) {
        return Decision.of(Status.NO_DATA);
      }
      BigDecimal expected = expected(indicator, trajectory, threshold.value(), due.get(),
          latest.get().period().endInclusive());
      return judge(latest.get().value(), expected, atLeast, tolerance, Status.ON_TRACK, Status.AT_RISK,
          Status.OFF_TRACK);
    }

    /**
     * The trajectory's value on {@code day}: a straight line from the baseline (at its period's end) through
     * each earlier stage (at its date) to the target (at the due date). Before the first point its value, after
     * the last the last. With no baseline, the target. Interpolated values are rounded to six significant
     * figures.
     */
    private BigDecimal expected(Indicator indicator, Trajectory trajectory, BigDecimal target, LocalDate due,
        LocalDate day) {
      List<LocalDate> dates = new ArrayList<>();
      List<BigDecimal> values = new ArrayList<>();
      Baseline baseline = trajectory.effectiveBaseline();
      if (baseline instanceof Baseline.Stated s) {
        dates.add(s.period().endInclusive());
        values.add(s.value());
      } else {
        Optional<Observation> atIssue = data.latest(indicator.id(), indicator.reportingPeriod(),
            notice.issued().date(), asAt);
        if (atIssue.isEmpty()) {
          return target;
        }
        dates.add(atIssue.get().period().endInclusive());
        values.add(atIssue.get().value());
      }
      for (Stage stage : trajectory.earlierStages()) {
        Optional<LocalDate> when = dueDate(stage.due());
        if (when.isPresent() && when.get().isAfter(last(dates))) {
          dates.add(when.get());
          values.add(stage.threshold().value());
        }
      }
      if (due.isAfter(last(dates))) {
        dates.add(due);
        values.add(target);
      }
      if (!day.isAfter(dates.get(0))) {
        return values.get(0);
      }
      for (int i = 1; i < dates.size(); i++) {
        if (!day.isAfter(dates.get(i))) {
          BigDecimal from = values.get(i - 1);
          BigDecimal to = values.get(i);
          BigDecimal days = BigDecimal.valueOf(ChronoUnit.DAYS.between(dates.get(i - 1), day));
          BigDecimal span = BigDecimal.valueOf(ChronoUnit.DAYS.between(dates.get(i - 1), dates.get(i)));
          return from.add(to.subtract(from).multiply(days).divide(span, MathContext.DECIMAL64))
              .round(new MathContext(6));
        }
      }
      return last(values);
    }

    private Optional<LocalDate> dueDate(Due due) {
      if (due instanceof Due.InPeriod in) {
        return Optional.of(in.period().endInclusive());
      }
      return ((Due.ByDeadline) due).deadline().resolve(context);
    }

    /** The period a figure is judged on: the period itself, or the latest reporting period ending by the deadline. */
    private Optional<Period> judgedPeriod(Due due, PeriodKind kind) {
      if (due instanceof Due.InPeriod in) {
        return Optional.of(in.period());
      }
      return dueDate(due).map(d -> latestPeriodEndingBy(kind, d));
    }

    // ---- forms 4, 5, 7 --------------------------------------------------------------------------------------

    /**
     * Every reporting period lying wholly inside the window and ended by the date must meet the level. A period
     * with no figure is skipped, unless missing data is strict and the period has ended (it is due the day after
     * its last day): then it falls short.
     */
    private Decision standing(Indicator indicator, Optional<Threshold> level, Window window, Status fallenShort) {
      LocalDate start = window.start(context);
      if (asAt.isBefore(start)) {
        return Decision.of(Status.NOT_YET_DUE);
      }
      boolean anyFigure = false;
      for (PeriodFigure pf : windowFigures(indicator, window)) {
        if (pf.figure().isEmpty()) {
          if (strict && isDue(pf.period().endInclusive())) {
            return Decision.of(fallenShort);
          }
          continue;
        }
        anyFigure = true;
        if (!level.get().isMetBy(pf.figure().get())) {
          return Decision.of(fallenShort);
        }
      }
      return Decision.of(anyFigure ? Status.MAINTAINED : Status.NO_DATA);
    }

    /** A reporting period of a window and its figure as known at the date, if any. */
    private record PeriodFigure(Period period, Optional<BigDecimal> figure) {}

    /** The reporting periods lying wholly inside the window and ended by the date, in order, with their figures. */
    private List<PeriodFigure> windowFigures(Indicator indicator, Window window) {
      LocalDate start = window.start(context);
      LocalDate end = window.end(context).filter(e -> e.isBefore(asAt)).orElse(asAt);
      List<PeriodFigure> out = new ArrayList<>();
      for (Period p = indicator.reportingPeriod().containing(start); !p.endInclusive().isAfter(end); p = p.next()) {
        if (p.start().isBefore(start)) {
          continue;
        }
        out.add(new PeriodFigure(p, data.aggregate(indicator, p, asAt).map(Aggregate::value)));
      }
      return out;
    }

    /** The baseline's value: stated, or the figure of the latest period ending on or before the issue date. */
    private Optional<BigDecimal> baselineValue(Indicator indicator, Baseline baseline) {
      if (baseline instanceof Baseline.Stated s) {
        return Optional.of(s.value());
      }
      return data.latest(indicator.id(), indicator.reportingPeriod(), notice.issued().date(), asAt)
          .map(Observation::value);
    }

    // ---- form 6 ---------------------------------------------------------------------------------------------

    /** Once due, the figure for the period against the benchmark for the same period. */
    private Decision relativeToBenchmark(RelativeToBenchmark b) {
      Indicator indicator = indicator(b.indicator().value());
      Optional<LocalDate> due = dueDate(b.due());
      if (due.isEmpty()) {
        return Decision.of(Status.UNRESOLVED_DEADLINE);
      }
      if (!isDue(due.get())) {
        return Decision.of(Status.NOT_YET_DUE);
      }
      Period period = judgedPeriod(b.due(), indicator.reportingPeriod()).get();
      Optional<BigDecimal> benchmark = data.benchmark(indicator.id(), b.benchmark(), period, asAt)
          .map(BenchmarkValue::value);
      if (benchmark.isEmpty()) {
        return Decision.of(Status.NO_DATA);
      }
      Optional<BigDecimal> figure = data.aggregate(indicator, period, asAt).map(Aggregate::value);
      return judgeDue(figure, benchmark.get(), b.comparison() == Comparison.AT_LEAST,
          band(indicator, benchmark.get()));
    }

    // ---- form 8 ---------------------------------------------------------------------------------------------

    /**
     * To improve: the figure of the latest period ending in the window (after the baseline's) strictly better
     * than the baseline; NO_DATA without a baseline or such a figure. To minimise: no figure of the window worse
     * than the figure before it (the baseline before the first, where known) by more than the tolerance of that
     * figure; NO_DATA while there is no pair of figures to compare (a rise between two periods of the window is a
     * rise whether or not the baseline is known).
     */
    private Decision direction(DirectionOnly d) {
      Indicator indicator = indicator(d.indicator().value());
      Polarity polarity = indicator.polarity();
      Optional<FigureAt> baseline = baselineFigure(indicator, d.baseline());
      if (asAt.isBefore(d.window().start(context))) {
        return Decision.of(Status.NO_DATA);
      }
      if (d.direction() == Direction.IMPROVE) {
        if (baseline.isEmpty()) {
          return Decision.of(Status.NO_DATA);
        }
        Optional<BigDecimal> latest = latestFigureEndingInWindow(indicator, d.window(), baseline.get().periodEnd())
            .map(JudgedFigure::value);
        if (latest.isEmpty()) {
          return Decision.of(Status.NO_DATA);
        }
        return Decision.of(polarity.isBetter(latest.get(), baseline.get().value()) ? Status.IMPROVED
            : Status.NOT_IMPROVED);
      }
      List<BigDecimal> figures = new ArrayList<>();
      windowFigures(indicator, d.window()).forEach(pf -> pf.figure().ifPresent(figures::add));
      BigDecimal before = baseline.map(FigureAt::value).orElse(null);
      int compared = 0;
      for (BigDecimal figure : figures) {
        if (before != null) {
          compared++;
          BigDecimal worsening =
              polarity == Polarity.HIGHER_IS_BETTER ? before.subtract(figure) : figure.subtract(before);
          if (worsening.compareTo(band(indicator, before)) > 0) {
            return Decision.of(Status.NOT_IMPROVED);
          }
        }
        before = figure;
      }
      return Decision.of(compared == 0 ? Status.NO_DATA : Status.IMPROVED);
    }

    /** A baseline's value and the last day of the period it is for. */
    private record FigureAt(BigDecimal value, LocalDate periodEnd) {}

    private Optional<FigureAt> baselineFigure(Indicator indicator, Baseline baseline) {
      if (baseline instanceof Baseline.Stated s) {
        return Optional.of(new FigureAt(s.value(), s.period().endInclusive()));
      }
      return data.latest(indicator.id(), indicator.reportingPeriod(), notice.issued().date(), asAt)
          .map(o -> new FigureAt(o.value(), o.period().endInclusive()));
    }

    /**
     * The figure of the latest reporting period that ends inside the window (it may begin before the window: a
     * yearly period straddles a notice issued mid-year), by the date, and after the baseline's period.
     */
    private Optional<JudgedFigure> latestFigureEndingInWindow(Indicator indicator, Window window, LocalDate after) {
      LocalDate start = window.start(context);
      LocalDate until = window.end(context).filter(e -> e.isBefore(asAt)).orElse(asAt);
      for (Period p = latestPeriodEndingBy(indicator.reportingPeriod(), until);
          !p.endInclusive().isBefore(start) && p.endInclusive().isAfter(after); p = p.previous()) {
        Optional<BigDecimal> figure = data.aggregate(indicator, p, asAt).map(Aggregate::value);
        if (figure.isPresent()) {
          return Optional.of(new JudgedFigure(figure.get(), p));
        }
      }
      return Optional.empty();
    }

    // ---- form 9 ---------------------------------------------------------------------------------------------

    /** The mean (by numerator and denominator where the indicator is a ratio) over the period, once it has ended. */
    private Decision average(AverageOverPeriod a) {
      Indicator indicator = indicator(a.indicator().value());
      if (!isDue(a.period().endInclusive())) {
        return Decision.of(Status.NOT_YET_DUE);
      }
      Threshold t = a.threshold();
      return judgeDue(averageOver(indicator, a.period()), t.value(), t.comparison() == Comparison.AT_LEAST,
          band(indicator, t.value()));
    }

    /**
     * The average over the period as known at the date: by numerator and denominator for a ratio indicator, the
     * indicator's own mean for a mean, else (or when that gives nothing) the mean of the parts.
     */
    private Optional<BigDecimal> averageOver(Indicator indicator, Period period) {
      Optional<Aggregate> figure = Optional.empty();
      if (indicator.aggregation() == Aggregation.RATIO || indicator.aggregation() == Aggregation.MEAN) {
        figure = data.aggregate(indicator, period, asAt);
      }
      if (figure.isEmpty()) {
        figure = data.aggregate(indicator.withAggregation(Aggregation.MEAN), period, asAt);
      }
      return figure.map(Aggregate::value);
    }

    // ---- form 10 --------------------------------------------------------------------------------------------

    /** Once due, the gap for the period (supplied, or derived polarity-aware from two series) against the threshold. */
    private Decision gap(GapBetweenSeries g) {
      Indicator first = indicator(g.source().indicators().get(0).value());
      Optional<LocalDate> due = dueDate(g.due());
      if (due.isEmpty()) {
        return Decision.of(Status.UNRESOLVED_DEADLINE);
      }
      if (!isDue(due.get())) {
        return Decision.of(Status.NOT_YET_DUE);
      }
      Period period = judgedPeriod(g.due(), first.reportingPeriod()).get();
      Optional<BigDecimal> gap = gapFor(g.source(), period);
      Threshold t = g.threshold();
      return judgeDue(gap, t.value(), t.comparison() == Comparison.AT_LEAST, band(first, t.value()));
    }

    /**
     * The gap for the period: the supplied gap indicator's figure, or derived from the two series as how far the
     * subject lags the reference (the reference minus the subject when higher is better, else the subject minus
     * the reference); empty when a figure is missing.
     */
    private Optional<BigDecimal> gapFor(GapSource source, Period period) {
      Indicator first = indicator(source.indicators().get(0).value());
      if (source instanceof GapSource.Derived d) {
        Indicator reference = indicator(d.reference().value());
        Optional<BigDecimal> s = data.aggregate(first, period, asAt).map(Aggregate::value);
        Optional<BigDecimal> r = data.aggregate(reference, period, asAt).map(Aggregate::value);
        if (s.isEmpty() || r.isEmpty()) {
          return Optional.empty();
        }
        return Optional.of(first.polarity() == Polarity.HIGHER_IS_BETTER
            ? r.get().subtract(s.get()) : s.get().subtract(r.get()));
      }
      return data.aggregate(first, period, asAt).map(Aggregate::value);
    }

    // ---- form 12 --------------------------------------------------------------------------------------------

    /** From the evidence recorded by the date and the deadline as resolved with the meetings held by then. */
    private Decision action(DatedAction a) {
      Optional<LocalDate> done = Optional.empty();
      for (ActionEvidence e : data.actions()) {
        if (e.action().equals(a.id()) && !e.recorded().isAfter(asAt)
            && (done.isEmpty() || e.completed().isBefore(done.get()))) {
          done = Optional.of(e.completed());
        }
      }
      Optional<LocalDate> deadline = a.deadline().resolve(context);
      if (done.isPresent()) {
        return Decision.of(deadline.isPresent() && done.get().isAfter(deadline.get()) ? Status.DONE_LATE : Status.DONE);
      }
      if (deadline.isEmpty()) {
        return Decision.of(Status.UNRESOLVED_DEADLINE);
      }
      if (isDue(deadline.get())) {
        return Decision.of(Status.OVERDUE);
      }
      long daysLeft = ChronoUnit.DAYS.between(asAt, deadline.get());
      return Decision.of(daysLeft <= settings.dueSoonDays() ? Status.DUE_SOON : Status.NOT_YET_DUE);
    }

    // ---- form 13 --------------------------------------------------------------------------------------------

    /**
     * The meetings of the body in the window held by the date: every gap (from the window's start to the first
     * meeting, between meetings, and from the last meeting to the date or the window's end) within the cadence and
     * the meeting-gap tolerance, and each meeting chaired and attended as required.
     */
    private Decision governance(GovernanceCadence g) {
      LocalDate start = g.window().start(context);
      if (asAt.isBefore(start)) {
        return Decision.of(Status.NOT_YET_DUE);
      }
      LocalDate end = g.window().end(context).filter(e -> e.isBefore(asAt)).orElse(asAt);
      List<MeetingRecord> held = new ArrayList<>();
      for (MeetingRecord m : data.meetings()) {
        if (sameName(m.body(), g.body()) && !m.date().isBefore(start) && !m.date().isAfter(end)) {
          held.add(m);
        }
      }
      held.sort((x, y) -> x.date().compareTo(y.date()));
      LocalDate previous = start;
      for (MeetingRecord m : held) {
        if (tooLate(g, previous, m.date())) {
          return Decision.of(Status.LAPSED);
        }
        previous = m.date();
      }
      if (tooLate(g, previous, end)) {
        return Decision.of(Status.LAPSED);
      }
      for (MeetingRecord m : held) {
        if (g.chair().isPresent()) {
          boolean chairedOtherwise = m.chair().isPresent() && !sameName(m.chair().get(), g.chair().get());
          boolean chairUnknown = m.chair().isEmpty() && strict;
          if (chairedOtherwise || chairUnknown) {
            return Decision.of(Status.LAPSED);
          }
        }
        if (g.departmentAttends() && !m.departmentAttended()) {
          return Decision.of(Status.LAPSED);
        }
      }
      return Decision.of(Status.HELD);
    }

    /** Whether {@code next} falls after the day the cadence makes the next meeting due, plus the tolerance. */
    private boolean tooLate(GovernanceCadence g, LocalDate previous, LocalDate next) {
      LocalDate latestOnTime = g.cadence().nextDueAfter(previous).plusDays(settings.meetingGapToleranceDays());
      return next.isAfter(latestOnTime);
    }

    // ---- forms 14, 15 ---------------------------------------------------------------------------------------

    /** The board's latest judgement made by the date, in the board's colour. */
    private Decision qualitative(QualitativeMeasure q) {
      Optional<BoardJudgement> latest = Optional.empty();
      for (BoardJudgement j : data.judgements()) {
        if (j.requirement().equals(q.id()) && !j.date().isAfter(asAt)
            && (latest.isEmpty() || !j.date().isBefore(latest.get().date()))) {
          latest = Optional.of(j);
        }
      }
      return latest.map(j -> new Decision(Status.BOARD_JUDGEMENT, j.rag())).orElse(Decision.of(Status.NOT_JUDGED));
    }

    /**
     * A sustained downward trend: somewhere among the figures of the window, N + 1 in a row each worse than the
     * one before (N from the requirement, else the settings); NO_DATA with fewer than N + 1 figures.
     */
    private Decision trend(SustainedTrend t) {
      Indicator indicator = indicator(t.indicator().value());
      int n = t.periods().orElse(settings.trendLength());
      List<BigDecimal> figures = new ArrayList<>();
      if (!asAt.isBefore(t.window().start(context))) {
        windowFigures(indicator, t.window()).forEach(pf -> pf.figure().ifPresent(figures::add));
      }
      if (figures.size() < n + 1) {
        return Decision.of(Status.NO_DATA);
      }
      int worseningSteps = 0;
      for (int i = 1; i < figures.size(); i++) {
        worseningSteps = indicator.polarity().isWorse(figures.get(i), figures.get(i - 1)) ? worseningSteps + 1 : 0;
        if (worseningSteps == n) {
          return Decision.of(Status.TREND_DOWN);
        }
      }
      return Decision.of(Status.NO_TREND);
    }

    // ---- direction of travel and the judged figure ---------------------------------------------------------

    /**
     * The judged figure of a requirement of the {@link #JUDGED_FIGURE_FORMS}, as known at the date, due or not:
     * the figure for the period it is judged on (form 1's period; for a deadline, the latest reporting period
     * ending by it); for form 9 the average over its period; for form 10 the gap. Empty for the other forms, for
     * a deadline not yet resolved, and when the figure is not known.
     */
    Optional<JudgedFigure> judgedFigure(Requirement r) {
      if (r instanceof ThresholdInPeriod t) {
        return figureFor(indicator(t.indicator().value()), Optional.of(t.period()));
      } else if (r instanceof ThresholdByDate t) {
        Indicator indicator = indicator(t.indicator().value());
        return figureFor(indicator, t.deadline().resolve(context)
            .map(d -> latestPeriodEndingBy(indicator.reportingPeriod(), d)));
      } else if (r instanceof RelativeToBenchmark b) {
        Indicator indicator = indicator(b.indicator().value());
        return figureFor(indicator, judgedPeriod(b.due(), indicator.reportingPeriod()));
      } else if (r instanceof AverageOverPeriod a) {
        return averageOver(indicator(a.indicator().value()), a.period()).map(v -> new JudgedFigure(v, a.period()));
      } else if (r instanceof GapBetweenSeries g) {
        Indicator first = indicator(g.source().indicators().get(0).value());
        Optional<Period> period = judgedPeriod(g.due(), first.reportingPeriod());
        if (period.isEmpty()) {
          return Optional.empty();
        }
        return gapFor(g.source(), period.get()).map(v -> new JudgedFigure(v, period.get()));
      }
      return Optional.empty();
    }

    private Optional<JudgedFigure> figureFor(Indicator indicator, Optional<Period> period) {
      if (period.isEmpty()) {
        return Optional.empty();
      }
      return data.aggregate(indicator, period.get(), asAt).map(a -> new JudgedFigure(a.value(), period.get()));
    }

    /**
     * The direction of travel of the figure used, as the notice-rules README defines it per form: forms 1 and 2,
     * the judged figure, else the latest observation; forms 6 and 10 (supplied), the judged figure only; form 9,
     * the average, against the averages a year earlier or before; the window forms (4, 5, 7, 8 to minimise, 15),
     * the last period of the window with a figure; form 8 to improve, the figure its decision rests on; form 11, the latest observation; the others (a derived gap, 12, 13,
     * 14), NOT_KNOWN.
     */
    DirectionOfTravel direction(Requirement r) {
      if (r instanceof ThresholdInPeriod || r instanceof ThresholdByDate) {
        Indicator indicator = indicator(r.indicators().get(0).value());
        Optional<JudgedFigure> used = judgedFigure(r).or(() -> latestObservation(indicator));
        return used.map(f -> travel(indicator, f)).orElse(DirectionOfTravel.NOT_KNOWN);
      } else if (r instanceof RelativeToBenchmark
          || r instanceof GapBetweenSeries g && g.source() instanceof GapSource.Supplied) {
        Indicator indicator = indicator(r.indicators().get(0).value());
        return judgedFigure(r).map(f -> travel(indicator, f)).orElse(DirectionOfTravel.NOT_KNOWN);
      } else if (r instanceof AverageOverPeriod a) {
        Indicator indicator = indicator(a.indicator().value());
        return judgedFigure(r).map(f -> travel(indicator, f, p -> averageOver(indicator, p)))
            .orElse(DirectionOfTravel.NOT_KNOWN);
      } else if (r instanceof Maintain x) {
        return lastInWindow(indicator(x.indicator().value()), x.window());
      } else if (r instanceof EveryPeriod x) {
        return lastInWindow(indicator(x.indicator().value()), x.window());
      } else if (r instanceof RelativeToBaseline x) {
        return lastInWindow(indicator(x.indicator().value()), x.window());
      } else if (r instanceof DirectionOnly x && x.direction() == Direction.IMPROVE) {
        // the figure the decision rests on: the latest ending in the window after the baseline's period (after
        // the issue date while the baseline is not known)
        Indicator indicator = indicator(x.indicator().value());
        if (asAt.isBefore(x.window().start(context))) {
          return DirectionOfTravel.NOT_KNOWN;
        }
        LocalDate after = baselineFigure(indicator, x.baseline()).map(FigureAt::periodEnd)
            .orElse(notice.issued().date());
        return latestFigureEndingInWindow(indicator, x.window(), after).map(f -> travel(indicator, f))
            .orElse(DirectionOfTravel.NOT_KNOWN);
      } else if (r instanceof DirectionOnly x) {
        return lastInWindow(indicator(x.indicator().value()), x.window());
      } else if (r instanceof SustainedTrend x) {
        return lastInWindow(indicator(x.indicator().value()), x.window());
      } else if (r instanceof TargetNotSet t) {
        Indicator indicator = indicator(t.indicator().value());
        return latestObservation(indicator).map(f -> travel(indicator, f)).orElse(DirectionOfTravel.NOT_KNOWN);
      }
      return DirectionOfTravel.NOT_KNOWN;
    }

    /** The latest observation of the indicator's reporting kind for a period ending on or before the date. */
    private Optional<JudgedFigure> latestObservation(Indicator indicator) {
      return data.latest(indicator.id(), indicator.reportingPeriod(), asAt, asAt)
          .map(o -> new JudgedFigure(o.value(), o.period()));
    }

    /** The direction of travel of the last period with a figure among those the window reads by the date. */
    private DirectionOfTravel lastInWindow(Indicator indicator, Window window) {
      if (asAt.isBefore(window.start(context))) {
        return DirectionOfTravel.NOT_KNOWN;
      }
      Optional<JudgedFigure> last = Optional.empty();
      for (PeriodFigure pf : windowFigures(indicator, window)) {
        if (pf.figure().isPresent()) {
          last = Optional.of(new JudgedFigure(pf.figure().get(), pf.period()));
        }
      }
      return last.map(f -> travel(indicator, f)).orElse(DirectionOfTravel.NOT_KNOWN);
    }

    /** The figure against the indicator's figure for the same period a year earlier, else the previous period. */
    private DirectionOfTravel travel(Indicator indicator, JudgedFigure figure) {
      return travel(indicator, figure, p -> data.aggregate(indicator, p, asAt).map(Aggregate::value));
    }

    /**
     * The figure against the figure for the same period a year earlier where one is known at the date, else the
     * previous period of the same kind and length, each taken by {@code figureFor}; polarity-aware.
     */
    private static DirectionOfTravel travel(Indicator indicator, JudgedFigure figure,
        Function<Period, Optional<BigDecimal>> figureFor) {
      Optional<BigDecimal> before = figureFor.apply(figure.period().yearEarlier());
      if (before.isEmpty()) {
        before = figureFor.apply(figure.period().previous());
      }
      if (before.isEmpty()) {
        return DirectionOfTravel.NOT_KNOWN;
      }
      if (indicator.polarity().isBetter(figure.value(), before.get())) {
        return DirectionOfTravel.IMPROVING;
      }
      if (indicator.polarity().isWorse(figure.value(), before.get())) {
        return DirectionOfTravel.WORSENING;
      }
      return DirectionOfTravel.UNCHANGED;
    }

    // ---- judging a figure -----------------------------------------------------------------------------------

    /** A due figure against its level: MET, MISSED (amber within the tolerance), or with no figure NO_DATA or, strict, MISSED. */
    private Decision judgeDue(Optional<BigDecimal> figure, BigDecimal level, boolean atLeast, BigDecimal tolerance) {
      if (figure.isEmpty()) {
        return strict ? new Decision(Status.MISSED, Rag.RED) : Decision.of(Status.NO_DATA);
      }
      return judge(figure.get(), level, atLeast, tolerance, Status.MET, Status.MISSED, Status.MISSED);
    }
  }

  private static List<NamedEvent> eventsHeldBy(PerformanceData data, LocalDate asAt) {
    List<NamedEvent> held = new ArrayList<>();
    for (MeetingRecord m : data.meetings()) {
      if (!m.date().isAfter(asAt) && m.label().isPresent()) {
        held.add(new NamedEvent(m.label().get(), m.date()));
      }
    }
    return held;
  }

  /** Good when the value meets the level; amber when it misses by no more than the tolerance; else red. */
  private static Decision judge(BigDecimal value, BigDecimal level, boolean atLeast, BigDecimal tolerance,
      Status good, Status close, Status bad) {
    BigDecimal shortfall = atLeast ? level.subtract(value) : value.subtract(level);
    if (shortfall.signum() <= 0) {
      return Decision.of(good);
    }
    if (shortfall.compareTo(tolerance) <= 0) {
      return new Decision(close, Rag.AMBER);
    }
    return new Decision(bad, Rag.RED);
  }

  private static boolean sameName(String a, String b) {
    return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
  }

  /** The latest period of the kind ending on or before the date. */
  static Period latestPeriodEndingBy(PeriodKind kind, LocalDate date) {
    Period p = kind.containing(date);
    while (p.endInclusive().isAfter(date)) {
      p = p.previous();
    }
    return p;
  }

  private static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
  }
}
