package org.improvementnotice.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.improvementnotice.rules.Fixtures.assertFindings;
import static org.improvementnotice.rules.Fixtures.data;
import static org.improvementnotice.rules.Fixtures.notice;

import java.time.LocalDate;
import org.improvementnotice.model.Rag;
import org.improvementnotice.model.data.BoardJudgement;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.requirement.QualitativeMeasure;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.requirement.TargetNotSet;
import org.junit.jupiter.api.Test;

/** qualitative.drl (form 14) and targetnotset.drl (form 11). */
class QualitativeAndTargetRulesTest {
  static final QualitativeMeasure PARTNERS = new QualitativeMeasure(RequirementId.of("partners"),
      "Working with partners to develop preventative and early intervention services");
  static final TargetNotSet NI51 = new TargetNotSet(RequirementId.of("ni51"), IndicatorId.of("NI 51"),
      "target to be set once definition confirmed");

  @Test
  void theBoardsLatestJudgementAtTheDateIsReportedAsTheBoards() {
    PerformanceData d = data()
        .addJudgement(new BoardJudgement(RequirementId.of("partners"), Rag.AMBER, LocalDate.of(2009, 2, 10), "Early days."))
        .addJudgement(new BoardJudgement(RequirementId.of("partners"), Rag.GREEN, LocalDate.of(2009, 5, 12), "Services launched."))
        .build();
    assertFindings(notice(PARTNERS), d, LocalDate.of(2009, 1, 31), "partners NOT_JUDGED GREY qualitative not judged");
    assertFindings(notice(PARTNERS), d, LocalDate.of(2009, 3, 31),
        "partners BOARD_JUDGEMENT AMBER qualitative board judgement recorded");
    ComplianceReport r = Fixtures.ENGINE.evaluate(notice(PARTNERS), d, LocalDate.of(2009, 5, 12));
    assertThat(Fixtures.summary(r))
        .containsExactly("partners BOARD_JUDGEMENT GREEN qualitative board judgement recorded");
    assertThat(r.findings().get(0).explanation()).isEqualTo("The board judged \"Working with partners to develop "
        + "preventative and early intervention services\" green on 2009-05-12: Services launched.");
  }

  @Test
  void aTargetNotSetIsNeverMetNorMissed() {
    assertFindings(notice(NI51), data().build(), LocalDate.of(2010, 1, 1), "ni51 TARGET_NOT_SET GREY target not set");
  }
}
