package org.improvementnotice.rules.internal.preparation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.validation.NoticeValidator;
import org.improvementnotice.model.validation.ValidationException;

/**
 * What every evaluation of one notice needs and does not depend on the data or the date: the notice validated,
 * its decidable requirements (staged targets split into their stages) each with its measure, in the notice's
 * order, and its indicators by id. Built once per notice and reused (the engine keeps plans of the notices it
 * has seen, weakly keyed by the notice, so a plan holds no reference to its notice); immutable.
 *
 * @param requirements the decidable requirements with their measures, in the notice's order
 * @param indicators the declared indicators by id
 */
public record NoticePlan(List<Entry> requirements, Map<IndicatorId, Indicator> indicators) {

  /**
   * A decidable requirement and the measure holding it.
   *
   * @param requirement the requirement (a stage, for staged targets)
   * @param measure the measure holding it (for a stage, the measure holding its staged targets)
   */
  public record Entry(Requirement requirement, Measure measure) {}

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param requirements the decidable requirements with their measures, in the notice's order
   * @param indicators the declared indicators by id
   */
  public NoticePlan {
    requirements = List.copyOf(requirements);
    indicators = Collections.unmodifiableMap(new HashMap<>(indicators));
  }

  /**
   * The plan of a valid notice.
   *
   * @param notice the notice, validated here
   * @return the plan of a valid notice
   * @throws ValidationException listing every problem if the notice does not validate
   */
  public static NoticePlan of(Notice notice) {
    NoticeValidator.check(notice);
    return unchecked(notice);
  }

  /**
   * {@return the plan of a notice without validating it (for callers that have); of indicators declared twice, the
   * first is kept}
   *
   * @param notice the notice, already validated
   */
  public static NoticePlan unchecked(Notice notice) {
    List<Entry> entries = new ArrayList<>();
    for (Measure m : notice.measures()) {
      for (Requirement r : m.decidableRequirements()) {
        entries.add(new Entry(r, m));
      }
    }
    Map<IndicatorId, Indicator> byId = new HashMap<>();
    for (Indicator i : notice.indicators()) {
      byId.putIfAbsent(i.id(), i);
    }
    return new NoticePlan(entries, byId);
  }

  /**
   * {@return the declared indicator with the id, or empty when the notice does not declare it}
   *
   * @param id the indicator's id
   */
  public Optional<Indicator> indicator(IndicatorId id) {
    return Optional.ofNullable(indicators.get(id));
  }
}
