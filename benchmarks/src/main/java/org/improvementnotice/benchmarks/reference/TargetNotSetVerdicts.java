package org.improvementnotice.benchmarks.reference;

import java.util.Optional;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Decision;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Verdict;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.requirement.TargetNotSet;
import org.improvementnotice.rules.DirectionOfTravel;
import org.improvementnotice.rules.Status;

/**
 * The target-not-set family, read from the domain notes: form 11 is always TARGET_NOT_SET, never met nor
 * missed. The direction of travel is that of the latest observation; no judged figure. Stateless.
 */
final class TargetNotSetVerdicts {
  private TargetNotSetVerdicts() {}

  static Verdict targetNotSet(Evaluation e, TargetNotSet t) {
    Indicator indicator = e.indicator(t.indicator().value());
    DirectionOfTravel dot = e.latestObservation(indicator).map(f -> e.travel(indicator, f))
        .orElse(DirectionOfTravel.NOT_KNOWN);
    return Verdict.of(Decision.of(Status.TARGET_NOT_SET), dot, Optional.empty());
  }
}
