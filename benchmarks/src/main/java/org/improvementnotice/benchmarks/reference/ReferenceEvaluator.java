package org.improvementnotice.benchmarks.reference;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.improvementnotice.model.NamedEvent;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.Rag;
import org.improvementnotice.model.data.Aggregate;
import org.improvementnotice.model.data.MeetingRecord;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.indicator.Aggregation;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.requirement.AverageOverPeriod;
import org.improvementnotice.model.requirement.Baseline;
import org.improvementnotice.model.requirement.Comparison;
import org.improvementnotice.model.requirement.Due;
import org.improvementnotice.model.requirement.EveryPeriod;
import org.improvementnotice.model.requirement.Maintain;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.RequirementForm;
import org.improvementnotice.model.requirement.Stage;
import org.improvementnotice.model.requirement.Threshold;
import org.improvementnotice.model.requirement.ThresholdByDate;
import org.improvementnotice.model.requirement.ThresholdInPeriod;
import org.improvementnotice.model.requirement.Trajectory;
import org.improvementnotice.model.time.DeadlineContext;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.PeriodKind;
import org.improvementnotice.model.time.Window;
import org.improvementnotice.rules.Status;

/**
 * A plain-Java reference evaluator of the numeric threshold forms, written for clarity rather than speed, to
 * check the Drools engine against (a differential oracle) and to compare its speed with.
 *
 * <p>It covers, with the default settings (tolerance 10% of the target, lenient missing data):
 * <ul>
 *   <li>form 1, threshold in a period, and form 2, threshold by a date, including the forecast before they are
 *       due (trajectory from the baseline through the earlier stages to the target);</li>
 *   <li>form 3, staged targets: each stage is a requirement of form 1 or 2 (the model splits them);</li>
 *   <li>form 4, maintain, and form 5, every period: each reporting period lying wholly inside the window and
 *       ended by the date must meet the level (MAINTAINED, NOT_MAINTAINED or BREACHED, NO_DATA, or NOT_YET_DUE
 *       before the window starts);</li>
 *   <li>form 9, average over a period.</li>
 * </ul>
 * It gives a status and colour for each requirement of those forms and nothing for the others. It shares only
 * the model's look-ups with the library (the figure for a period as known at a date, aggregated by numerator
 * and denominator; the latest observation; deadline resolution), not the preparer or the rules.
 */
public final class ReferenceEvaluator {

  /** The forms this evaluator decides. */
  public static final List<RequirementForm> FORMS = List.of(RequirementForm.THRESHOLD_IN_PERIOD,
      RequirementForm.THRESHOLD_BY_DATE, RequirementForm.STAGED_TARGETS, RequirementForm.MAINTAIN,
      RequirementForm.EVERY_PERIOD, RequirementForm.AVERAGE_OVER_PERIOD);

  private static final BigDecimal TOLERANCE = new BigDecimal("0.10");

  /** A requirement's status and colour. */
  public record Verdict(Status status, Rag rag) {
    static Verdict of(Status status) {
      return new Verdict(status, status.defaultRag());
    }
  }

  /** The verdict for each decidable requirement of the covered forms, by requirement id, in the notice's order. */
  public Map<String, Verdict> evaluate(Notice notice, PerformanceData data, LocalDate asAt) {
    DeadlineContext context = notice.deadlineContext(eventsHeldBy(data, asAt));
    Map<String, Verdict> out = new LinkedHashMap<>();
    for (Requirement r : notice.decidableRequirements()) {
      Indicator indicator = r.indicators().isEmpty() ? null : notice.indicator(r.indicators().get(0)).orElse(null);
      if (r instanceof ThresholdInPeriod t) {
        out.put(r.id().value(), threshold(notice, data, asAt, context, indicator, t.threshold(),
            Optional.of(t.period().endInclusive()), Optional.of(t.period()), t.trajectory()));
      } else if (r instanceof ThresholdByDate t) {
        Optional<LocalDate> due = t.deadline().resolve(context);
        Optional<Period> judged = due.map(d -> latestPeriodEndingBy(indicator.reportingPeriod(), d));
        out.put(r.id().value(), threshold(notice, data, asAt, context, indicator, t.threshold(), due, judged,
            t.trajectory()));
      } else if (r instanceof AverageOverPeriod a) {
        out.put(r.id().value(), average(data, asAt, indicator, a));
      } else if (r instanceof Maintain m) {
        out.put(r.id().value(), standing(data, asAt, context, indicator, m.threshold(), m.window(),
            Status.NOT_MAINTAINED));
      } else if (r instanceof EveryPeriod e) {
        out.put(r.id().value(), standing(data, asAt, context, indicator, e.threshold(), e.window(), Status.BREACHED));
      }
    }
    return out;
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

  /** Forms 1 and 2: once due, the figure against the threshold; before, the latest figure against the trajectory. */
  private Verdict threshold(Notice notice, PerformanceData data, LocalDate asAt, DeadlineContext context,
      Indicator indicator, Threshold threshold, Optional<LocalDate> due, Optional<Period> judged,
      Trajectory trajectory) {
    if (due.isEmpty()) {
      return Verdict.of(Status.UNRESOLVED_DEADLINE);
    }
    boolean atLeast = threshold.comparison() == Comparison.AT_LEAST;
    BigDecimal tolerance = TOLERANCE.multiply(threshold.value().abs());
    boolean isDue = asAt.isAfter(due.get());
    if (isDue) {
      Optional<BigDecimal> figure = data.aggregate(indicator, judged.get(), asAt).map(Aggregate::value);
      return judge(figure, threshold.value(), atLeast, tolerance, Status.MET, Status.MISSED, Status.MISSED);
    }
    Optional<Observation> latest = data.latest(indicator.id(), indicator.reportingPeriod(), asAt, asAt);
    if (latest.isEmpty()) {
      return Verdict.of(Status.NO_DATA);
    }
    BigDecimal expected = expected(notice, data, asAt, context, indicator, trajectory, threshold.value(), due.get(),
        latest.get().period().endInclusive());
    return judge(Optional.of(latest.get().value()), expected, atLeast, tolerance, Status.ON_TRACK, Status.AT_RISK,
        Status.OFF_TRACK);
  }

  /** Form 9: the mean (by numerator and denominator where the indicator is a ratio) over the period. */
  private Verdict average(PerformanceData data, LocalDate asAt, Indicator indicator, AverageOverPeriod a) {
    if (!asAt.isAfter(a.period().endInclusive())) {
      return Verdict.of(Status.NOT_YET_DUE);
    }
    Optional<Aggregate> figure = Optional.empty();
    if (indicator.aggregation() == Aggregation.RATIO || indicator.aggregation() == Aggregation.MEAN) {
      figure = data.aggregate(indicator, a.period(), asAt);
    }
    if (figure.isEmpty()) {
      figure = data.aggregate(indicator.withAggregation(Aggregation.MEAN), a.period(), asAt);
    }
    Threshold t = a.threshold();
    return judge(figure.map(Aggregate::value), t.value(), t.comparison() == Comparison.AT_LEAST,
        TOLERANCE.multiply(t.value().abs()), Status.MET, Status.MISSED, Status.MISSED);
  }

  /**
   * Forms 4 and 5: every reporting period lying wholly inside the window and ended by the date (or by the window's
   * end, if earlier) must meet the level; a period with no figure is skipped (lenient missing data).
   */
  private Verdict standing(PerformanceData data, LocalDate asAt, DeadlineContext context, Indicator indicator,
      Threshold level, Window window, Status fallenShort) {
    LocalDate start = window.start(context);
    if (asAt.isBefore(start)) {
      return Verdict.of(Status.NOT_YET_DUE);
    }
    LocalDate end = window.end(context).filter(e -> e.isBefore(asAt)).orElse(asAt);
    boolean anyFigure = false;
    for (Period p = indicator.reportingPeriod().containing(start); !p.endInclusive().isAfter(end); p = p.next()) {
      if (p.start().isBefore(start)) {
        continue;
      }
      Optional<Aggregate> figure = data.aggregate(indicator, p, asAt);
      if (figure.isEmpty()) {
        continue;
      }
      anyFigure = true;
      if (!level.isMetBy(figure.get().value())) {
        return Verdict.of(fallenShort);
      }
    }
    return Verdict.of(anyFigure ? Status.MAINTAINED : Status.NO_DATA);
  }

  /** Good when the value meets the level; amber when it misses by no more than the tolerance; else red. */
  private static Verdict judge(Optional<BigDecimal> value, BigDecimal level, boolean atLeast, BigDecimal tolerance,
      Status good, Status close, Status bad) {
    if (value.isEmpty()) {
      return Verdict.of(Status.NO_DATA);
    }
    BigDecimal shortfall = atLeast ? level.subtract(value.get()) : value.get().subtract(level);
    if (shortfall.signum() <= 0) {
      return Verdict.of(good);
    }
    if (shortfall.compareTo(tolerance) <= 0) {
      return new Verdict(close, Rag.AMBER);
    }
    return new Verdict(bad, Rag.RED);
  }

  /**
   * The trajectory's value on {@code day}: a straight line from the baseline (at its period's end) through each
   * earlier stage (at its date) to the target (at the due date). Before the first point its value, after the last
   * the last. With no baseline, the target. Interpolated values are rounded to six significant figures, as the
   * library does.
   */
  private static BigDecimal expected(Notice notice, PerformanceData data, LocalDate asAt, DeadlineContext context,
      Indicator indicator, Trajectory trajectory, BigDecimal target, LocalDate due, LocalDate day) {
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
      Optional<LocalDate> when = dueDate(stage.due(), context);
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

  private static Optional<LocalDate> dueDate(Due due, DeadlineContext context) {
    if (due instanceof Due.InPeriod in) {
      return Optional.of(in.period().endInclusive());
    }
    return ((Due.ByDeadline) due).deadline().resolve(context);
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
