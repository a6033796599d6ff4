package org.improvementnotice.model.language;

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
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.requirement.StagedTargets;
import org.improvementnotice.model.requirement.SustainedTrend;
import org.improvementnotice.model.requirement.TargetNotSet;
import org.improvementnotice.model.requirement.ThresholdByDate;
import org.improvementnotice.model.requirement.ThresholdInPeriod;

/**
 * Requirement ids a measure gives its requirements when the source does not label them: the measure's id
 * when it holds one requirement, {@code <measure>.<n>} (from 1) when it holds several.
 */
final class Labels {

  /** The id an unlabelled requirement is read with before it gets its default. */
  static final String PLACEHOLDER = "unlabelled";

  private Labels() {}

  static String defaultId(String measureId, int index, int count) {
    return count == 1 ? measureId : measureId + "." + (index + 1);
  }

  /** The requirement with another id. */
  static Requirement withId(Requirement r, RequirementId id) {
    if (r instanceof ThresholdInPeriod t) {
      return new ThresholdInPeriod(id, t.indicator(), t.threshold(), t.period(), t.trajectory(), t.shownBenchmark());
    } else if (r instanceof ThresholdByDate t) {
      return new ThresholdByDate(id, t.indicator(), t.threshold(), t.deadline(), t.trajectory(), t.shownBenchmark());
    } else if (r instanceof StagedTargets t) {
      return new StagedTargets(id, t.indicator(), t.baseline(), t.stages(), t.shownBenchmark());
    } else if (r instanceof Maintain t) {
      return new Maintain(id, t.indicator(), t.threshold(), t.window());
    } else if (r instanceof EveryPeriod t) {
      return new EveryPeriod(id, t.indicator(), t.threshold(), t.window());
    } else if (r instanceof RelativeToBenchmark t) {
      return new RelativeToBenchmark(id, t.indicator(), t.benchmark(), t.comparison(), t.due(), t.baseline());
    } else if (r instanceof RelativeToBaseline t) {
      return new RelativeToBaseline(id, t.indicator(), t.baseline(), t.comparison(), t.window());
    } else if (r instanceof DirectionOnly t) {
      return new DirectionOnly(id, t.indicator(), t.direction(), t.baseline(), t.window());
    } else if (r instanceof AverageOverPeriod t) {
      return new AverageOverPeriod(id, t.indicator(), t.threshold(), t.period());
    } else if (r instanceof GapBetweenSeries t) {
      return new GapBetweenSeries(id, t.source(), t.threshold(), t.due());
    } else if (r instanceof TargetNotSet t) {
      return new TargetNotSet(id, t.indicator(), t.note());
    } else if (r instanceof DatedAction t) {
      return new DatedAction(id, t.action(), t.deadline());
    } else if (r instanceof RecurringAction t) {
      return new RecurringAction(id, t.action(), t.first(), t.every(), t.until());
    } else if (r instanceof GovernanceCadence t) {
      return new GovernanceCadence(id, t.body(), t.cadence(), t.chair(), t.departmentAttends(), t.window());
    } else if (r instanceof QualitativeMeasure t) {
      return new QualitativeMeasure(id, t.summary());
    } else if (r instanceof SustainedTrend t) {
      return new SustainedTrend(id, t.indicator(), t.periods(), t.window());
    }
    throw new AssertionError("Unhandled requirement form " + r.form());
  }
}
