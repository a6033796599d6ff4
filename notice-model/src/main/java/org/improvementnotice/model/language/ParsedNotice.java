package org.improvementnotice.model.language;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.improvementnotice.model.Notice;

/**
 * A notice read from source, with the warnings semantic validation gave (a target against the indicator's
 * polarity), each located in the source. Immutable and thread-safe.
 *
 * @param notice the notice
 * @param warnings the warnings, in source order; empty when there are none
 */
public record ParsedNotice(Notice notice, List<Diagnostic> warnings) {

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param notice the notice
   * @param warnings the warnings, in source order; empty when there are none
   */
  public ParsedNotice {
    requireNonNull(notice, "notice");
    warnings = List.copyOf(requireNonNull(warnings, "warnings"));
  }
}
