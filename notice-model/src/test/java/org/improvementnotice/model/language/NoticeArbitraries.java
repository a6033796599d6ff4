package org.improvementnotice.model.language;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.improvementnotice.model.AssessmentPoint;
import org.improvementnotice.model.AssessmentSchedule;
import org.improvementnotice.model.Bearer;
import org.improvementnotice.model.Board;
import org.improvementnotice.model.Consequence;
import org.improvementnotice.model.Governance;
import org.improvementnotice.model.Instrument;
import org.improvementnotice.model.IssueDate;
import org.improvementnotice.model.Issuer;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.MeasureId;
import org.improvementnotice.model.NamedEvent;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.NoticeEvidence;
import org.improvementnotice.model.NoticeId;
import org.improvementnotice.model.Recipient;
import org.improvementnotice.model.Term;
import org.improvementnotice.model.indicator.Aggregation;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.IndicatorCatalogue;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.indicator.Polarity;
import org.improvementnotice.model.indicator.Unit;
import org.improvementnotice.model.requirement.AverageOverPeriod;
import org.improvementnotice.model.requirement.Baseline;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.requirement.Cadence;
import org.improvementnotice.model.requirement.Comparison;
import org.improvementnotice.model.requirement.DatedAction;
import org.improvementnotice.model.requirement.Direction;
import org.improvementnotice.model.requirement.DirectionOnly;
import org.improvementnotice.model.requirement.Due;
import org.improvementnotice.model.requirement.EveryPeriod;
import org.improvementnotice.model.requirement.GapBetweenSeries;
import org.improvementnotice.model.requirement.GapSource;
import org.improvementnotice.model.requirement.GovernanceCadence;
import org.improvementnotice.model.requirement.Maintain;
import org.improvementnotice.model.requirement.QualitativeMeasure;
import org.improvementnotice.model.requirement.RecurringAction;
import org.improvementnotice.model.requirement.RelativeToBaseline;
import org.improvementnotice.model.requirement.RelativeToBenchmark;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.requirement.Stage;
import org.improvementnotice.model.requirement.StagedTargets;
import org.improvementnotice.model.requirement.SustainedTrend;
import org.improvementnotice.model.requirement.TargetNotSet;
import org.improvementnotice.model.requirement.Threshold;
import org.improvementnotice.model.requirement.ThresholdByDate;
import org.improvementnotice.model.requirement.ThresholdInPeriod;
import org.improvementnotice.model.requirement.Trajectory;
import org.improvementnotice.model.time.AcademicYear;
import org.improvementnotice.model.time.CalendarMonth;
import org.improvementnotice.model.time.CalendarQuarter;
import org.improvementnotice.model.time.DateRange;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.time.FinancialYear;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.PeriodKind;
import org.improvementnotice.model.time.StatedDate;
import org.improvementnotice.model.time.Window;
import org.improvementnotice.model.time.YearToSeptember;

/**
 * Arbitrary notices for properties: every requirement form, every period and deadline kind, optional parts
 * present and absent, and texts with quotes, backslashes, line breaks, control characters and any Unicode.
 * Not necessarily valid notices (undeclared indicators, deadlines before issue): any notice the model can hold.
 * Dates lie in 1990-2099 (the language writes four-digit years); numbers of months up to 1200.
 */
final class NoticeArbitraries {

  private static final LocalDate FIRST = LocalDate.of(1990, 1, 1);
  private static final int DAYS = (int) ChronoUnit.DAYS.between(FIRST, LocalDate.of(2099, 12, 31));

  private NoticeArbitraries() {}

  static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, DAYS).map(FIRST::plusDays)
        .edgeCases(c -> c.add(LocalDate.of(2012, 2, 29), LocalDate.of(2009, 12, 31)));
  }

  static Arbitrary<YearMonth> months() {
    return dates().map(YearMonth::from);
  }

  /** Any text: printable ASCII with the characters that need escaping, or anything at all. */
  static Arbitrary<String> texts() {
    Arbitrary<String> tricky = Arbitraries.strings().ascii().withChars("\"\\\n\t\r#%:+\u00e9\u2013\u201c")
        .ofMaxLength(25);
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(12);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, tricky), net.jqwik.api.Tuple.of(1, any),
        net.jqwik.api.Tuple.of(2, Arbitraries.of("Improvement Board", "December Board", "it's \"quoted\"", "")));
  }

  static Arbitrary<String> nonBlank() {
    return texts().filter(s -> !s.isBlank());
  }

  static Arbitrary<String> slugs() {
    Arbitrary<Character> first = Arbitraries.chars().range('a', 'z').range('0', '9').range('A', 'Z');
    Arbitrary<String> rest = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
        .withChars("._-").ofMaxLength(10);
    return Combinators.combine(first, rest).as((f, r) -> f + r)
        .edgeCases(c -> c.add("target", "then", "days", "until", "measure", "from"));
  }

  static Arbitrary<IndicatorId> indicatorIds() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').ofMinLength(1)
        .ofMaxLength(4);
    Arbitrary<Character> letter = Arbitraries.chars().range('A', 'Z').range('a', 'z');
    Arbitrary<String> seps = Arbitraries.of(" ", ".", "_", "/", "-");
    Arbitrary<String> tail = Combinators.combine(seps, word).as((s, w) -> s + w).list().ofMaxSize(2)
        .map(l -> String.join("", l));
    Arbitrary<String> custom = Combinators.combine(letter, word.injectNull(0.3), tail)
        .as((l, w, t) -> l + (w == null ? "" : w) + t);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.of(IndicatorCatalogue.standard().ids())),
        net.jqwik.api.Tuple.of(2, custom.map(IndicatorId::of)));
  }

  static Arbitrary<BigDecimal> values() {
    return Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000000")).ofScale(3)
        .edgeCases(c -> c.add(BigDecimal.ZERO, new BigDecimal("100"), new BigDecimal("56.30")));
  }

  static Arbitrary<Period> periods() {
    Arbitrary<Integer> years = Arbitraries.integers().between(1990, 2098);
    Arbitrary<Period> ranges = Combinators.combine(dates(), dates())
        .as((a, b) -> DateRange.ofClosed(a.isBefore(b) ? a : b, a.isBefore(b) ? b : a));
    return Arbitraries.oneOf(
        months().map(CalendarMonth::of),
        dates().map(d -> CalendarQuarter.of(org.threeten.extra.YearQuarter.from(d))),
        years.map(FinancialYear::startingIn),
        years.map(AcademicYear::startingIn),
        years.map(YearToSeptember::endingIn),
        ranges);
  }

  static Arbitrary<Deadline> datedDeadlines() {
    return Arbitraries.oneOf(
        dates().map(Deadline::on),
        months().map(Deadline::endOf),
        Arbitraries.integers().between(1, 1200).map(Deadline::monthsAfterIssue),
        Arbitraries.just(Deadline.endOfNotice()));
  }

  static Arbitrary<Deadline> deadlines() {
    Arbitrary<Deadline> inner = Arbitraries.oneOf(datedDeadlines(), nonBlank().map(Deadline::atEvent));
    return Arbitraries.frequencyOf(Tuple.of(4, inner), Tuple.of(1, inner.map(Deadline::before)));
  }

  static Arbitrary<Window> windows() {
    return Combinators.combine(dates().optional(), dates().optional()).as((a, b) -> {
      if (a.isPresent() && b.isPresent() && b.get().isBefore(a.get())) {
        return new Window(b, a);
      }
      return new Window(a, b);
    });
  }

  static Arbitrary<Threshold> thresholds() {
    return Combinators.combine(Arbitraries.of(Comparison.class), values(), Arbitraries.of(Unit.class))
        .as(Threshold::new);
  }

  static Arbitrary<Baseline> baselines() {
    return Arbitraries.oneOf(Arbitraries.just(Baseline.atIssue()),
        Combinators.combine(values(), periods()).as(Baseline::stated));
  }

  static Arbitrary<Due> dues() {
    return Arbitraries.oneOf(periods().map(Due::in), deadlines().map(Due::by));
  }

  static Arbitrary<Stage> stages() {
    return Combinators.combine(thresholds(), dues()).as(Stage::new);
  }

  static Arbitrary<Trajectory> trajectories() {
    return Combinators.combine(baselines().optional(), stages().list().ofMaxSize(2)).as(Trajectory::new);
  }

  static Arbitrary<Cadence> cadences() {
    return Combinators.combine(Arbitraries.integers().between(1, 60),
        Arbitraries.of(ChronoUnit.DAYS, ChronoUnit.WEEKS, ChronoUnit.MONTHS)).as(Cadence::new);
  }

  /** Requirements of all sixteen forms, each with an arbitrary id. */
  static Arbitrary<Requirement> requirements() {
    Arbitrary<RequirementId> ids = slugs().map(RequirementId::of);
    Arbitrary<IndicatorId> ind = indicatorIds();
    Arbitrary<Optional<BenchmarkKind>> shown = Arbitraries.of(BenchmarkKind.class).optional();
    return Arbitraries.oneOf(
        Combinators.combine(ids, ind, thresholds(), periods(), trajectories(), shown).as(ThresholdInPeriod::new),
        Combinators.combine(ids, ind, thresholds(), deadlines(), trajectories(), shown).as(ThresholdByDate::new),
        Combinators.combine(ids, ind, baselines().optional(), stages().list().ofMinSize(2).ofMaxSize(4), shown)
            .as(StagedTargets::new),
        Combinators.combine(ids, ind, thresholds(), windows()).as(Maintain::new),
        Combinators.combine(ids, ind, thresholds(), windows()).as(EveryPeriod::new),
        Combinators.combine(ids, ind, Arbitraries.of(BenchmarkKind.class), Arbitraries.of(Comparison.class), dues(),
            baselines().optional()).as(RelativeToBenchmark::new),
        Combinators.combine(ids, ind, baselines(), Arbitraries.of(Comparison.class), windows())
            .as(RelativeToBaseline::new),
        Combinators.combine(ids, ind, Arbitraries.of(Direction.class), baselines(), windows()).as(DirectionOnly::new),
        Combinators.combine(ids, ind, thresholds(), periods()).as(AverageOverPeriod::new),
        Combinators.combine(ids, gapSources(), thresholds(), dues()).as(GapBetweenSeries::new),
        Combinators.combine(ids, ind, nonBlank()).as(TargetNotSet::new),
        Combinators.combine(ids, nonBlank(), deadlines()).as(DatedAction::new),
        Combinators.combine(ids, nonBlank(), cadences(), texts().optional(), Arbitraries.of(true, false), windows())
            .as(GovernanceCadence::new),
        Combinators.combine(ids, nonBlank()).as(QualitativeMeasure::new),
        Combinators.combine(ids, ind, Arbitraries.integers().between(2, 12).optional(), windows())
            .as((i, x, n, w) -> new SustainedTrend(i, x, n.map(OptionalInt::of).orElse(OptionalInt.empty()), w)),
        Combinators.combine(ids, nonBlank(), deadlines(), cadences(),
            Arbitraries.oneOf(datedDeadlines(), nonBlank().map(Deadline::atEvent)).optional())
            .as(RecurringAction::new));
  }

  static Arbitrary<GapSource> gapSources() {
    return Arbitraries.oneOf(indicatorIds().map(GapSource.Supplied::new),
        Combinators.combine(indicatorIds(), indicatorIds()).as((a, b) -> a).flatMap(a ->
            indicatorIds().filter(b -> !b.equals(a)).map(b -> new GapSource.Derived(a, b))));
  }

  /** Measures whose requirements sometimes carry the ids the language gives by default (so none is printed). */
  static Arbitrary<Measure> measures() {
    Arbitrary<String> groups = Arbitraries.oneOf(Arbitraries.of("", "Build capacity", "Working with others"), texts());
    Arbitrary<Bearer> bearers = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(Bearer.council())),
        Tuple.of(1, Arbitraries.just(Bearer.councilWithPartners())), Tuple.of(2, nonBlank().map(Bearer::other)));
    return Combinators.combine(slugs(), groups, nonBlank(), requirements().list().ofMaxSize(4),
        Arbitraries.of(true, false), bearers).as((id, group, clause, reqs, defaults, bearer) -> {
          List<Requirement> out = new ArrayList<>();
          for (int i = 0; i < reqs.size(); i++) {
            out.add(defaults ? Labels.withId(reqs.get(i), RequirementId.of(Labels.defaultId(id, i, reqs.size())))
                : reqs.get(i));
          }
          return new Measure(MeasureId.of(id), group, clause, out, bearer);
        });
  }

  static Arbitrary<Indicator> indicators() {
    Arbitrary<Indicator> custom = Combinators.combine(indicatorIds(), nonBlank(), Arbitraries.of(Unit.class),
        Arbitraries.of(Polarity.class), Arbitraries.of(PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.FINANCIAL_YEAR,
            PeriodKind.ACADEMIC_YEAR, PeriodKind.YEAR_TO_SEPTEMBER), Arbitraries.of(Aggregation.class))
        .as((id, name, unit, polarity, kind, agg) -> new Indicator(id, name, unit, polarity, kind,
            agg == Aggregation.RATIO && !unit.isRate() ? Aggregation.SUM : agg));
    return Arbitraries.oneOf(Arbitraries.of(IndicatorCatalogue.standard().indicators()), custom);
  }

  static Arbitrary<Board> boards() {
    return Combinators.combine(nonBlank(), texts().optional(), cadences().optional(), texts().list().ofMaxSize(2),
        texts().list().ofMaxSize(2)).as(Board::new);
  }

  static Arbitrary<StatedDate> statedDates() {
    return Arbitraries.oneOf(dates().map(StatedDate.OfDay::new), months().map(StatedDate.OfMonth::new));
  }

  /** Notices of every shape the model holds. */
  static Arbitrary<Notice> notices() {
    Arbitrary<Term> terms = Arbitraries.oneOf(Arbitraries.integers().between(1, 1200).map(Term.ForMonths::new),
        dates().map(Term.Until::new));
    Arbitrary<AssessmentSchedule> schedules = Combinators.combine(texts().optional(), texts().optional(),
        Combinators.combine(nonBlank(), datedDeadlines()).as(AssessmentPoint::new).list().ofMaxSize(3))
        .as(AssessmentSchedule::new);
    Arbitrary<Governance> governance = Combinators.combine(boards().list().ofMaxSize(2),
        Combinators.combine(nonBlank(), dates()).as(NamedEvent::new).list().ofMaxSize(2)).as(Governance::new);
    Arbitrary<Recipient> recipients = Combinators.combine(nonBlank(), texts().optional()).as(Recipient::new);
    Arbitrary<Issuer> issuers = Combinators.combine(nonBlank(), texts().optional()).as(Issuer::new);
    Arbitrary<List<NoticeEvidence>> evidence = Combinators.combine(nonBlank(), statedDates().optional())
        .as(NoticeEvidence::new).list().ofMaxSize(2);
    Arbitrary<IssueDate> issued = Combinators.combine(dates(), Arbitraries.of(true, false)).as(IssueDate::new);
    Arbitrary<Consequence> consequences = Combinators.combine(texts().optional(), nonBlank()).as(Consequence::new);
    Arbitrary<Object[]> head = Combinators.combine(slugs(), Arbitraries.of(Instrument.class), recipients, issuers,
        texts(), evidence, texts().optional(), issued).as((a, b, c, d, e, f, g, h) -> new Object[] {a, b, c, d, e, f, g, h});
    Arbitrary<Object[]> tail = Combinators.combine(terms.optional(), schedules, governance,
        indicators().list().ofMaxSize(3), measures().list().ofMaxSize(4), consequences.optional())
        .as((a, b, c, d, e, f) -> new Object[] {a, b, c, d, e, f});
    return Combinators.combine(head, tail).as(NoticeArbitraries::notice);
  }

  @SuppressWarnings("unchecked")
  private static Notice notice(Object[] h, Object[] t) {
    return new Notice(NoticeId.of((String) h[0]), (Instrument) h[1], (Recipient) h[2], (Issuer) h[3], (String) h[4],
        (List<NoticeEvidence>) h[5], (Optional<String>) h[6], (IssueDate) h[7], (Optional<Term>) t[0],
        (AssessmentSchedule) t[1], (Governance) t[2], (List<Indicator>) t[3], (List<Measure>) t[4],
        (Optional<Consequence>) t[5]);
  }
}
