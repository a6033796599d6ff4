package org.improvementnotice.model.requirement;

import static java.util.Objects.requireNonNull;

/** The checks the requirements' compact constructors share, with the messages they give. */
final class Components {

  private Components() {}

  /**
   * Checks that a component in words is given and says something.
   *
   * @param id the requirement's id, which the message names
   * @param text the component
   * @param name the component's name ("note", "summary")
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if the text is blank
   */
  static void requireText(RequirementId id, String text, String name) {
    requireNonNull(text, name);
    requireNotBlank(id, text, name);
  }

  /**
   * Checks that a component in words says something.
   *
   * @param id the requirement's id, which the message names
   * @param text the component, not null
   * @param name the component's name ("action", "summary")
   * @throws IllegalArgumentException if the text is blank
   */
  static void requireNotBlank(RequirementId id, String text, String name) {
    if (text.isBlank()) {
      throw new IllegalArgumentException(String.format("Requirement %s: %s must not be blank", id, name));
    }
  }
}
