package org.improvementnotice.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.NoticeId;
import org.improvementnotice.rules.ComplianceEngine;
import org.improvementnotice.rules.ComplianceReport;
import org.junit.jupiter.api.Test;

/** The line under an HTML verdict names the date, the assessment point and, for the last, the final verdict. */
class HtmlFindingsWhenTest {
  private static ComplianceReport report(Optional<String> point, boolean isFinal) {
    return new ComplianceReport(NoticeId.of("n"), LocalDate.of(2013, 5, 30), point, List.of(), isFinal);
  }

  @Test
  void anAssessmentPointIsNamedAfterTheDate() {
    assertThat(HtmlFindings.when(report(Optional.of("formal review"), false)))
        .isEqualTo("As at 30 May 2013 (formal review)");
    assertThat(HtmlFindings.when(report(Optional.empty(), false))).isEqualTo("As at 30 May 2013");
  }

  @Test
  void theFinalVerdictSaysSoOnceWithThePointItReplaces() {
    assertThat(HtmlFindings.when(report(Optional.of("final review"), true)))
        .isEqualTo("Final verdict as at 30 May 2013 (final review)");
    assertThat(HtmlFindings.when(report(Optional.of(ComplianceEngine.FINAL_VERDICT), true)))
        .isEqualTo("Final verdict as at 30 May 2013");
  }
}
