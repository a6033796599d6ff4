package org.improvementnotice.model.requirement;

import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.time.Deadline;

/**
 * One thing a notice requires, in one of the sixteen forms of the domain notes; each form holds exactly what
 * its decision needs. A requirement is decided into one finding, except {@link StagedTargets}, whose stages
 * are decided one by one (see {@link #decidable()}). Implementations are immutable and thread-safe.
 */
public sealed interface Requirement
    permits ThresholdInPeriod, ThresholdByDate, StagedTargets, Maintain, EveryPeriod, RelativeToBenchmark,
        RelativeToBaseline, DirectionOnly, AverageOverPeriod, GapBetweenSeries, TargetNotSet, DatedAction,
        GovernanceCadence, QualitativeMeasure, SustainedTrend, RecurringAction {

  /** {@return the requirement's id, unique within its notice} */
  RequirementId id();

  /** {@return the requirement's form} */
  RequirementForm form();

  /**
   * {@return the indicators the requirement reads, in a stable order; empty for actions, governance and qualitative
   * measures}
   */
  default List<IndicatorId> indicators() {
    return List.of();
  }

  /**
   * The requirements that each receive a finding: the requirement itself, or for staged targets their
   * stages.
   *
   * @return the requirements that each receive a finding: the requirement itself, or for staged targets their stages
   */
  default List<Requirement> decidable() {
    return List.of(this);
  }

  /**
   * The deadline the requirement is due by, for the forms due by one: a threshold by a date (and so a stage of
   * staged targets due by a date), a benchmark or a gap due by a deadline, a dated action, a recurring action's
   * first occurrence. Empty for the forms due at the end of a period or held over a window.
   *
   * @return the deadline the requirement is due by, for the forms due by one: a threshold by a date (and so a stage of
   *     staged targets due by a date), a benchmark or a gap due by a deadline, a dated action, a recurring
   *     action's first occurrence
   */
  default Optional<Deadline> dueBy() {
    if (this instanceof ThresholdByDate t) {
      return Optional.of(t.deadline());
    } else if (this instanceof DatedAction a) {
      return Optional.of(a.deadline());
    } else if (this instanceof RecurringAction a) {
      return Optional.of(a.first());
    } else if (this instanceof RelativeToBenchmark b && b.due() instanceof Due.ByDeadline by) {
      return Optional.of(by.deadline());
    } else if (this instanceof GapBetweenSeries g && g.due() instanceof Due.ByDeadline by) {
      return Optional.of(by.deadline());
    }
    return Optional.empty();
  }
}
