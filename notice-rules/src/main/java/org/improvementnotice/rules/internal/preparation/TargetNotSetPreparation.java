package org.improvementnotice.rules.internal.preparation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.requirement.TargetNotSet;
import org.improvementnotice.rules.DirectionOfTravel;
import org.improvementnotice.rules.FigureUsed;
import org.improvementnotice.rules.facts.TargetNotSetCase;

/**
 * The target-not-set family ({@code targetnotset.drl}): form 11, prepared as a {@link TargetNotSetCase}, with
 * the latest observation reported beside it (never judged). Decides nothing. Stateless.
 */
final class TargetNotSetPreparation {
  private TargetNotSetPreparation() {}

  /** Form 11. */
  static Prepared targetNotSet(Evaluation e, TargetNotSet t, Measure m) {
    Indicator ind = e.indicator(t.indicator());
    Words w = e.words(ind, null);
    w.put("note", t.note());
    List<FigureUsed> values = new ArrayList<>();
    Optional<Observation> latest = e.data.latest(ind.id(), ind.reportingPeriod(), e.asAt, e.asAt);
    latest.ifPresent(o -> values.add(FigureUsed.of("latest", o)));
    return new Prepared(t, m, new TargetNotSetCase(t.id().value()), values, Optional.empty(),
        latest.map(o -> e.travel(ind, o.period(), o.value())).orElse(DirectionOfTravel.NOT_KNOWN), w.map);
  }
}
