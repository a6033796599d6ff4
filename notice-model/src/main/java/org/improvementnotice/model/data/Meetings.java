package org.improvementnotice.model.data;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.improvementnotice.model.validation.Problem;

/** The check of performance data's board meetings as it is built: a board meets at most once a day. */
final class Meetings {
  private Meetings() {}

  /**
   * A problem for each meeting of a board (its name in any case) on a day an earlier one of it is recorded on,
   * the meetings counted in the order added.
   */
  static void duplicates(List<MeetingRecord> meetingsInOrderAdded, List<Problem> problems) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < meetingsInOrderAdded.size(); i++) {
      MeetingRecord m = meetingsInOrderAdded.get(i);
      Integer first = seen.putIfAbsent(m.body().toLowerCase(Locale.ROOT) + "|" + m.date(), i);
      if (first != null) {
        problems.add(Problem.error("meetings[" + i + "]", String.format(
            "Duplicate meeting: %s on %s is already recorded at meetings[%d]", m.body(), m.date(), first)));
      }
    }
  }
}
