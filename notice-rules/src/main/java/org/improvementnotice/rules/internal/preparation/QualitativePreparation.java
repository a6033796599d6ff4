package org.improvementnotice.rules.internal.preparation;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.data.BoardJudgement;
import org.improvementnotice.model.requirement.QualitativeMeasure;
import org.improvementnotice.rules.DirectionOfTravel;
import org.improvementnotice.rules.EvidenceUsed;
import org.improvementnotice.rules.facts.JudgementCase;

/**
 * The qualitative family ({@code qualitative.drl}): form 14, a qualitative measure, prepared as a
 * {@link JudgementCase} holding the board's latest judgement made by the date, if any. Decides nothing.
 * Stateless.
 */
final class QualitativePreparation {
  private QualitativePreparation() {}

  /** Form 14. */
  static Prepared qualitative(Evaluation e, QualitativeMeasure q, Measure m) {
    Optional<BoardJudgement> latest = e.data.judgements().stream()
        .filter(j -> j.requirement().equals(q.id()) && !j.date().isAfter(e.asAt))
        .max(Comparator.comparing(BoardJudgement::date));
    Map<String, Object> w = new HashMap<>();
    w.put("subject", q.summary());
    w.put("asAt", e.asAt);
    latest.ifPresent(j -> {
      w.put("note", j.note());
      w.put("rag", j.rag().name().toLowerCase(Locale.ROOT));
    });
    JudgementCase fact = new JudgementCase(q.id().value(), latest.map(BoardJudgement::rag).orElse(null),
        latest.map(BoardJudgement::date).orElse(null));
    return new Prepared(q, m, fact, List.of(), Optional.empty(), DirectionOfTravel.NOT_KNOWN, w,
        latest.map(j -> List.<EvidenceUsed>of(new EvidenceUsed.Judgement("board judgement", j))).orElse(List.of()));
  }
}
