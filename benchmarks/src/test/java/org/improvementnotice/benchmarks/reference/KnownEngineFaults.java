package org.improvementnotice.benchmarks.reference;

import java.time.LocalDate;
import java.util.Optional;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.requirement.Direction;
import org.improvementnotice.model.requirement.DirectionOnly;
import org.improvementnotice.model.requirement.EveryPeriod;
import org.improvementnotice.model.requirement.Maintain;
import org.improvementnotice.model.requirement.RelativeToBaseline;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.time.DeadlineContext;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.Window;
import org.improvementnotice.rules.MissingData;
import org.improvementnotice.rules.Settings;

/**
 * The situations in which the engine is known to decide against its documentation, each with a failing example in
 * {@link KnownEngineFaultsTest}. The differential properties do not compare findings in these situations (and
 * count them); delete a case here once the engine is fixed and its example passes.
 */
final class KnownEngineFaults {

  private KnownEngineFaults() {}

  /** Whether the engine's finding for the requirement at the date is known to be wrong in a documented way. */
  static boolean affects(Notice notice, PerformanceData data, Requirement r, LocalDate asAt, Settings settings) {
    return strictPeriodEndingOnTheDate(notice, data, r, asAt, settings) || improveBeforeItsWindow(notice, data, r, asAt);
  }

  /**
   * Forms 4, 5 and 7 under strict missing data, assessed on the last day of a reporting period whose figure is not
   * published yet: the engine fails the window for that period (BREACHED or NOT_MAINTAINED), though the period is
   * not due until the next day.
   */
  static boolean strictPeriodEndingOnTheDate(Notice notice, PerformanceData data, Requirement r, LocalDate asAt,
      Settings settings) {
    boolean standing = r instanceof Maintain || r instanceof EveryPeriod || r instanceof RelativeToBaseline;
    if (!standing || settings.missingData() != MissingData.STRICT) {
      return false;
    }
    Indicator indicator = notice.indicator(r.indicators().get(0)).orElseThrow();
    Period current = indicator.reportingPeriod().containing(asAt);
    return current.endInclusive().equals(asAt) && data.aggregate(indicator, current, asAt).isEmpty();
  }

  /**
   * Form 8, to improve, when the latest figure the engine reads (ending by the window's end and after the
   * baseline's period) is for a period that ended before the window began: the engine judges it.
   */
  static boolean improveBeforeItsWindow(Notice notice, PerformanceData data, Requirement r, LocalDate asAt) {
    if (!(r instanceof DirectionOnly d) || d.direction() != Direction.IMPROVE) {
      return false;
    }
    Indicator indicator = notice.indicator(d.indicator()).orElseThrow();
    DeadlineContext context = notice.deadlineContext();
    Window window = d.window();
    LocalDate until = window.end(context).filter(e -> e.isBefore(asAt)).orElse(asAt);
    Optional<Observation> latest = data.latest(indicator.id(), indicator.reportingPeriod(), until, asAt);
    return latest.isPresent() && latest.get().period().endInclusive().isBefore(window.start(context));
  }
}
