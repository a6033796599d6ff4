package org.improvementnotice.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.improvementnotice.model.time.StatedDate;

/**
 * An inspection, review or report a notice rests on. Immutable and thread-safe.
 *
 * @param description what it is, as the notice names it ("Joint Area Review")
 * @param date its date as precisely as the notice gives it ("July 2008"), if it does
 */
public record NoticeEvidence(String description, Optional<StatedDate> date) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param description what it is, as the notice names it ("Joint Area Review")
   * @param date its date as precisely as the notice gives it ("July 2008"), if it does
   */
  public NoticeEvidence {
    requireNonNull(description, "description");
    requireNonNull(date, "date");
    Text.requireNotBlank(description, "Evidence description");
  }
}
