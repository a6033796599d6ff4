package org.improvementnotice.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.improvementnotice.model.requirement.DatedAction;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.time.Deadline;
import org.junit.jupiter.api.Test;

/** An unresolved deadline is explained by its own cause: an event not in the calendar, or a notice with no end. */
class UnresolvedDeadlineWordsTest {

  @Test
  void theCauseFollowsTheDeadline() {
    assertThat(Explanations.unresolved(new DatedAction(RequirementId.of("a"), "Sign-off",
        Deadline.atEvent("January Improvement Board")))).isEqualTo("names an event the calendar does not have yet");
    assertThat(Explanations.unresolved(new DatedAction(RequirementId.of("a"), "Report", Deadline.endOfNotice())))
        .isEqualTo("is the end of the notice, and the notice states no end");
  }
}
