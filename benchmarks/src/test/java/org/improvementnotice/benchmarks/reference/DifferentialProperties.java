package org.improvementnotice.benchmarks.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Decision;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.JudgedFigure;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Verdict;
import org.improvementnotice.model.NamedEvent;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.requirement.DatedAction;
import org.improvementnotice.model.requirement.Due;
import org.improvementnotice.model.requirement.GapBetweenSeries;
import org.improvementnotice.model.requirement.RelativeToBenchmark;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.RequirementForm;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.requirement.StagedTargets;
import org.improvementnotice.model.requirement.ThresholdByDate;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.time.DeadlineContext;
import org.improvementnotice.rules.ComplianceEngine;
import org.improvementnotice.rules.ComplianceReport;
import org.improvementnotice.rules.FigureUsed;
import org.improvementnotice.rules.Finding;
import org.improvementnotice.rules.MissingData;
import org.improvementnotice.rules.Settings;
import org.improvementnotice.testkit.NoticeAndData;
import org.improvementnotice.testkit.NoticeArbitraries;

/**
 * The differential oracle: the Drools engine's findings equal the plain-Java {@link ReferenceEvaluator}'s for
 * generated notices and data. Covered: the status and colour of every requirement form (1 to 15; staged targets
 * stage by stage), due and not yet due, under the default settings and under random settings (tolerance and
 * per-indicator tolerances, trend length, lenient or strict missing data, due-soon days, meeting-gap tolerance).
 * The notices hold requirements of all forms, some without a term (so without an end) and some with deadlines
 * at events their calendar and schedule lack (UNRESOLVED_DEADLINE for forms 2, 3's stages, 6, 10 and 12 until a
 * meeting records the event); the data has gaps and revisions, benchmarks, action evidence (several pieces for
 * some actions), meetings chaired otherwise or with no chair recorded, meetings recording the events deadlines
 * name (resolving those the calendar lacks, or moving those it has), and board judgements; one pair of
 * properties has data dense near the thresholds. Also compared for every finding: the direction of travel (of the figure used, as the
 * notice-rules README defines it per form), and, for the forms whose decision rests on a single figure (1, 2 and
 * 3's stages, 6, 9, 10), the judged figure: the finding's one value named "figure", present exactly when the
 * reference has one, with the same value by {@code compareTo} and the same period. Not covered: the findings'
 * other values (latest, expected, baseline, benchmarks, a window's figures, a derived gap's two series), rules,
 * threshold words and explanations, and the working-day convention (no requirement uses it yet). Disagreements
 * found so far are kept as examples in {@link EngineRegressionExamplesTest}. Each try evaluates the notice at six
 * dates from before issue to after the end, so a run compares some tens of thousands of requirement findings; the
 * counts (findings, and judged figures present on both sides; by form, with 3's stages as 03, status and colour;
 * the findings of notices without an end; those whose event deadline a recorded meeting decided) are printed at
 * the end.
 */
class DifferentialProperties {

  private static final ComplianceEngine ENGINE = ComplianceEngine.create();
  private static final ReferenceEvaluator REFERENCE = new ReferenceEvaluator();
  private static final AtomicLong COMPARED = new AtomicLong();
  private static final AtomicLong FIGURES = new AtomicLong();
  private static final AtomicLong NO_FIGURE = new AtomicLong();
  private static final Map<String, AtomicLong> BY_STATUS = new ConcurrentSkipListMap<>();
  private static final Map<String, AtomicLong> BY_DIRECTION = new ConcurrentSkipListMap<>();
  private static final AtomicLong WITHOUT_END = new AtomicLong();
  private static final AtomicLong WITHOUT_END_FINDINGS = new AtomicLong();
  private static final AtomicLong DECIDED_BY_MEETING = new AtomicLong();

  /**
   * The share of targets' deadlines at the notice's end or a named event, above the testkit's default so that
   * forms 6 and 10 (due by a deadline only half the time) are unresolved in some tens of findings per run.
   */
  private static final double EVENT_DEADLINES = 0.15;

  /** The input of one try: a notice, its data and the settings to evaluate it under. */
  record Case(NoticeAndData pair, Settings settings) {}

  @Provide
  Arbitrary<NoticeAndData> allForms() {
    return NoticeArbitraries.notices()
        .ofForms(ReferenceEvaluator.FORMS.toArray(new RequirementForm[0]))
        .withEventDeadlines(EVENT_DEADLINES)
        .flatMap(n -> NoticeArbitraries.performanceData(n).withOtherChairs(0.1).map(d -> new NoticeAndData(n, d)))
        .withoutEdgeCases();
  }

  /** The same notices with data dense near their thresholds, where comparisons at the boundary matter. */
  @Provide
  Arbitrary<NoticeAndData> allFormsNearThresholds() {
    return NoticeArbitraries.notices()
        .ofForms(ReferenceEvaluator.FORMS.toArray(new RequirementForm[0]))
        .withEventDeadlines(EVENT_DEADLINES)
        .flatMap(n -> NoticeArbitraries.performanceData(n).nearThresholds().withOtherChairs(0.1)
            .map(d -> new NoticeAndData(n, d)))
        .withoutEdgeCases();
  }

  @Provide
  Arbitrary<Case> allFormsUnderRandomSettings() {
    return allForms().flatMap(p -> settings(p.notice()).map(s -> new Case(p, s)));
  }

  @Provide
  Arbitrary<Case> allFormsNearThresholdsUnderRandomSettings() {
    return allFormsNearThresholds().flatMap(p -> settings(p.notice()).map(s -> new Case(p, s)));
  }

  /**
   * Settings with every field that affects a status or colour drawn at random: the tolerance (0, a round value or
   * any hundredth), overrides for some of the notice's indicators, the trend length, missing data, the due-soon
   * days and the meeting-gap tolerance.
   */
  static Arbitrary<Settings> settings(Notice notice) {
    Arbitrary<String> fraction = Arbitraries.oneOf(Arbitraries.of("0", "0.05", "0.10", "0.25", "1"),
        Arbitraries.integers().between(0, 100).map(h -> BigDecimal.valueOf(h, 2).toPlainString()));
    List<Indicator> indicators = notice.indicators();
    Arbitrary<List<String>> overrides = fraction.optional(0.3).list().ofSize(indicators.size())
        .map(l -> l.stream().map(o -> o.orElse("")).toList());
    return Combinators.combine(fraction, overrides, Arbitraries.integers().between(2, 5),
            Arbitraries.of(MissingData.class), Arbitraries.integers().between(0, 60),
            Arbitraries.integers().between(0, 14))
        .as((tolerance, perIndicator, trend, missing, dueSoon, gapDays) -> {
          Settings.Builder b = Settings.builder().tolerance(tolerance).trendLength(trend).missingData(missing)
              .dueSoonDays(dueSoon).meetingGapToleranceDays(gapDays);
          for (int i = 0; i < indicators.size(); i++) {
            if (!perIndicator.get(i).isEmpty()) {
              b.tolerance(indicators.get(i).id(), perIndicator.get(i));
            }
          }
          return b.build();
        });
  }

  @Property(tries = 150)
  void droolsFindingsEqualTheReferenceFindings(@ForAll("allForms") NoticeAndData pair,
      @ForAll @IntRange(max = 100) int shift) {
    compare(pair, Settings.defaults(), shift);
  }

  @Property(tries = 150)
  void droolsFindingsEqualTheReferenceFindingsNearThresholds(@ForAll("allFormsNearThresholds") NoticeAndData pair,
      @ForAll @IntRange(max = 100) int shift) {
    compare(pair, Settings.defaults(), shift);
  }

  @Property(tries = 500)
  void droolsFindingsEqualTheReferenceFindingsUnderAnySettings(@ForAll("allFormsUnderRandomSettings") Case c,
      @ForAll @IntRange(max = 100) int shift) {
    compare(c.pair(), c.settings(), shift);
  }

  @Property(tries = 500)
  void droolsFindingsEqualTheReferenceFindingsNearThresholdsUnderAnySettings(
      @ForAll("allFormsNearThresholdsUnderRandomSettings") Case c, @ForAll @IntRange(max = 100) int shift) {
    compare(c.pair(), c.settings(), shift);
  }

  private static void compare(NoticeAndData pair, Settings settings, int shift) {
    Notice notice = pair.notice();
    LocalDate from = notice.issued().date().minusDays(40 - shift);
    LocalDate to = notice.end().orElse(notice.issued().date().plusYears(1)).plusDays(60 + shift);
    long step = Math.max(1, ChronoUnit.DAYS.between(from, to) / 5);
    ComplianceEngine engine = ENGINE.withSettings(settings);
    boolean withoutEnd = notice.end().isEmpty();
    if (withoutEnd) {
      WITHOUT_END.incrementAndGet();
    }
    Set<RequirementId> stages = notice.measures().stream().flatMap(m -> m.requirements().stream())
        .filter(r -> r instanceof StagedTargets).flatMap(r -> r.decidable().stream()).map(Requirement::id)
        .collect(Collectors.toSet());
    DeadlineContext calendarOnly = notice.deadlineContext();
    for (LocalDate at = from; !at.isAfter(to); at = at.plusDays(step)) {
      ComplianceReport report = engine.evaluate(notice, pair.data(), at);
      Map<String, Verdict> expected = REFERENCE.evaluate(notice, pair.data(), at, settings);
      assertThat(report.findings()).hasSize(expected.size());
      DeadlineContext withMeetings = notice.deadlineContext(eventsHeldBy(pair.data(), at));
      for (Finding f : report.findings()) {
        Verdict v = expected.get(f.requirement().value());
        String what = String.format("%s %s at %s under %s, values %s (reference %s)", f.form(), f, at, settings,
            f.values(), v);
        assertThat(new Decision(f.status(), f.rag())).as("status and colour of %s", what).isEqualTo(v.decision());
        assertThat(f.direction()).as("direction of travel of %s", what).isEqualTo(v.direction());
        COMPARED.incrementAndGet();
        if (withoutEnd) {
          WITHOUT_END_FINDINGS.incrementAndGet();
        }
        Optional<Deadline> event = notice.requirement(f.requirement()).flatMap(Requirement::dueBy)
            .filter(d -> d instanceof Deadline.AtEvent);
        if (event.isPresent() && !event.get().resolve(withMeetings).equals(event.get().resolve(calendarOnly))) {
          DECIDED_BY_MEETING.incrementAndGet();
        }
        int form = stages.contains(f.requirement()) ? RequirementForm.STAGED_TARGETS.number() : f.form().number();
        BY_STATUS.computeIfAbsent(String.format("%02d %s %s", form, f.status(), f.rag()),
            k -> new AtomicLong()).incrementAndGet();
        BY_DIRECTION.computeIfAbsent(String.format("%02d %s", f.form().number(), f.direction()),
            k -> new AtomicLong()).incrementAndGet();
        if (ReferenceEvaluator.JUDGED_FIGURE_FORMS.contains(f.form())) {
          Optional<FigureUsed> figure = judgedFigure(f);
          assertThat(sameFigure(figure, v.figure())).as("judged figure %s of %s", figure, what).isTrue();
          (figure.isPresent() ? FIGURES : NO_FIGURE).incrementAndGet();
        }
      }
    }
  }

  /** The events recorded as the labels of meetings held by the date. */
  static List<NamedEvent> eventsHeldBy(PerformanceData data, LocalDate asAt) {
    return data.meetings().stream().filter(m -> !m.date().isAfter(asAt) && m.label().isPresent())
        .map(m -> new NamedEvent(m.label().get(), m.date())).toList();
  }


  /** The single value a finding of the judged-figure forms reports as its "figure", if any. */
  static Optional<FigureUsed> judgedFigure(Finding f) {
    List<FigureUsed> figures = f.values().stream().filter(v -> v.role().equals("figure")).toList();
    assertThat(figures).as("the figures of %s", f).hasSizeLessThanOrEqualTo(1);
    return figures.stream().findFirst();
  }

  /** Both absent, or the same value by {@code compareTo} (not by scale) for the same period. */
  static boolean sameFigure(Optional<FigureUsed> engine, Optional<JudgedFigure> reference) {
    if (engine.isEmpty() || reference.isEmpty()) {
      return engine.isEmpty() && reference.isEmpty();
    }
    return engine.get().value().compareTo(reference.get().value()) == 0
        && engine.get().period().equals(Optional.of(reference.get().period()));
  }

  @AfterContainer
  static void report() {
    System.out.println("Differential oracle: compared " + COMPARED.get() + " findings with the reference (status,"
        + " colour and direction of travel of each) and " + FIGURES.get() + " judged figures (value and period;"
        + " another " + NO_FIGURE.get() + " findings of forms 1, 2, 3, 6, 9 and 10 had none on either side)");
    System.out.println("Notices without an end: " + WITHOUT_END.get() + " tries, " + WITHOUT_END_FINDINGS.get()
        + " findings; findings whose event deadline a recorded meeting decided (resolved where the calendar lacks"
        + " the event, or moved from the calendar's date): " + DECIDED_BY_MEETING.get());
    System.out.println("By form (3's stages as 03), status and colour: " + BY_STATUS);
    System.out.println("By form and direction of travel: " + BY_DIRECTION);
  }
}
