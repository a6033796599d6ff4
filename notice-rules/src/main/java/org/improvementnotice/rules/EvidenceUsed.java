package org.improvementnotice.rules;

import static java.util.Objects.requireNonNull;

import org.improvementnotice.model.data.ActionEvidence;
import org.improvementnotice.model.data.BoardJudgement;
import org.improvementnotice.model.data.MeetingRecord;

/**
 * One record of evidence a finding rests on, beside the figures it used ({@link FigureUsed}): the completion
 * recorded for an action (or for one occurrence of a recurring action), a meeting counted against a cadence or
 * fixing an event's deadline, the board's judgement of a qualitative measure. Each holds the record as the data
 * gave it, so an auditor can find it again by its reference and date. Immutable and thread-safe.
 */
public sealed interface EvidenceUsed permits EvidenceUsed.Completion, EvidenceUsed.Meeting,
    EvidenceUsed.Judgement {

  /** {@return what the record is to the finding ("completion", "completion of the 2nd occurrence", "meeting")} */
  String role();

  /**
   * An action's completion, as recorded.
   *
   * @param role what the completion is to the finding ("completion", "completion of the 2nd occurrence")
   * @param record the completion record
   */
  record Completion(String role, ActionEvidence record) implements EvidenceUsed {
    /**
     * Checks the components, as the type's documentation says of each.
     *
     * @param role what the completion is to the finding
     * @param record the completion record
     */
    public Completion {
      requireNonNull(role, "role");
      requireNonNull(record, "record");
    }
  }

  /**
   * A meeting, as recorded.
   *
   * @param role what the meeting is to the finding ("meeting" for one counted against a cadence, "deadline
   *     meeting" for the labelled meeting that fixed an event's deadline)
   * @param record the meeting record
   */
  record Meeting(String role, MeetingRecord record) implements EvidenceUsed {
    /**
     * Checks the components, as the type's documentation says of each.
     *
     * @param role what the meeting is to the finding
     * @param record the meeting record
     */
    public Meeting {
      requireNonNull(role, "role");
      requireNonNull(record, "record");
    }
  }

  /**
   * The board's judgement of a qualitative measure, as recorded.
   *
   * @param role what the judgement is to the finding ("board judgement")
   * @param record the judgement record
   */
  record Judgement(String role, BoardJudgement record) implements EvidenceUsed {
    /**
     * Checks the components, as the type's documentation says of each.
     *
     * @param role what the judgement is to the finding
     * @param record the judgement record
     */
    public Judgement {
      requireNonNull(role, "role");
      requireNonNull(record, "record");
    }
  }
}
