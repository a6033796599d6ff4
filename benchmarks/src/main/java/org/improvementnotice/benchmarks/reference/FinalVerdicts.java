package org.improvementnotice.benchmarks.reference;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.improvementnotice.model.Notice;
import org.improvementnotice.rules.Settings;

/**
 * DOMAIN.md, "The final verdict": every notice's journey ends with a final verdict, taken as at the later of its
 * last scheduled assessment and its end plus the publication lag (a setting, default one month). Stateless.
 */
final class FinalVerdicts {
  private FinalVerdicts() {}

  /**
   * The later of the latest date a schedule point resolves to (with the notice's own calendar: the date does not
   * depend on the data) and the end plus the lag; empty without an end. With {@code withoutLag} (a deliberate
   * fault), the end itself.
   */
  static Optional<LocalDate> date(Notice notice, Settings settings, boolean withoutLag) {
    Optional<LocalDate> end = notice.end();
    if (end.isEmpty()) {
      return Optional.empty();
    }
    LocalDate date = withoutLag ? end.get() : end.get().plus(settings.publicationLag());
    for (Map.Entry<String, LocalDate> point : Journeys.datedPoints(notice)) {
      if (point.getValue().isAfter(date)) {
        date = point.getValue();
      }
    }
    return Optional.of(date);
  }
}
