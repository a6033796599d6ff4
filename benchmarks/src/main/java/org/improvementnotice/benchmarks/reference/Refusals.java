package org.improvementnotice.benchmarks.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.indicator.Indicator;

/**
 * DOMAIN.md, "Figures of another period kind": a figure for a period of a kind other than its indicator's usual
 * one is either used wherever a period of its kind is asked or refused by validation at its row, never accepted
 * and then ignored. The library refuses it; so does the reference, by its own check of every observation of a
 * declared indicator. Stateless.
 */
final class Refusals {
  private Refusals() {}

  static List<Refusal> of(Notice notice, PerformanceData data) {
    List<Refusal> out = new ArrayList<>();
    for (Observation o : data.observations()) {
      Optional<Indicator> indicator = notice.indicators().stream().filter(i -> i.id().equals(o.indicator()))
          .findFirst();
      if (indicator.isPresent() && o.period().kind() != indicator.get().reportingPeriod()) {
        out.add(new Refusal(o, indicator.get().reportingPeriod()));
      }
    }
    return out;
  }
}
