package org.improvementnotice.benchmarks.reference;

import java.util.Optional;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Decision;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Verdict;
import org.improvementnotice.model.data.BoardJudgement;
import org.improvementnotice.model.requirement.QualitativeMeasure;
import org.improvementnotice.rules.Status;

/**
 * The qualitative family, read from the domain notes: form 14, a qualitative measure. The board's latest
 * judgement made by the date and its colour (BOARD_JUDGEMENT), or NOT_JUDGED: never the library's own verdict.
 * No figure, so no direction of travel (NOT_KNOWN) and no judged figure. Stateless.
 */
final class QualitativeVerdicts {
  private QualitativeVerdicts() {}

  static Verdict qualitative(Evaluation e, QualitativeMeasure q) {
    return Verdict.withoutFigure(decide(e, q));
  }

  /** The board's latest judgement made by the date, in the board's colour. */
  private static Decision decide(Evaluation e, QualitativeMeasure q) {
    Optional<BoardJudgement> latest = Optional.empty();
    for (BoardJudgement j : e.data.judgements()) {
      if (j.requirement().equals(q.id()) && !j.date().isAfter(e.asAt)
          && (latest.isEmpty() || !j.date().isBefore(latest.get().date()))) {
        latest = Optional.of(j);
      }
    }
    return latest.map(j -> new Decision(Status.BOARD_JUDGEMENT, j.rag())).orElse(Decision.of(Status.NOT_JUDGED));
  }
}
