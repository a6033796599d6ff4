package org.improvementnotice.reports;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import org.improvementnotice.model.data.ActionEvidence;
import org.improvementnotice.model.data.BoardJudgement;
import org.improvementnotice.model.data.MeetingRecord;
import org.improvementnotice.rules.EvidenceUsed;

/**
 * The records of evidence a finding rests on, in the JSON report's audit record ({@code docs/report-json.md},
 * "Evidence"): one shape for the three kinds, every field present, those a kind does not have null. Stateless.
 */
public final class JsonEvidence {
  /**
   * One record a finding rests on.
   *
   * @param kind {@code COMPLETION}, {@code MEETING} or {@code JUDGEMENT}
   * @param role what the record is to the finding ({@code "completion"}, {@code "completion of the 2nd
   *     occurrence"}, {@code "meeting"}, {@code "deadline meeting"}, {@code "board judgement"})
   * @param date the day it records: the completion, the meeting, the judgement
   * @param reference a completion's or a meeting's reference (a minute, a document), else null
   * @param recorded when a completion was recorded, else null
   * @param body the meeting's body, else null
   * @param chair who chaired the meeting, when recorded, else null
   * @param departmentAttended whether a department official attended the meeting, else null
   * @param label the meeting's label ({@code "January Board"}), when it has one, else null
   * @param rag the board's colour for a judgement, else null
   * @param note the board's note for a judgement, else null
   */
  @JsonPropertyOrder({"kind", "role", "date", "reference", "recorded", "body", "chair", "departmentAttended",
      "label", "rag", "note"})
  public record EvidenceDto(String kind, String role, LocalDate date, String reference, LocalDate recorded,
      String body, String chair, Boolean departmentAttended, String label, String rag, String note) {}

  private JsonEvidence() {}

  static EvidenceDto of(EvidenceUsed used) {
    if (used instanceof EvidenceUsed.Completion c) {
      ActionEvidence r = c.record();
      return new EvidenceDto("COMPLETION", c.role(), r.completed(), r.reference(), r.recorded(), null, null, null,
          null, null, null);
    }
    if (used instanceof EvidenceUsed.Meeting m) {
      MeetingRecord r = m.record();
      return new EvidenceDto("MEETING", m.role(), r.date(), r.reference(), null, r.body(), r.chair().orElse(null),
          r.departmentAttended(), r.label().orElse(null), null, null);
    }
    BoardJudgement r = ((EvidenceUsed.Judgement) used).record();
    return new EvidenceDto("JUDGEMENT", used.role(), r.date(), null, null, null, null, null, null, r.rag().name(),
        r.note());
  }
}
