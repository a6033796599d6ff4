package org.improvementnotice.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.improvementnotice.drools.testing.PooledSessions;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.Rag;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.indicator.Unit;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.requirement.Threshold;
import org.improvementnotice.model.requirement.ThresholdInPeriod;
import org.improvementnotice.model.requirement.Trajectory;
import org.improvementnotice.model.time.CalendarQuarter;
import org.improvementnotice.rules.internal.RuleBase;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The engine end to end: the verdict, the schedule, thread safety, and the generated model. */
class ComplianceEngineTest {
  private static final Logger LOG = LoggerFactory.getLogger(ComplianceEngineTest.class);
  static final Notice SURREY = Surrey.notice();
  static final PerformanceData DATA = Surrey.data();

  @Test
  void theExecutableModelIsOnTheClassPath() {
    assertThat(RuleBase.class.getResource(RuleBase.MODEL.modelList())).isNotNull();
    assertThat(RuleBase.MODEL.loadAnew().getKiePackage("org.improvementnotice.rules.facts").getRules())
        .hasSizeGreaterThan(40);
  }

  @Test
  void enginesShareOnePoolOfSessionsAndReturnThemEmpty() {
    ComplianceEngine other = ComplianceEngine.create(Settings.builder().missingData(MissingData.STRICT).build());
    other.evaluate(SURREY, DATA, LocalDate.of(2010, 5, 1));
    PooledSessions.assertOneSessionReusedAndReturnedEmpty(RuleBase.MODEL.kieBase(), RuleBase.MODEL.sessions(), () -> {
      for (int i = 0; i < 50; i++) {
        other.evaluate(SURREY, DATA, LocalDate.of(2010, 5, 1));
        Fixtures.ENGINE.evaluate(SURREY, DATA, LocalDate.of(2009, 12, 20));
      }
    });
  }

  @Test
  void theVerdictListsFailuresWithTheirClauses() {
    ComplianceReport r = Fixtures.ENGINE.evaluate(SURREY, DATA, Surrey.VERDICT_DATE);
    assertThat(Fixtures.summary(r)).containsExactlyElementsOf(Surrey.VERDICT);
    assertThat(r.compliedSoFar()).isFalse();
    assertThat(r.failed()).extracting(f -> f.requirement().value()).containsExactly("ni59.1", "ni66.2", "vacancy.1");
    assertThat(r.failed().get(1).clause()).startsWith("NI 66 – ");
    assertThat(r.countsByStatus()).containsExactly(Map.entry(Status.MET, 2), Map.entry(Status.MISSED, 2),
        Map.entry(Status.NOT_MAINTAINED, 1), Map.entry(Status.AT_RISK, 2), Map.entry(Status.OFF_TRACK, 1));
    assertThat(r.countsByRag()).containsExactly(Map.entry(Rag.RED, 3), Map.entry(Rag.AMBER, 3), Map.entry(Rag.GREEN, 2));
    Finding ni59 = r.findings().get(0);
    assertThat(ni59.explanation()).isEqualTo(
        "NI 59 was 59% for 2009-Q1 against a target of at least 65%: missed, but by no more than the tolerance of 6.5%.");
    assertThat(ni59.direction()).isEqualTo(DirectionOfTravel.IMPROVING);
    assertThat(ni59.values()).extracting(FigureUsed::toString).first().isEqualTo("figure 59 for 2009-Q1");
  }

  @Test
  void theScheduleGivesAVerdictAtEachAssessmentPointThenTheFinalVerdict() {
    List<ComplianceReport> journey = Fixtures.ENGINE.evaluateSchedule(SURREY, DATA);
    // The point at the end (2010-09-30) is the final verdict, taken a month after the end.
    assertThat(journey).extracting(ComplianceReport::asAt).containsExactly(
        LocalDate.of(2009, 1, 31), LocalDate.of(2009, 4, 30), LocalDate.of(2009, 7, 31), LocalDate.of(2009, 10, 31),
        LocalDate.of(2010, 1, 31), LocalDate.of(2010, 4, 30), LocalDate.of(2010, 7, 31), LocalDate.of(2010, 10, 30));
    assertThat(journey.get(0).assessment()).contains("assessment 2009-01");
    assertThat(journey).extracting(ComplianceReport::compliedSoFar)
        .containsExactly(true, false, false, false, false, false, false, false);
    assertThat(Fixtures.summary(journey.get(7))).contains("ni60.2 MISSED AMBER threshold missed within tolerance");
  }

  @Test
  void evaluationLeavesItsInputsAsTheyWere() {
    Notice before = Surrey.notice();
    int observations = DATA.observations().size();
    Fixtures.ENGINE.evaluate(SURREY, DATA, LocalDate.of(2010, 5, 1));
    assertThat(SURREY).isEqualTo(before);
    assertThat(DATA.observations()).hasSize(observations);
  }

  @Test
  void anUndeclaredIndicatorIsReportedClearly() {
    Notice bare = Notice.builder().id("bare").recipient(org.improvementnotice.model.Recipient.of("X"))
        .issuer(org.improvementnotice.model.Issuer.of("DfE"))
        .issued(org.improvementnotice.model.IssueDate.stated(LocalDate.of(2010, 1, 1)))
        .addMeasure(org.improvementnotice.model.Measure.of("m", "g", "clause", new ThresholdInPeriod(
            RequirementId.of("r"), IndicatorId.of("NI 59"), Threshold.atLeast("1", Unit.PERCENT),
            CalendarQuarter.of(2010, 1), Trajectory.fromIssue(), java.util.Optional.empty())))
        .build();
    assertThatThrownBy(() -> Fixtures.ENGINE.evaluate(bare, DATA, LocalDate.of(2010, 6, 1)))
        .isInstanceOf(org.improvementnotice.model.validation.ValidationException.class)
        .hasMessageContaining("Notice bare has 1 error")
        .hasMessageContaining("measures[0].requirements[0].indicator: Unknown indicator NI 59: it is not declared in the notice");
  }

  @Test
  void eightThreadsOfAThousandEvaluationsAgreeWithOneThread() throws Exception {
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2008, 12, 1); d.isBefore(LocalDate.of(2010, 10, 31)); d = d.plusDays(17)) {
      dates.add(d);
    }
    List<ComplianceReport> expected = new ArrayList<>();
    for (LocalDate d : dates) {
      expected.add(Fixtures.ENGINE.evaluate(SURREY, DATA, d));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      long start = System.nanoTime();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        results.add(pool.submit(() -> {
          int same = 0;
          for (int i = 0; i < 1000; i++) {
            int k = (i + offset * 7) % dates.size();
            if (Fixtures.ENGINE.evaluate(SURREY, DATA, dates.get(k)).equals(expected.get(k))) {
              same++;
            }
          }
          return same;
        }));
      }
      for (Future<Integer> f : results) {
        assertThat(f.get()).isEqualTo(1000);
      }
      long nanos = System.nanoTime() - start;
      LOG.info("8 x 1000 evaluations of the Surrey notice (8 requirements) in {} ms: {} us per evaluation",
          nanos / 1_000_000, nanos / 8000 / 1000);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void timings() {
    long start = System.nanoTime();
    ComplianceEngine engine = ComplianceEngine.create();
    long created = System.nanoTime();
    engine.evaluate(SURREY, DATA, LocalDate.of(2009, 12, 20));
    long first = System.nanoTime();
    int n = 2000;
    for (int i = 0; i < n; i++) {
      engine.evaluate(SURREY, DATA, LocalDate.of(2009, 12, 20));
    }
    long done = System.nanoTime();
    LOG.info("Engine created in {} ms (rule base already loaded); first evaluation {} ms; "
        + "mean of {} further evaluations {} us", (created - start) / 1_000_000, (first - created) / 1_000_000, n,
        (done - first) / n / 1000);
  }
}
