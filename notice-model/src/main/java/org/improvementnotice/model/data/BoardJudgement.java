package org.improvementnotice.model.data;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.improvementnotice.model.Rag;
import org.improvementnotice.model.requirement.RequirementId;

/**
 * The improvement board's own judgement of a requirement no number decides (a qualitative measure): a RAG
 * and a note, on a date. Reported as the board's, never as the library's. Immutable and thread-safe.
 *
 * @param requirement the requirement judged
 * @param rag the board's colour
 * @param date when the board judged it
 * @param note the board's words
 */
public record BoardJudgement(RequirementId requirement, Rag rag, LocalDate date, String note) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param requirement the requirement judged
   * @param rag the board's colour
   * @param date when the board judged it
   * @param note the board's words
   */
  public BoardJudgement {
    requireNonNull(requirement, "requirement");
    requireNonNull(rag, "rag");
    requireNonNull(date, "date");
    requireNonNull(note, "note");
  }
}
