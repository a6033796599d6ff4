package org.improvementnotice.testkit.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.improvementnotice.model.Board;
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
import org.improvementnotice.model.indicator.Unit;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.requirement.DatedAction;
import org.improvementnotice.model.requirement.QualitativeMeasure;
import org.improvementnotice.model.requirement.RecurringAction;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.ThresholdByDate;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.time.Period;

/** Generates performance data consistent with a notice: it passes the data validator against it. */
public final class DataGenerator {

  /**
   * The configuration of a data arbitrary.
   *
   * @param gapProbability the share of periods with no figure, 0 to 1
   * @param revisionProbability the share of figures revised later, 0 to 1
   * @param monthsBefore how many months before the issue date the series start
   * @param monthsAfter how many months after the notice's end (or a year after issue, with no end) they run
   */
  public record Config(double gapProbability, double revisionProbability, int monthsBefore, int monthsAfter) {}

  private DataGenerator() {}

  /**
   * A series of observations of the indicator over the span, with numerators and denominators for rates.
   * Each random choice shrinks towards the simplest data: every period present, no revision.
   *
   * @param indicator the indicator, whose unit and natural reporting period the series follows
   * @param from the first day of the span: the series starts with the period containing it
   * @param to the last day of the span: the series ends with the period containing it
   * @param config the shares of gaps and revisions (the months before and after are not read here)
   * @return the series, in period order, a revision after the figure it revises
   */
  public static Arbitrary<List<Observation>> series(Indicator indicator, LocalDate from, LocalDate to, Config config) {
    return series(indicator, from, to, config, List.of());
  }

  /**
   * As {@link #series(Indicator, LocalDate, LocalDate, Config)}; when {@code levels} is not empty, half the
   * figures lie at or within three steps of one of the levels (a step is 0.1 in the unit, or 1 for whole counts),
   * so that comparisons at and around thresholds are exercised.
   *
   * @param indicator the indicator, whose unit and natural reporting period the series follows
   * @param from the first day of the span: the series starts with the period containing it
   * @param to the last day of the span: the series ends with the period containing it
   * @param config the shares of gaps and revisions (the months before and after are not read here)
   * @param levels the thresholds to draw figures near, in the indicator's unit; empty for none
   * @return the series, in period order, a revision after the figure it revises
   */
  public static Arbitrary<List<Observation>> series(Indicator indicator, LocalDate from, LocalDate to, Config config,
      List<BigDecimal> levels) {
    List<Period> periods = new ArrayList<>();
    for (Period p = indicator.reportingPeriod().containing(from); !p.start().isAfter(to); p = p.next()) {
      periods.add(p);
    }
    int n = periods.size();
    Arbitrary<List<Double>> rolls = Arbitraries.doubles().between(0, 1).list().ofSize(n);
    Arbitrary<List<Integer>> lags = Arbitraries.integers().between(1, 45).list().ofSize(n);
    Arbitrary<List<Integer>> revisionLags = Arbitraries.integers().between(46, 120).list().ofSize(n);
    Arbitrary<BigDecimal[]> one = levels.isEmpty() ? figure(indicator)
        : Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, figure(indicator)),
            net.jqwik.api.Tuple.of(1, nearLevel(indicator, levels)));
    Arbitrary<List<BigDecimal[]>> figures = one.list().ofSize(n);
    Arbitrary<List<BigDecimal[]>> revisedFigures = one.list().ofSize(n);
    return Combinators.combine(rolls, rolls, lags, revisionLags, figures, revisedFigures)
        .as((gap, revise, lag, revisionLag, figure, revised) -> {
          List<Observation> out = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            if (gap.get(i) > 1 - config.gapProbability()) {
              continue;
            }
            Period p = periods.get(i);
            out.add(observation(indicator, p, figure.get(i), p.endInclusive().plusDays(lag.get(i))));
            if (revise.get(i) > 1 - config.revisionProbability()) {
              out.add(observation(indicator, p, revised.get(i), p.endInclusive().plusDays(revisionLag.get(i))));
            }
          }
          return out;
        });
  }

  /** A value, or for rates a numerator and denominator: {value} or {numerator, denominator}. */
  private static Arbitrary<BigDecimal[]> figure(Indicator indicator) {
    if (!indicator.unit().isRate()) {
      return Generators.value(indicator.unit()).map(v -> new BigDecimal[] {v});
    }
    double cap = indicator.unit() == Unit.PERCENT ? 1.0 : 0.2;
    return Combinators.combine(Arbitraries.integers().between(1, 400), Arbitraries.doubles().between(0, 1))
        .as((den, share) -> new BigDecimal[] {BigDecimal.valueOf(Math.round(den * share * cap)), BigDecimal.valueOf(den)})
        .edgeCases(c -> c.add(new BigDecimal[] {BigDecimal.ZERO, BigDecimal.TEN},
            new BigDecimal[] {BigDecimal.TEN, BigDecimal.TEN}));
  }

  /**
   * A figure at or near one of the levels: for rates a numerator over a denominator of ten times the unit's scale
   * (so a level with one decimal place is hit exactly), otherwise the level plus or minus up to three steps.
   */
  private static Arbitrary<BigDecimal[]> nearLevel(Indicator indicator, List<BigDecimal> levels) {
    Arbitrary<Integer> offsets = Arbitraries.integers().between(-3, 3).edgeCases(e -> e.includeOnly(0));
    return Combinators.combine(Arbitraries.of(levels), offsets).as((level, offset) -> {
      if (indicator.unit().isRate()) {
        BigDecimal den = indicator.unit().scale().get().multiply(BigDecimal.TEN);
        BigDecimal num = level.multiply(BigDecimal.TEN).setScale(0, java.math.RoundingMode.HALF_UP)
            .add(BigDecimal.valueOf(offset)).max(BigDecimal.ZERO).min(den);
        return new BigDecimal[] {num, den};
      }
      boolean whole = indicator.unit() == Unit.COUNT || indicator.unit() == Unit.DAYS;
      BigDecimal step = whole ? BigDecimal.ONE : new BigDecimal("0.1");
      BigDecimal value = level.add(step.multiply(BigDecimal.valueOf(offset))).max(BigDecimal.ZERO);
      return new BigDecimal[] {whole ? value.setScale(0, java.math.RoundingMode.HALF_UP) : value};
    });
  }

  /** The threshold values of the notice's requirements, by indicator. */
  private static java.util.Map<org.improvementnotice.model.indicator.IndicatorId, List<BigDecimal>> levels(
      Notice notice) {
    java.util.Map<org.improvementnotice.model.indicator.IndicatorId, List<BigDecimal>> out = new java.util.HashMap<>();
    for (Requirement r : notice.decidableRequirements()) {
      java.util.Optional<org.improvementnotice.model.requirement.Threshold> t = java.util.Optional.empty();
      if (r instanceof org.improvementnotice.model.requirement.ThresholdInPeriod x) {
        t = java.util.Optional.of(x.threshold());
      } else if (r instanceof org.improvementnotice.model.requirement.ThresholdByDate x) {
        t = java.util.Optional.of(x.threshold());
      } else if (r instanceof org.improvementnotice.model.requirement.Maintain x) {
        t = java.util.Optional.of(x.threshold());
      } else if (r instanceof org.improvementnotice.model.requirement.EveryPeriod x) {
        t = java.util.Optional.of(x.threshold());
      } else if (r instanceof org.improvementnotice.model.requirement.AverageOverPeriod x) {
        t = java.util.Optional.of(x.threshold());
      }
      t.ifPresent(th -> out.computeIfAbsent(r.indicators().get(0), k -> new ArrayList<>()).add(th.value()));
    }
    return out;
  }

  private static Observation observation(Indicator indicator, Period period, BigDecimal[] figure, LocalDate published) {
    if (figure.length == 1) {
      return Observation.of(indicator.id(), period, figure[0], "generated", published);
    }
    Ratio ratio = new Ratio(figure[0], figure[1]);
    return new Observation(indicator.id(), period, indicator.unit().ofRatio(figure[0], figure[1]), Optional.of(ratio),
        "generated", published);
  }

  /**
   * {@return performance data for the notice: series for each indicator, benchmarks, evidence, meetings, judgements}
   *
   * @param notice the notice the data is for
   * @param config the series' gaps, revisions and span around the notice
   */
  public static Arbitrary<PerformanceData> data(Notice notice, Config config) {
    return data(notice, config, false, 0);
  }

  /**
   * As {@link #data(Notice, Config)}; with {@code nearThresholds}, half of the figures lie near the thresholds;
   * {@code otherChairs} is the share of meetings chaired by someone other than the board's chair or with no chair
   * recorded.
   *
   * @param notice the notice the data is for
   * @param config the series' gaps, revisions and span around the notice
   * @param nearThresholds whether half of the figures of each indicator a threshold reads lie near its thresholds
   * @param otherChairs the share of meetings not chaired by the board's chair, 0 to 1
   * @return the data
   */
  public static Arbitrary<PerformanceData> data(Notice notice, Config config, boolean nearThresholds,
      double otherChairs) {
    return data(notice, config, nearThresholds, otherChairs, 0, 0);
  }

  /**
   * As {@link #data(Notice, Config, boolean, double)}; {@code labelledMeetings} is the share of the events the
   * notice's deadlines name that one generated meeting records as its label (a meeting drawn at random among
   * all the boards' meetings, so it may fall before or after any assessment date); {@code severalEvidence} the
   * share of dated actions with evidence that have two or three pieces, completed and recorded on different days.
   *
   * @param notice the notice the data is for
   * @param config the series' gaps, revisions and span around the notice
   * @param nearThresholds whether half of the figures of each indicator a threshold reads lie near its thresholds
   * @param otherChairs the share of meetings not chaired by the board's chair, 0 to 1
   * @param labelledMeetings the share of the events the deadlines name that a meeting records as its label, 0 to 1
   * @param severalEvidence the share of dated actions with evidence that have two or three pieces, 0 to 1
   * @return the data
   */
  public static Arbitrary<PerformanceData> data(Notice notice, Config config, boolean nearThresholds,
      double otherChairs, double labelledMeetings, double severalEvidence) {
    return data(notice, config, nearThresholds, otherChairs, labelledMeetings, severalEvidence, DataVariations.NONE,
        0);
  }

  /**
   * As {@link #data(Notice, Config, boolean, double, double, double)}, with the series varied as
   * {@code variations} says and {@code evidenceBeforeIssue} the share of pieces of evidence whose completion is not
   * moved to the issue date when it falls before it (so an action whose deadline precedes the notice may be done
   * before it).
   *
   * @param notice the notice the data is for
   * @param config the series' gaps, revisions and span around the notice
   * @param nearThresholds whether half of the figures of each indicator a threshold reads lie near its thresholds
   * @param otherChairs the share of meetings not chaired by the board's chair, 0 to 1
   * @param labelledMeetings the share of the events the deadlines name that a meeting records as its label, 0 to 1
   * @param severalEvidence the share of dated actions with evidence that have two or three pieces, 0 to 1
   * @param variations how the council's series are varied (series from issue, worsening runs, figures of another
   *     kind); {@link DataVariations#NONE} for none
   * @param evidenceBeforeIssue the share of pieces of evidence left completed before the issue date, 0 to 1
   * @return the data, as {@link #data(Notice, Config, boolean, double, double, double)}, varied
   */
  public static Arbitrary<PerformanceData> data(Notice notice, Config config, boolean nearThresholds,
      double otherChairs, double labelledMeetings, double severalEvidence, DataVariations variations,
      double evidenceBeforeIssue) {
    var levels = nearThresholds ? levels(notice) : java.util.Map.<org.improvementnotice.model.indicator.IndicatorId,
        List<BigDecimal>>of();
    LocalDate from = notice.issued().date().minusMonths(config.monthsBefore());
    LocalDate to = notice.end().orElse(notice.issued().date().plusYears(1)).plusMonths(config.monthsAfter());
    List<Arbitrary<List<Observation>>> series = new ArrayList<>();
    List<Arbitrary<List<BenchmarkValue>>> benchmarks = new ArrayList<>();
    for (Indicator i : notice.indicators()) {
      // a derived rate's figures are worked out from its counts: the data gives the counts, never the rate
      if (i.derivedFrom().isEmpty()) {
        series.add(variations.vary(i, notice.issued().date(),
            series(i, from, to, config, levels.getOrDefault(i.id(), List.of()))));
      }
      for (BenchmarkKind kind : BenchmarkKind.values()) {
        benchmarks.add(series(i, from, to, new Config(0.1, 0, 0, 0)).map(os -> os.stream()
            .map(o -> new BenchmarkValue(o.indicator(), kind, o.period(), o.value(), "generated", o.published()))
            .toList()));
      }
    }
    List<Arbitrary<List<ActionEvidence>>> actions = new ArrayList<>();
    List<Arbitrary<List<BoardJudgement>>> judgements = new ArrayList<>();
    for (Requirement r : notice.decidableRequirements()) {
      if (r instanceof DatedAction a) {
        LocalDate around = a.deadline().resolve(notice.deadlineContext()).orElse(notice.issued().date().plusMonths(2));
        Arbitrary<List<ActionEvidence>> one = evidence(a, notice, around, 40, 14, "board minute", evidenceBeforeIssue).map(List::of);
        Arbitrary<List<ActionEvidence>> several = Arbitraries.of("board minute", "progress report", "document")
            .list().ofMinSize(2).ofMaxSize(3)
            .flatMap(refs -> Combinators.combine(refs.stream().map(ref -> evidence(a, notice, around, 60, 60, ref,
                evidenceBeforeIssue))
                .toList()).as(List::copyOf));
        Arbitrary<List<ActionEvidence>> some = severalEvidence <= 0 ? one
            : Generators.chance(severalEvidence).flatMap(many -> many ? several : one);
        actions.add(Generators.chance(0.6).flatMap(present -> present ? some
            : Arbitraries.just(List.<ActionEvidence>of())));
      } else if (r instanceof RecurringAction a) {
        actions.add(RecurringEvidence.of(a, notice, to));
      } else if (r instanceof QualitativeMeasure q) {
        Arbitrary<Rag> rags = Arbitraries.of(Rag.RED, Rag.AMBER, Rag.GREEN);
        Arbitrary<List<BoardJudgement>> first = Combinators.combine(rags, Arbitraries.integers().between(30, 300))
            .as((rag, days) -> List.of(
                new BoardJudgement(q.id(), rag, notice.issued().date().plusDays(days), "board view")));
        Arbitrary<List<BoardJudgement>> two = Combinators.combine(first, rags, Arbitraries.integers().between(1, 200))
            .as((one, rag, later) -> List.of(one.get(0),
                new BoardJudgement(q.id(), rag, one.get(0).date().plusDays(later), "board view revised")));
        judgements.add(Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, Arbitraries.just(List.<BoardJudgement>of())),
            net.jqwik.api.Tuple.of(3, first), net.jqwik.api.Tuple.of(2, two)));
      }
    }
    List<Arbitrary<List<MeetingRecord>>> meetings = new ArrayList<>();
    for (Board board : notice.governance().boards()) {
      meetings.add(meetings(board, notice.issued().date(), to, otherChairs));
    }
    List<String> events = eventsNamed(notice);
    Arbitrary<Optional<Integer>> pick = Arbitraries.integers().between(0, 9999)
        .withDistribution(net.jqwik.api.RandomDistribution.uniform()).map(Optional::of);
    Arbitrary<List<Optional<Integer>>> labels = labelledMeetings <= 0 ? Arbitraries.just(List.of())
        : Generators.chance(labelledMeetings).flatMap(yes -> yes ? pick : Arbitraries.just(Optional.<Integer>empty()))
            .list().ofSize(events.size());
    return Combinators.combine(Combinators.combine(series).as(l -> l), Combinators.combine(benchmarks).as(l -> l),
            Combinators.combine(actions).as(l -> l), Combinators.combine(judgements).as(l -> l),
            Combinators.combine(meetings).as(l -> l), labels)
        .as((obs, bench, acts, judge, meet, label) -> {
          PerformanceData.Builder b = PerformanceData.builder(notice.recipient().council());
          obs.forEach(b::addObservations);
          bench.forEach(l -> l.forEach(b::addBenchmark));
          acts.forEach(l -> l.forEach(b::addAction));
          judge.forEach(l -> l.forEach(b::addJudgement));
          labelled(meet.stream().flatMap(List::stream).toList(), events, label).forEach(b::addMeeting);
          return b.build();
        })
        // Edge cases of a composite this large multiply out; the leaves' edge values appear at random instead.
        .withoutEdgeCases();
  }

  /**
   * A piece of evidence for the action: completed up to {@code spread} days either side of {@code around} (not
   * before issue, except with the share {@code beforeIssue}), recorded up to {@code maxLag} days later.
   */
  private static Arbitrary<ActionEvidence> evidence(DatedAction a, Notice notice, LocalDate around, int spread,
      int maxLag, String reference, double beforeIssue) {
    return Combinators.combine(Arbitraries.integers().between(-spread, spread),
            Arbitraries.integers().between(0, maxLag), Generators.chance(beforeIssue))
        .as((shift, lag, early) -> {
          LocalDate completed = early ? around.plusDays(shift) : max(around.plusDays(shift), notice.issued().date());
          return new ActionEvidence(a.id(), completed, reference, completed.plusDays(lag));
        });
  }

  /** The names of the events the notice's deadlines name, each once (names compare ignoring case). */
  static List<String> eventsNamed(Notice notice) {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    for (Requirement r : notice.decidableRequirements()) {
      List<Deadline> deadlines = new ArrayList<>();
      r.dueBy().ifPresent(deadlines::add);
      if (r instanceof RecurringAction a) {
        a.until().ifPresent(deadlines::add);
      }
      for (Deadline deadline : deadlines) {
        if ((deadline instanceof Deadline.Before b ? b.inner() : deadline) instanceof Deadline.AtEvent e) {
          out.putIfAbsent(e.event().strip().toLowerCase(java.util.Locale.ROOT), e.event());
        }
      }
    }
    return List.copyOf(out.values());
  }

  /**
   * The meetings with the labels: for each event with a pick, the meeting at the pick's position (modulo their
   * number) records it, or the next meeting without a label; the meetings are unchanged when there is none.
   */
  private static List<MeetingRecord> labelled(List<MeetingRecord> meetings, List<String> events,
      List<Optional<Integer>> picks) {
    List<MeetingRecord> out = new ArrayList<>(meetings);
    for (int e = 0; e < picks.size() && !out.isEmpty(); e++) {
      if (picks.get(e).isEmpty()) {
        continue;
      }
      for (int k = 0; k < out.size(); k++) {
        int i = (picks.get(e).get() + k) % out.size();
        MeetingRecord m = out.get(i);
        if (m.label().isEmpty()) {
          out.set(i, new MeetingRecord(m.body(), m.date(), m.chair(), m.departmentAttended(),
              Optional.of(events.get(e)), m.reference()));
          break;
        }
      }
    }
    return out;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static Arbitrary<List<MeetingRecord>> meetings(Board board, LocalDate from, LocalDate to,
      double otherChairs) {
    long months = java.time.temporal.ChronoUnit.MONTHS.between(from, to) + 1;
    String other = board.chair().filter(c -> c.equals("Independent Chair")).isPresent()
        ? "Chief Executive" : "Independent Chair";
    return Combinators.combine(Arbitraries.integers().between(0, 10).list().ofSize((int) months),
            Arbitraries.of(true, false).list().ofSize((int) months),
            Arbitraries.doubles().between(0, 1).list().ofSize((int) months),
            Arbitraries.doubles().between(0, 1).list().ofSize((int) months))
        .as((jitter, attended, skip, chairRoll) -> {
          List<MeetingRecord> out = new ArrayList<>();
          for (int m = 0; m < months; m++) {
            if (skip.get(m) > 0.9) {
              continue;
            }
            LocalDate date = from.plusMonths(m).plusDays(jitter.get(m));
            if (date.isAfter(to)) {
              break;
            }
            Optional<String> chair = board.chair();
            if (chairRoll.get(m) < otherChairs) {
              chair = chairRoll.get(m) < otherChairs / 2 ? Optional.of(other) : Optional.empty();
            }
            out.add(new MeetingRecord(board.name(), date, chair, attended.get(m), Optional.empty(),
                "minutes " + date));
          }
          return out;
        });
  }
}
