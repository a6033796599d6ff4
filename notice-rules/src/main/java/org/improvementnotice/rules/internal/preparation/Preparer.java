package org.improvementnotice.rules.internal.preparation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.requirement.AverageOverPeriod;
import org.improvementnotice.model.requirement.DatedAction;
import org.improvementnotice.model.requirement.DirectionOnly;
import org.improvementnotice.model.requirement.EveryPeriod;
import org.improvementnotice.model.requirement.GapBetweenSeries;
import org.improvementnotice.model.requirement.GovernanceCadence;
import org.improvementnotice.model.requirement.Maintain;
import org.improvementnotice.model.requirement.QualitativeMeasure;
import org.improvementnotice.model.requirement.RecurringAction;
import org.improvementnotice.model.requirement.RelativeToBaseline;
import org.improvementnotice.model.requirement.RelativeToBenchmark;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.SustainedTrend;
import org.improvementnotice.model.requirement.TargetNotSet;
import org.improvementnotice.model.requirement.ThresholdByDate;
import org.improvementnotice.model.requirement.ThresholdInPeriod;
import org.improvementnotice.rules.Settings;

/**
 * Prepares one immutable fact per requirement for the rules: look-ups in the performance data as known at the
 * assessment date, resolved dates and arithmetic (aggregates, the trajectory's expected value, gaps between
 * meetings). It decides nothing: every status comes from a rule. Each requirement goes to the preparation of its
 * family, named for the family's DRL file ({@code threshold.drl}: {@code ThresholdPreparation}, and so on), over
 * one {@code Evaluation} of shared look-ups. One instance per evaluation; not thread-safe, never mutates its
 * inputs.
 */
public final class Preparer {
  private final NoticePlan plan;
  private final Evaluation evaluation;

  /**
   * A preparer for the notice and data at the date, planning the notice without validating it.
   *
   * @param notice the notice, already validated
   * @param data the council's data, read as known at {@code asAt} (the latest revision published by then)
   * @param asAt the assessment date
   * @param settings the evaluation's settings
   */
  public Preparer(Notice notice, PerformanceData data, LocalDate asAt, Settings settings) {
    this(notice, NoticePlan.unchecked(notice), data, asAt, settings);
  }

  /**
   * A preparer for the notice, with its plan, and data at the date.
   *
   * @param notice the notice, already validated
   * @param plan the notice's plan, made of this notice
   * @param data the council's data, read as known at {@code asAt} (the latest revision published by then)
   * @param asAt the assessment date
   * @param settings the evaluation's settings
   */
  public Preparer(Notice notice, NoticePlan plan, PerformanceData data, LocalDate asAt, Settings settings) {
    this.plan = plan;
    this.evaluation = new Evaluation(notice, plan, data, asAt, settings);
  }

  /** {@return every decidable requirement of the notice prepared, in the notice's order} */
  public List<Prepared> prepareAll() {
    List<Prepared> out = new ArrayList<>(plan.requirements().size());
    Notice notice = evaluation.notice;
    boolean anyAssumed = AssumedFacts.anyIn(notice);
    for (NoticePlan.Entry e : plan.requirements()) {
      Prepared p = prepare(e.requirement(), e.measure());
      // DOMAIN.md "Stated facts and assumed facts": a finding resting on an assumed fact says so
      List<String> assumed = anyAssumed
          ? AssumedFacts.of(e.requirement(), notice, evaluation.data, evaluation.asAt) : List.of();
      if (!assumed.isEmpty()) {
        Map<String, Object> words = new HashMap<>(p.words());
        words.put(Evaluation.ASSUMED, assumed);
        p = new Prepared(p.requirement(), p.measure(), p.fact(), p.values(), p.threshold(), p.direction(), words,
            p.evidence());
      }
      out.add(p);
    }
    return out;
  }

  Prepared prepare(Requirement r, Measure m) {
    Evaluation e = evaluation;
    if (r instanceof ThresholdInPeriod t) {
      return ThresholdPreparation.inPeriod(e, t, m);
    } else if (r instanceof ThresholdByDate t) {
      return ThresholdPreparation.byDate(e, t, m);
    } else if (r instanceof RelativeToBenchmark b) {
      return BenchmarkPreparation.relativeToBenchmark(e, b, m);
    } else if (r instanceof AverageOverPeriod a) {
      return ThresholdPreparation.average(e, a, m);
    } else if (r instanceof GapBetweenSeries g) {
      return ThresholdPreparation.gap(e, g, m);
    } else if (r instanceof Maintain x) {
      return StandingPreparation.maintain(e, x, m);
    } else if (r instanceof EveryPeriod x) {
      return StandingPreparation.everyPeriod(e, x, m);
    } else if (r instanceof RelativeToBaseline x) {
      return StandingPreparation.relativeToBaseline(e, x, m);
    } else if (r instanceof DirectionOnly d) {
      return DirectionPreparation.direction(e, d, m);
    } else if (r instanceof SustainedTrend s) {
      return TrendPreparation.trend(e, s, m);
    } else if (r instanceof TargetNotSet t) {
      return TargetNotSetPreparation.targetNotSet(e, t, m);
    } else if (r instanceof DatedAction a) {
      return ActionPreparation.action(e, a, m);
    } else if (r instanceof RecurringAction a) {
      return ActionPreparation.recurring(e, a, m);
    } else if (r instanceof GovernanceCadence g) {
      return GovernancePreparation.cadence(e, g, m);
    } else if (r instanceof QualitativeMeasure q) {
      return QualitativePreparation.qualitative(e, q, m);
    }
    throw new IllegalArgumentException("Requirement " + r.id() + " of form " + r.form() + " is not decidable");
  }
}
