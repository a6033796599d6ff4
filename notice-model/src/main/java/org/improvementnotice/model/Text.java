package org.improvementnotice.model;

/** The check the notice's parts in words share, with the message it gives. */
final class Text {

  private Text() {}

  /**
   * Checks that a part in words says something.
   *
   * @param text the part, not null
   * @param what what the part is, as the message names it ("Issuer body")
   * @throws IllegalArgumentException "{@code <what>} must not be blank" if the text is blank
   */
  static void requireNotBlank(String text, String what) {
    if (text.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }
}
