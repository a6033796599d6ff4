package org.improvementnotice.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.improvementnotice.model.Rag;
import org.improvementnotice.model.requirement.RequirementForm;
import org.improvementnotice.testkit.NoticeAndData;
import org.improvementnotice.testkit.NoticeArbitraries;

/** The example of the README's "Testing your own rules", kept compiling and passing here. Keep the two in step. */
class ReadmeExampleProperties {

  private static final ComplianceEngine ENGINE = ComplianceEngine.create();

  /** Your own code on top of the library: here, the headline a board's dashboard shows. */
  static String headline(ComplianceReport report) {
    return report.compliedSoFar() ? "On course" : report.failed().size() + " requirement(s) failed";
  }

  @Provide
  Arbitrary<NoticeAndData> targetsWithPatchyData() {
    return NoticeArbitraries.notices()
        .ofForms(RequirementForm.THRESHOLD_IN_PERIOD, RequirementForm.STAGED_TARGETS, RequirementForm.DATED_ACTION)
        .withMeasures(1, 4)
        .flatMap(n -> NoticeArbitraries.performanceData(n).withGaps(0.3).map(d -> new NoticeAndData(n, d)))
        .withoutEdgeCases();
  }

  @Property(tries = 50)
  void theHeadlineNeverHidesAFailure(@ForAll("targetsWithPatchyData") NoticeAndData input) {
    LocalDate asAt = input.notice().issued().date().plusMonths(9);
    ComplianceReport report = ENGINE.evaluate(input.notice(), input.data(), asAt);

    assertThat(headline(report).equals("On course")).isEqualTo(report.failed().isEmpty());
  }

  @Property(tries = 50)
  void missingDataIsNeverGreen(@ForAll NoticeAndData input) {    // @ForAll works without a provider method
    ComplianceReport report = ENGINE.evaluate(input.notice(), input.data(), input.notice().issued().date());

    assertThat(report.findings()).filteredOn(f -> f.status() == Status.NO_DATA)
        .allSatisfy(f -> assertThat(f.rag()).isEqualTo(Rag.GREY));
  }
}
