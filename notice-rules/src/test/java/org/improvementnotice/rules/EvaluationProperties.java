package org.improvementnotice.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.Rag;
import org.improvementnotice.model.data.ActionEvidence;
import org.improvementnotice.model.data.BenchmarkValue;
import org.improvementnotice.model.data.BoardJudgement;
import org.improvementnotice.model.data.MeetingRecord;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.data.Ratio;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.Polarity;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.RequirementForm;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.testkit.NoticeAndData;
import org.improvementnotice.testkit.NoticeArbitraries;

/**
 * Properties of evaluation over notices and data from the testkit: determinism, coverage, as-at isolation and
 * monotonicity. Each evaluates at a date chosen from a month before issue to three months after the end.
 */
class EvaluationProperties {

  private static final ComplianceEngine ENGINE = ComplianceEngine.create();
  private static final ExecutorService THREADS = Executors.newFixedThreadPool(2);

  @AfterContainer
  static void stopThreads() {
    THREADS.shutdownNow();
  }

  /** A date from 30 days before issue to 90 days after the end, by an offset in days. */
  static LocalDate asAt(Notice notice, int offset) {
    LocalDate from = notice.issued().date().minusDays(30);
    LocalDate to = notice.end().orElse(notice.issued().date().plusYears(1)).plusDays(90);
    long span = java.time.temporal.ChronoUnit.DAYS.between(from, to);
    return from.plusDays(offset % (span + 1));
  }

  // ---------------------------------------------------------------- determinism

  @Property(tries = 40)
  void sameInputsGiveTheSameReportOnAnyThread(@ForAll NoticeAndData pair, @ForAll @IntRange(max = 2000) int offset)
      throws Exception {
    LocalDate at = asAt(pair.notice(), offset);
    ComplianceReport first = ENGINE.evaluate(pair.notice(), pair.data(), at);

    assertThat(ENGINE.evaluate(pair.notice(), pair.data(), at)).isEqualTo(first);
    assertThat(ComplianceEngine.create().evaluate(pair.notice(), pair.data(), at)).isEqualTo(first);
    List<Future<ComplianceReport>> others = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      others.add(THREADS.submit(() -> ENGINE.evaluate(pair.notice(), pair.data(), at)));
    }
    for (Future<ComplianceReport> other : others) {
      assertThat(other.get()).isEqualTo(first);
    }
  }

  // ---------------------------------------------------------------- coverage

  @Property(tries = 100)
  void everyRequirementGetsExactlyOneFinding(@ForAll NoticeAndData pair, @ForAll @IntRange(max = 2000) int offset) {
    ComplianceReport report = ENGINE.evaluate(pair.notice(), pair.data(), asAt(pair.notice(), offset));

    List<RequirementId> expected = pair.notice().decidableRequirements().stream().map(Requirement::id).toList();
    assertThat(report.findings()).extracting(Finding::requirement).containsExactlyElementsOf(expected);
    assertThat(expected).doesNotHaveDuplicates();
  }

  // ---------------------------------------------------------------- as-at isolation

  @Property(tries = 30)
  void dataPublishedAfterTheDateNeverChangesTheReport(
      @ForAll NoticeAndData pair, @ForAll @IntRange(max = 2000) int offset, @ForAll @IntRange(min = 1, max = 400) int later) {
    Notice notice = pair.notice();
    LocalDate at = asAt(notice, offset);
    ComplianceReport report = ENGINE.evaluate(notice, pair.data(), at);

    assertThat(ENGINE.evaluate(notice, pair.data().asAt(at), at)).as("only what was known at %s", at)
        .isEqualTo(report);
    assertThat(ENGINE.evaluate(notice, withLaterNoise(notice, pair.data(), at, later), at))
        .as("with revisions, benchmarks, evidence, meetings and judgements after %s", at).isEqualTo(report);
  }

  /**
   * The data with, for every figure, a different revision published after the date, and every action, meeting
   * and judgement repeated (differently) after it.
   */
  static PerformanceData withLaterNoise(Notice notice, PerformanceData data, LocalDate at, int later) {
    PerformanceData.Builder b = PerformanceData.builder(data.council());
    b.addObservations(data.observations());
    data.benchmarks().forEach(b::addBenchmark);
    data.actions().forEach(b::addAction);
    data.meetings().forEach(b::addMeeting);
    data.judgements().forEach(b::addJudgement);
    // One later revision per indicator and period, published after everything the data already holds.
    LocalDate revised = data.observations().stream().map(Observation::published).reduce(at, EvaluationProperties::max)
        .plusDays(later);
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Observation o : data.observations()) {
      if (!seen.add(o.indicator() + " " + o.period())) {
        continue;
      }
      LocalDate published = revised;
      if (o.ratio().isPresent()) {
        Ratio r = o.ratio().get();
        Ratio flipped = new Ratio(r.denominator().subtract(r.numerator()), r.denominator());
        BigDecimal value = notice.indicator(o.indicator()).orElseThrow().unit()
            .ofRatio(flipped.numerator(), flipped.denominator());
        b.addObservation(new Observation(o.indicator(), o.period(), value, Optional.of(flipped), "revised later",
            published));
      } else {
        b.addObservation(Observation.of(o.indicator(), o.period(), o.value().add(BigDecimal.valueOf(7)),
            "revised later", published));
      }
    }
    LocalDate benchmarksRevised = data.benchmarks().stream().map(BenchmarkValue::published)
        .reduce(at, EvaluationProperties::max).plusDays(later);
    java.util.Set<String> seenBenchmarks = new java.util.HashSet<>();
    for (BenchmarkValue v : data.benchmarks()) {
      if (seenBenchmarks.add(v.indicator() + " " + v.kind() + " " + v.period())) {
        b.addBenchmark(new BenchmarkValue(v.indicator(), v.kind(), v.period(), v.value().add(BigDecimal.ONE),
            "revised later", benchmarksRevised));
      }
    }
    for (ActionEvidence a : data.actions()) {
      if (a.recorded().isAfter(at)) {
        continue;
      }
      // A second record of the same action, made after the date: an evaluation at the date must not see it.
      b.addAction(new ActionEvidence(a.action(), a.completed(), "recorded later", at.plusDays(later)));
    }
    LocalDate lastMeeting = data.meetings().stream().map(MeetingRecord::date).reduce(at, EvaluationProperties::max);
    int k = 0;
    for (MeetingRecord m : data.meetings()) {
      // Meetings after the date, each on its own day, chaired and attended otherwise.
      b.addMeeting(new MeetingRecord(m.body(), lastMeeting.plusDays(later + k++), m.chair(), !m.departmentAttended(),
          m.label(), "held later"));
    }
    LocalDate lastJudgement = data.judgements().stream().map(BoardJudgement::date).reduce(at, EvaluationProperties::max);
    int j = 0;
    for (BoardJudgement judgement : data.judgements()) {
      // A later judgement of another colour.
      Rag other = judgement.rag() == Rag.GREEN ? Rag.RED : Rag.GREEN;
      b.addJudgement(new BoardJudgement(judgement.requirement(), other, lastJudgement.plusDays(later + j++),
          "judged later"));
    }
    return b.build();
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  // ---------------------------------------------------------------- monotonicity

  /**
   * The forms in which a single figure after the issue date is only ever compared with a fixed level, so that
   * improving it can never worsen the finding. Left out, because there it can and should: direction only
   * (form 8, "minimising" compares each period with the one before), trend (15, likewise), gap between series
   * (10, derived from two series, one of which improving widens the gap). The baseline (the latest period ending
   * on or before the issue date) is never the figure improved: a better baseline raises the trajectory and the
   * level to keep (forms 1-3 forecasts, 7).
   */
  @Provide
  Arbitrary<NoticeAndData> monotoneForms() {
    return NoticeArbitraries.notices()
        .ofForms(RequirementForm.THRESHOLD_IN_PERIOD, RequirementForm.THRESHOLD_BY_DATE, RequirementForm.STAGED_TARGETS,
            RequirementForm.MAINTAIN, RequirementForm.EVERY_PERIOD, RequirementForm.RELATIVE_TO_BENCHMARK,
            RequirementForm.RELATIVE_TO_BASELINE, RequirementForm.AVERAGE_OVER_PERIOD)
        .flatMap(n -> NoticeArbitraries.performanceData(n).map(d -> new NoticeAndData(n, d)))
        .withoutEdgeCases();
  }

  @Property(tries = 150)
  void improvingAFigureNeverWorsensAFinding(
      @ForAll("monotoneForms") NoticeAndData pair, @ForAll @IntRange(max = 2000) int offset,
      @ForAll @IntRange(max = 100_000) int pick, @ForAll @IntRange(min = 1, max = 60) int by) {
    Notice notice = pair.notice();
    LocalDate issue = notice.issued().date();
    List<Observation> candidates = pair.data().observations().stream()
        .filter(o -> o.period().endInclusive().isAfter(issue)).toList();
    if (candidates.isEmpty()) {
      return;
    }
    Observation chosen = candidates.get(pick % candidates.size());
    Indicator indicator = notice.indicator(chosen.indicator()).orElseThrow();
    Observation better = improved(chosen, indicator, by);
    PerformanceData improved = replace(pair.data(), chosen, better);
    LocalDate at = asAt(notice, offset);

    ComplianceReport before = ENGINE.evaluate(notice, pair.data(), at);
    ComplianceReport after = ENGINE.evaluate(notice, improved, at);

    for (int i = 0; i < before.findings().size(); i++) {
      Finding was = before.findings().get(i);
      Finding now = after.findings().get(i);
      if (was.rag() == Rag.GREY || now.rag() == Rag.GREY) {
        assertThat(now.rag() == Rag.GREY).as("a figure's value never makes a finding grey or not: %s -> %s", was, now)
            .isEqualTo(was.rag() == Rag.GREY);
        continue;
      }
      assertThat(rank(now.rag())).as("improving %s to %s turned %s into %s", chosen, better.value(), was, now)
          .isGreaterThanOrEqualTo(rank(was.rag()));
    }
  }

  /** GREEN better than AMBER better than RED; GREY is not ranked. */
  static int rank(Rag rag) {
    switch (rag) {
      case GREEN:
        return 2;
      case AMBER:
        return 1;
      case RED:
        return 0;
      default:
        throw new IllegalArgumentException("Grey has no rank");
    }
  }

  /** The observation moved {@code by} in its polarity's better direction, keeping numerator within 0..denominator. */
  static Observation improved(Observation o, Indicator indicator, int by) {
    boolean higher = indicator.polarity() == Polarity.HIGHER_IS_BETTER;
    BigDecimal step = BigDecimal.valueOf(by);
    if (o.ratio().isPresent()) {
      Ratio r = o.ratio().get();
      BigDecimal numerator = higher ? r.numerator().add(step).min(r.denominator())
          : r.numerator().subtract(step).max(BigDecimal.ZERO.min(r.numerator()));
      return new Observation(o.indicator(), o.period(), indicator.unit().ofRatio(numerator, r.denominator()),
          Optional.of(new Ratio(numerator, r.denominator())), o.source(), o.published());
    }
    BigDecimal value = higher ? o.value().add(step) : o.value().subtract(step).max(BigDecimal.ZERO.min(o.value()));
    return Observation.of(o.indicator(), o.period(), value, o.source(), o.published());
  }

  static PerformanceData replace(PerformanceData data, Observation old, Observation by) {
    PerformanceData.Builder b = PerformanceData.builder(data.council());
    boolean replaced = false;
    for (Observation o : data.observations()) {
      boolean match = !replaced && o.equals(old);
      b.addObservation(match ? by : o);
      replaced |= match;
    }
    data.benchmarks().forEach(b::addBenchmark);
    data.actions().forEach(b::addAction);
    data.meetings().forEach(b::addMeeting);
    data.judgements().forEach(b::addJudgement);
    return b.build();
  }
}
