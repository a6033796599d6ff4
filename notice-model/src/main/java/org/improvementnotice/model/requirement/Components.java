package org.improvementnotice.model.requirement;

/** The checks the requirements' compact constructors share, with the messages they give. */
final class Components {

  private Components() {}

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
