package org.improvementnotice.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.improvementnotice.benchmarks.reference.ExpectedReference;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Decision;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Verdict;
import org.improvementnotice.data.council.Council;
import org.improvementnotice.data.published.PublishedData;
import org.improvementnotice.data.published.PublishedOptions;
import org.improvementnotice.model.AssessmentPoint;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.rules.ComplianceEngine;
import org.improvementnotice.rules.ComplianceReport;
import org.improvementnotice.rules.Finding;
import org.junit.jupiter.api.Test;

/**
 * The inputs of {@link NationalScreenBenchmark}: the engine and the plain-Java reference agree on every
 * council's status and colour for every requirement at every assessment point, so the benchmark compares the
 * two on the same work. The reference is {@link ExpectedReference}'s (the sound one unless
 * {@code -Ddifferential.breaks} names the old readings the engine still has).
 */
class PublishedScreenAgreementTest {

  @Test
  void engineAndReferenceAgreeOnEveryCouncilAtEveryPoint() {
    Notice notice = PublishedInputs.notice("england-screen");
    PublishedData published = PublishedData.read(PublishedInputs.folder(),
        notice.indicators().stream().map(Indicator::id).toList(), PublishedOptions.defaults());
    ComplianceEngine engine = ComplianceEngine.create();
    ReferenceEvaluator reference = ExpectedReference.get();
    int compared = 0;
    for (Council c : published.councils().all()) {
      PerformanceData data = published.forCouncil(c, notice.indicators().stream().map(Indicator::id).toList()).data();
      for (AssessmentPoint p : notice.schedule().points()) {
        LocalDate at = p.when().resolve(notice.deadlineContext()).orElseThrow();
        ComplianceReport report = engine.evaluate(notice, data, at);
        Map<String, Verdict> expected = reference.evaluate(notice, data, at);
        for (Finding f : report.findings()) {
          assertThat(new Decision(f.status(), f.rag())).as("%s %s at %s", c.label(), f.requirement(), at)
              .isEqualTo(expected.get(f.requirement().value()).decision());
          compared++;
        }
      }
    }
    assertThat(compared).isEqualTo(published.councils().all().size() * 14 * 7);
  }
}
