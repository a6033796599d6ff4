package org.improvementnotice.model.requirement;

import java.util.List;
import org.improvementnotice.model.indicator.IndicatorId;

/**
 * One thing a notice requires, in one of the fifteen forms of the domain notes; each form holds exactly what
 * its decision needs. A requirement is decided into one finding, except {@link StagedTargets}, whose stages
 * are decided one by one (see {@link #decidable()}). Implementations are immutable and thread-safe.
 */
public sealed interface Requirement
    permits ThresholdInPeriod, ThresholdByDate, StagedTargets, Maintain, EveryPeriod, RelativeToBenchmark,
        RelativeToBaseline, DirectionOnly, AverageOverPeriod, GapBetweenSeries, TargetNotSet, DatedAction,
        GovernanceCadence, QualitativeMeasure, SustainedTrend {

  /** The requirement's id, unique within its notice. */
  RequirementId id();

  /** The requirement's form. */
  RequirementForm form();

  /** The indicators the requirement reads, in a stable order; empty for actions, governance and qualitative measures. */
  List<IndicatorId> indicators();

  /**
   * The requirements that each receive a finding: the requirement itself, or for staged targets their
   * stages.
   */
  default List<Requirement> decidable() {
    return List.of(this);
  }
}
