package org.improvementnotice.data.council;

import java.util.List;
import org.improvementnotice.model.NoticeException;

/**
 * No council, or more than one, answers to what was asked: the message says which were close (a
 * misspelling) or which share the name (Dorset before and after 2019), so the user can give the LA number.
 */
public class CouncilNotFoundException extends NoticeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Council> candidates;

  /**
   * An exception saying what was asked and why it found no single council.
   *
   * @param message the whole message
   * @param candidates the councils suggested or sharing the name, perhaps none
   */
  public CouncilNotFoundException(String message, List<Council> candidates) {
    super(message);
    this.candidates = List.copyOf(candidates);
  }

  /** {@return the councils suggested, or those that share the name asked for} */
  public List<Council> candidates() {
    return candidates;
  }
}
