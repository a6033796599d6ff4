package org.improvementnotice.cases;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A spell during which an established qualified social work post was in one state, both ends inclusive.
 * Immutable and thread-safe.
 *
 * @param post the post's identifier
 * @param status filled, agency-covered or vacant
 * @param from the first day of the spell
 * @param to the last day, if the spell has ended
 */
public record PostSpell(String post, PostStatus status, LocalDate from, Optional<LocalDate> to) implements Spell {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param post the post's identifier
   * @param status filled, agency-covered or vacant
   * @param from the first day of the spell
   * @param to the last day, if the spell has ended
   */
  public PostSpell {
    requireNonNull(post, "post");
    requireNonNull(status, "status");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
  }
}
