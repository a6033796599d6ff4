package org.improvementnotice.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The council a notice is issued to. Immutable and thread-safe.
 *
 * @param council the council's name ("Surrey County Council")
 * @param address its address as the notice gives it, if it does
 */
public record Recipient(String council, Optional<String> address) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param council the council's name ("Surrey County Council")
   * @param address its address as the notice gives it, if it does
   */
  public Recipient {
    requireNonNull(council, "council");
    requireNonNull(address, "address");
    Text.requireNotBlank(council, "Recipient council");
  }

  /**
   * {@return the council with no address}
   *
   * @param council the council's name ("Surrey County Council"), not blank
   * @throws IllegalArgumentException if the name is blank
   */
  public static Recipient of(String council) {
    return new Recipient(council, Optional.empty());
  }
}
