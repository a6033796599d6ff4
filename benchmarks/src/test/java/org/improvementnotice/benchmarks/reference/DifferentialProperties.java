package org.improvementnotice.benchmarks.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Verdict;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.requirement.RequirementForm;
import org.improvementnotice.rules.ComplianceEngine;
import org.improvementnotice.rules.ComplianceReport;
import org.improvementnotice.rules.Finding;
import org.improvementnotice.testkit.NoticeAndData;
import org.improvementnotice.testkit.NoticeArbitraries;

/**
 * The differential oracle: the Drools engine's findings equal the plain-Java {@link ReferenceEvaluator}'s for
 * generated notices and data. Covered: status and colour of forms 1 (threshold in a period), 2 (threshold by a
 * date), 3 (staged targets, stage by stage), 4 (maintain), 5 (every period) and 9 (average over a period); forms
 * 1 to 3 both once due and as forecasts (ON_TRACK / AT_RISK / OFF_TRACK / NO_DATA) before; default settings only
 * (tolerance 10%, lenient missing data). The notices hold only these forms. Not covered: forms 6 to 8 and 10 to
 * 15, the settings, and the findings' values, rules and explanations. Each try evaluates the notice at
 * six dates from before issue to after the end, so a run compares some thousands of requirement findings.
 */
class DifferentialProperties {

  private static final ComplianceEngine ENGINE = ComplianceEngine.create();
  private static final ReferenceEvaluator REFERENCE = new ReferenceEvaluator();
  private static final AtomicLong COMPARED = new AtomicLong();

  @Provide
  Arbitrary<NoticeAndData> covered() {
    return NoticeArbitraries.notices()
        .ofForms(ReferenceEvaluator.FORMS.toArray(new RequirementForm[0]))
        .flatMap(n -> NoticeArbitraries.performanceData(n).map(d -> new NoticeAndData(n, d)))
        .withoutEdgeCases();
  }

  /** The same notices with data dense near their thresholds, where comparisons at the boundary matter. */
  @Provide
  Arbitrary<NoticeAndData> coveredNearThresholds() {
    return NoticeArbitraries.notices()
        .ofForms(ReferenceEvaluator.FORMS.toArray(new RequirementForm[0]))
        .flatMap(n -> NoticeArbitraries.performanceData(n).nearThresholds().map(d -> new NoticeAndData(n, d)))
        .withoutEdgeCases();
  }

  @Property(tries = 150)
  void droolsFindingsEqualTheReferenceFindings(@ForAll("covered") NoticeAndData pair,
      @ForAll @IntRange(max = 100) int shift) {
    compare(pair, shift);
  }

  @Property(tries = 150)
  void droolsFindingsEqualTheReferenceFindingsNearThresholds(@ForAll("coveredNearThresholds") NoticeAndData pair,
      @ForAll @IntRange(max = 100) int shift) {
    compare(pair, shift);
  }

  private static void compare(NoticeAndData pair, int shift) {
    Notice notice = pair.notice();
    LocalDate from = notice.issued().date().minusDays(40 - shift);
    LocalDate to = notice.end().orElse(notice.issued().date().plusYears(1)).plusDays(60 + shift);
    long step = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(from, to) / 5);
    for (LocalDate at = from; !at.isAfter(to); at = at.plusDays(step)) {
      ComplianceReport report = ENGINE.evaluate(notice, pair.data(), at);
      Map<String, Verdict> expected = REFERENCE.evaluate(notice, pair.data(), at);
      assertThat(report.findings()).hasSize(expected.size());
      for (Finding f : report.findings()) {
        Verdict v = expected.get(f.requirement().value());
        assertThat(new Verdict(f.status(), f.rag())).as("%s at %s (reference %s)", f, at, v).isEqualTo(v);
        COMPARED.incrementAndGet();
      }
    }
  }

  @AfterContainer
  static void report() {
    System.out.println("Differential oracle: compared " + COMPARED.get() + " findings with the reference");
  }
}
