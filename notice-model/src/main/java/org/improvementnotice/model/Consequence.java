package org.improvementnotice.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What failure to comply may lead to. Immutable and thread-safe.
 *
 * @param power the statutory power named ("s497A Education Act 1996"), if any
 * @param text the consequence as the notice words it
 */
public record Consequence(Optional<String> power, String text) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param power the statutory power named ("s497A Education Act 1996"), if any
   * @param text the consequence as the notice words it
   */
  public Consequence {
    requireNonNull(power, "power");
    requireNonNull(text, "text");
    Text.requireNotBlank(text, "Consequence text");
  }
}
