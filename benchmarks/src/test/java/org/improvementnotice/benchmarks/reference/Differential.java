package org.improvementnotice.benchmarks.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Decision;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Verdict;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.requirement.AverageOverPeriod;
import org.improvementnotice.model.requirement.Due;
import org.improvementnotice.model.requirement.GapBetweenSeries;
import org.improvementnotice.model.requirement.RelativeToBenchmark;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.requirement.ThresholdInPeriod;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.validation.DataValidator;
import org.improvementnotice.model.validation.Problem;
import org.improvementnotice.rules.ComplianceEngine;
import org.improvementnotice.rules.ComplianceReport;
import org.improvementnotice.rules.DirectionOfTravel;
import org.improvementnotice.rules.FigureUsed;
import org.improvementnotice.rules.Finding;
import org.improvementnotice.rules.Settings;
import org.improvementnotice.rules.Status;
import org.improvementnotice.testkit.NoticeAndData;

/**
 * The comparison the differential properties make, between a candidate (the Drools engine, or a reference built
 * with a {@link Break}) and a reference (the sound one, unless {@link #expectedReference()} says otherwise): for each requirement at each date the status and colour, the
 * direction of travel, the judged figure (for {@link ReferenceEvaluator#JUDGED_FIGURE_FORMS}), whether the
 * finding says that its deadline precedes the notice and whether it counts against the council (and the engine's
 * verdict is that none does); the rows refused for their period kind; the final verdict's
 * date and findings.
 */
final class Differential {
  private Differential() {}

  /** What is compared of one requirement's finding; a judged figure's value without trailing zeros. */
  record Compared(Decision decision, DirectionOfTravel direction, Optional<BigDecimal> figure,
      Optional<Period> period, boolean deadlinePrecedesNotice, boolean countsAgainstTheCouncil) {}

  /** Something that decides requirements: the engine, or a reference. */
  interface Side {
    /** The findings at the date, by requirement id, in the notice's order. */
    Map<String, Compared> at(Notice notice, PerformanceData data, LocalDate asAt, Settings settings);

    /** The final verdict's date and findings, empty for a notice without an end. */
    Optional<Map.Entry<LocalDate, Map<String, Compared>>> finalVerdict(Notice notice, PerformanceData data,
        Settings settings);

    /** The text of each row refused for its period kind (an error of validation, or a reference's refusal). */
    List<String> refusals(Notice notice, PerformanceData data);

    /** The notice's journey, ending at the successor's issue date when a successor supersedes it. */
    List<Step> journey(Notice notice, PerformanceData data, Optional<Notice> successor, Settings settings);
  }

  /** One assessment of a journey: its date, its name, whether it is the final verdict, and its findings. */
  record Step(LocalDate date, String name, boolean isFinal, Map<String, Compared> findings) {}

  /** The Drools engine, with the data validator for refusals. */
  static Side engine() {
    ComplianceEngine engine = ComplianceEngine.create();
    return new Side() {
      @Override
      public Map<String, Compared> at(Notice notice, PerformanceData data, LocalDate asAt, Settings settings) {
        return compared(engine.withSettings(settings).evaluate(notice, data, asAt));
      }

      @Override
      public Optional<Map.Entry<LocalDate, Map<String, Compared>>> finalVerdict(Notice notice, PerformanceData data,
          Settings settings) {
        ComplianceEngine e = engine.withSettings(settings);
        Optional<ComplianceReport> report = e.finalVerdict(notice, data);
        report.ifPresent(r -> assertThat(r.isFinal()).as("the final verdict %s is final", r.asAt()).isTrue());
        assertThat(report.map(ComplianceReport::asAt)).as("the final verdict's date and finalVerdictDate")
            .isEqualTo(e.finalVerdictDate(notice));
        return report.map(r -> Map.entry(r.asAt(), compared(r)));
      }

      @Override
      public List<String> refusals(Notice notice, PerformanceData data) {
        return DataValidator.validate(notice, data).stream().filter(Problem::isError).map(Problem::toString).toList();
      }

      @Override
      public List<Step> journey(Notice notice, PerformanceData data, Optional<Notice> successor, Settings settings) {
        ComplianceEngine e = engine.withSettings(settings);
        List<ComplianceReport> reports = successor.isPresent() ? e.evaluateSchedule(notice, data, successor.get())
            : e.evaluateSchedule(notice, data);
        return reports.stream()
            .map(r -> new Step(r.asAt(), r.assessment().orElse(""), r.isFinal(), compared(r))).toList();
      }
    };
  }

  private static Map<String, Compared> compared(ComplianceReport report) {
    Map<String, Compared> out = new LinkedHashMap<>();
    for (Finding f : report.findings()) {
      Optional<FigureUsed> figure = Optional.empty();
      if (ReferenceEvaluator.JUDGED_FIGURE_FORMS.contains(f.form())) {
        List<FigureUsed> figures = f.values().stream().filter(v -> v.role().equals("figure")).toList();
        assertThat(figures).as("the figures of %s", f).hasSizeLessThanOrEqualTo(1);
        figure = figures.stream().findFirst();
      }
      out.put(f.requirement().value(), new Compared(new Decision(f.status(), f.rag()), f.direction(),
          figure.map(v -> v.value().stripTrailingZeros()), figure.flatMap(FigureUsed::period),
          f.explanation().toLowerCase(Locale.ROOT).contains("the deadline precedes the notice"),
          f.countsAgainstTheCouncil()));
    }
    // the verdict is that no finding counts against the council
    assertThat(report.compliedSoFar()).isEqualTo(out.values().stream().noneMatch(Compared::countsAgainstTheCouncil));
    return out;
  }

  /** A reference evaluator. */
  static Side reference(ReferenceEvaluator reference) {
    return new Side() {
      @Override
      public Map<String, Compared> at(Notice notice, PerformanceData data, LocalDate asAt, Settings settings) {
        return compared(notice, data, asAt, reference.evaluate(notice, data, asAt, settings), reference);
      }

      @Override
      public Optional<Map.Entry<LocalDate, Map<String, Compared>>> finalVerdict(Notice notice, PerformanceData data,
          Settings settings) {
        return reference.finalVerdictDate(notice, settings)
            .map(d -> Map.entry(d, compared(notice, data, d, reference.evaluate(notice, data, d, settings),
                reference)));
      }

      @Override
      public List<String> refusals(Notice notice, PerformanceData data) {
        return reference.refusals(notice, data).stream().map(Refusal::toString).toList();
      }

      @Override
      public List<Step> journey(Notice notice, PerformanceData data, Optional<Notice> successor, Settings settings) {
        List<ReferenceEvaluator.Step> steps = successor.isPresent()
            ? reference.journey(notice, data, successor.get(), settings) : reference.journey(notice, data, settings);
        return steps.stream().map(s -> new Step(s.date(), s.name(), s.isFinal(),
            compared(notice, data, s.date(), s.verdicts(), reference))).toList();
      }
    };
  }

  private static Map<String, Compared> compared(Notice notice, PerformanceData data, LocalDate asAt,
      Map<String, Verdict> verdicts, ReferenceEvaluator reference) {
    boolean bearerIgnored = reference.breaks().contains(Break.BEARER_IGNORED);
    Map<String, Compared> out = new LinkedHashMap<>();
    verdicts.forEach((id, v) -> out.put(id, new Compared(v.decision(), v.direction(),
        v.figure().map(f -> f.value().stripTrailingZeros()), v.figure().map(ReferenceEvaluator.JudgedFigure::period),
        ReferenceEvaluator.deadlinePrecedesNotice(notice, notice.requirement(RequirementId.of(id)).orElseThrow(), data,
            asAt),
        ReferenceEvaluator.countsAgainstTheCouncil(notice, RequirementId.of(id), v.decision(), bearerIgnored))));
    return out;
  }

  /** The sound reference. */
  static final ReferenceEvaluator SOUND_REFERENCE = new ReferenceEvaluator();

  /** The sound reference, as a side. */
  static final Side SOUND = reference(SOUND_REFERENCE);

  /** The reference the differential properties expect: see {@link ExpectedReference}. */
  static ReferenceEvaluator expectedReference() {
    return ExpectedReference.get();
  }

  /**
   * Whether the candidate refuses the same rows as the sound reference: as many, and each the reference refuses
   * named (indicator and period) by one of the candidate's. Returns whether the data was refused (then nothing
   * else is compared: validation stops it before evaluation).
   */
  static boolean sameRefusals(Side candidate, ReferenceEvaluator reference, NoticeAndData pair) {
    List<Refusal> expected = reference.refusals(pair.notice(), pair.data());
    List<String> refused = candidate.refusals(pair.notice(), pair.data());
    assertThat(refused).as("rows refused, where the reference refuses %s", expected).hasSameSizeAs(expected);
    for (Refusal r : expected) {
      Observation row = r.row();
      assertThat(refused).as("a refusal naming %s", r)
          .anyMatch(t -> t.contains(row.indicator().value()) && t.contains(row.period().toString()));
    }
    return !expected.isEmpty();
  }

  /** Called with each compared finding, for the properties' counts. */
  interface Tally {
    void count(Notice notice, LocalDate asAt, String requirement, Compared compared);

    Tally NONE = (n, d, r, c) -> { };
  }

  /**
   * The candidate's findings equal the sound reference's at six dates from before issue to after the end (or a
   * year after issue), the first shifted by {@code shift} days; nothing is evaluated when the data is refused.
   */
  static void compare(Side candidate, ReferenceEvaluator reference, NoticeAndData pair, Settings settings, int shift,
      Tally tally) {
    Side expectedSide = reference(reference);
    if (sameRefusals(candidate, reference, pair)) {
      return;
    }
    Notice notice = pair.notice();
    LocalDate from = notice.issued().date().minusDays(40 - shift);
    LocalDate to = notice.end().orElse(notice.issued().date().plusYears(1)).plusDays(60 + shift);
    long step = Math.max(1, ChronoUnit.DAYS.between(from, to) / 5);
    for (LocalDate at = from; !at.isAfter(to); at = at.plusDays(step)) {
      Map<String, Compared> expected = expectedSide.at(notice, pair.data(), at, settings);
      Map<String, Compared> actual = candidate.at(notice, pair.data(), at, settings);
      assertThat(actual.keySet()).as("requirements at %s", at).containsExactlyElementsOf(expected.keySet());
      for (Map.Entry<String, Compared> e : expected.entrySet()) {
        assertSame(notice, at, settings, e.getKey(), actual.get(e.getKey()), e.getValue());
        tally.count(notice, at, e.getKey(), actual.get(e.getKey()));
      }
    }
  }

  /**
   * The candidate's final verdict equals the sound reference's: the same date and findings; and in it no
   * requirement due on or before the end is NOT_YET_DUE.
   */
  static void compareFinal(Side candidate, ReferenceEvaluator reference, NoticeAndData pair, Settings settings,
      Tally tally) {
    if (sameRefusals(candidate, reference, pair)) {
      return;
    }
    Notice notice = pair.notice();
    Optional<Map.Entry<LocalDate, Map<String, Compared>>> expected = reference(reference).finalVerdict(notice,
        pair.data(), settings);
    Optional<Map.Entry<LocalDate, Map<String, Compared>>> actual = candidate.finalVerdict(notice, pair.data(),
        settings);
    assertThat(actual.map(Map.Entry::getKey)).as("the final verdict's date under %s", settings)
        .isEqualTo(expected.map(Map.Entry::getKey));
    if (expected.isEmpty()) {
      return;
    }
    LocalDate at = expected.get().getKey();
    for (Map.Entry<String, Compared> e : expected.get().getValue().entrySet()) {
      Compared found = actual.get().getValue().get(e.getKey());
      assertSame(notice, at, settings, e.getKey(), found, e.getValue());
      Requirement r = notice.requirement(RequirementId.of(e.getKey())).orElseThrow();
      if (dueByTheEnd(notice, pair.data(), at, r)) {
        assertThat(found.decision().status()).as("%s in the final verdict at %s", e.getKey(), at)
            .isNotEqualTo(Status.NOT_YET_DUE);
      }
      tally.count(notice, at, e.getKey(), found);
    }
  }

  /**
   * The candidate's journey equals the sound reference's: the same assessments (date, name, whether final) in the
   * same order, with the same findings at each; with a successor, none after its issue date unless the notice had
   * ended before it (it then keeps its own journey).
   */
  static void compareJourney(Side candidate, ReferenceEvaluator reference, NoticeAndData pair,
      Optional<Notice> successor, Settings settings, Tally tally) {
    if (sameRefusals(candidate, reference, pair)) {
      return;
    }
    Notice notice = pair.notice();
    List<Step> expected = reference(reference).journey(notice, pair.data(), successor, settings);
    List<Step> actual = candidate.journey(notice, pair.data(), successor, settings);
    assertThat(actual.stream().map(Differential::heading).toList()).as("the journey's assessments under %s", settings)
        .containsExactlyElementsOf(expected.stream().map(Differential::heading).toList());
    Optional<LocalDate> change = successor.map(s -> s.issued().date())
        .filter(c -> notice.end().filter(end -> end.isBefore(c)).isEmpty());
    for (int i = 0; i < expected.size(); i++) {
      Step step = expected.get(i);
      LocalDate at = step.date();
      change.ifPresent(c -> assertThat(at).as("an assessment of the superseded journey").isBeforeOrEqualTo(c));
      assertThat(actual.get(i).findings().keySet()).as("requirements at %s", heading(step))
          .containsExactlyElementsOf(step.findings().keySet());
      // the final verdict at the end, not at a change: nothing due by the end is still not yet due
      boolean endOfItsOwn = step.isFinal() && change.isEmpty();
      for (Map.Entry<String, Compared> e : step.findings().entrySet()) {
        Compared found = actual.get(i).findings().get(e.getKey());
        assertSame(notice, at, settings, e.getKey(), found, e.getValue());
        if (endOfItsOwn && dueByTheEnd(notice, pair.data(), at,
            notice.requirement(RequirementId.of(e.getKey())).orElseThrow())) {
          assertThat(found.decision().status()).as("%s in the final verdict at %s", e.getKey(), at)
              .isNotEqualTo(Status.NOT_YET_DUE);
        }
        tally.count(notice, at, e.getKey(), found);
      }
    }
  }

  private static String heading(Step step) {
    return step.date() + " " + step.name() + (step.isFinal() ? " (final)" : "");
  }

  /**
   * Whether the requirement's due date (its period's end, or its deadline with the events recorded by the date) is
   * on or before the notice's end.
   */
  private static boolean dueByTheEnd(Notice notice, PerformanceData data, LocalDate at, Requirement r) {
    Optional<LocalDate> due = r.dueBy()
        .flatMap(d -> d.resolve(notice.deadlineContext(DifferentialProperties.eventsHeldBy(data, at))));
    if (r instanceof ThresholdInPeriod t) {
      due = Optional.of(t.period().endInclusive());
    } else if (r instanceof AverageOverPeriod a) {
      due = Optional.of(a.period().endInclusive());
    } else if (r instanceof RelativeToBenchmark b && b.due() instanceof Due.InPeriod in) {
      due = Optional.of(in.period().endInclusive());
    } else if (r instanceof GapBetweenSeries g && g.due() instanceof Due.InPeriod in) {
      due = Optional.of(in.period().endInclusive());
    }
    return due.isPresent() && notice.end().isPresent() && !due.get().isAfter(notice.end().get());
  }

  private static void assertSame(Notice notice, LocalDate at, Settings settings, String id, Compared actual,
      Compared expected) {
    String what = String.format("%s %s at %s under %s: %s (reference %s)",
        notice.requirement(RequirementId.of(id)).map(Requirement::form).orElse(null), id, at, settings, actual,
        expected);
    assertThat(actual).as("finding of %s", what).isNotNull();
    assertThat(actual.decision()).as("status and colour of %s", what).isEqualTo(expected.decision());
    assertThat(actual.direction()).as("direction of travel of %s", what).isEqualTo(expected.direction());
    assertThat(actual.figure()).as("judged figure of %s", what).isEqualTo(expected.figure());
    assertThat(actual.period()).as("judged period of %s", what).isEqualTo(expected.period());
    assertThat(actual.deadlinePrecedesNotice()).as("whether %s says the deadline precedes the notice", what)
        .isEqualTo(expected.deadlinePrecedesNotice());
    assertThat(actual.countsAgainstTheCouncil()).as("whether %s counts against the council", what)
        .isEqualTo(expected.countsAgainstTheCouncil());
  }
}
