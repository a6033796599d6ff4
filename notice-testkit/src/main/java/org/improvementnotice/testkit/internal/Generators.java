package org.improvementnotice.testkit.internal;

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
import net.jqwik.api.RandomDistribution;
import org.improvementnotice.model.indicator.Indicator;
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
import org.improvementnotice.model.requirement.RequirementForm;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.requirement.Stage;
import org.improvementnotice.model.requirement.StagedTargets;
import org.improvementnotice.model.requirement.SustainedTrend;
import org.improvementnotice.model.requirement.TargetNotSet;
import org.improvementnotice.model.requirement.Threshold;
import org.improvementnotice.model.requirement.ThresholdByDate;
import org.improvementnotice.model.requirement.ThresholdInPeriod;
import org.improvementnotice.model.requirement.Trajectory;
import org.improvementnotice.model.time.DateRange;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.PeriodKind;
import org.improvementnotice.model.time.Window;

/**
 * Arbitraries for the parts of a notice, given what they must agree with (the issue date, the end, the
 * declared indicators and boards), so that every generated notice passes validation.
 */
public final class Generators {

  private Generators() {}

  /**
   * What a requirement must agree with.
   *
   * @param issue the notice's issue date
   * @param end the notice's end, or for a notice without a term the horizon its dates are drawn up to
   * @param indicators the declared indicators
   * @param boards the declared boards
   * @param events the events the notice's calendar or schedule dates, which deadlines may name
   * @param unscheduled events deadlines may name that neither the calendar nor the schedule has: they resolve
   *     only once a meeting with that label is recorded
   * @param eventDeadlines the share of the deadlines of targets (forms 2, 6 and 10) at a named event or the
   *     notice's end, and of staged targets with a stage at an unscheduled event, 0 to 1
   * @param unscheduledEvents the share of deadlines at a named event that name an unscheduled one, 0 to 1
   * @param awkwardText whether text has quotes, backslashes, line breaks and non-ASCII characters
   * @param deadlinesBeforeIssue the share of dated actions whose deadline falls before the issue date (a warning
   *     of validation, never an error), 0 to 1
   * @param beforeDeadlines the share of deadlines (of dated actions and targets) that are strict, "before" rather
   *     than "by", 0 to 1
   */
  public record Context(LocalDate issue, LocalDate end, List<Indicator> indicators, List<String> boards,
      List<String> events, List<String> unscheduled, double eventDeadlines, double unscheduledEvents,
      boolean awkwardText, double deadlinesBeforeIssue, double beforeDeadlines) {

    /**
     * A context with no deadline before the issue date and no strict deadline.
     *
     * @param issue the notice's issue date
     * @param end the notice's end, or for a notice without a term the horizon its dates are drawn up to
     * @param indicators the declared indicators
     * @param boards the declared boards
     * @param events the events the notice's calendar or schedule dates, which deadlines may name
     * @param unscheduled events deadlines may name that neither the calendar nor the schedule has
     * @param eventDeadlines the share of the deadlines of targets at a named event or the notice's end, 0 to 1
     * @param unscheduledEvents the share of deadlines at a named event that name an unscheduled one, 0 to 1
     * @param awkwardText whether text has quotes, backslashes, line breaks and non-ASCII characters
     */
    public Context(LocalDate issue, LocalDate end, List<Indicator> indicators, List<String> boards,
        List<String> events, List<String> unscheduled, double eventDeadlines, double unscheduledEvents,
        boolean awkwardText) {
      this(issue, end, indicators, boards, events, unscheduled, eventDeadlines, unscheduledEvents, awkwardText, 0, 0);
    }

    /**
     * A context whose deadlines name only the events of the calendar and schedule, and targets none.
     *
     * @param issue the notice's issue date
     * @param end the notice's end, or for a notice without a term the horizon its dates are drawn up to
     * @param indicators the declared indicators
     * @param boards the declared boards
     * @param events the events the notice's calendar or schedule dates, which deadlines may name
     * @param awkwardText whether text has quotes, backslashes, line breaks and non-ASCII characters
     */
    public Context(LocalDate issue, LocalDate end, List<Indicator> indicators, List<String> boards,
        List<String> events, boolean awkwardText) {
      this(issue, end, indicators, boards, events, List.of(), 0, 0, awkwardText);
    }

    long days() {
      return ChronoUnit.DAYS.between(issue, end);
    }

    List<Indicator> percentIndicators() {
      return indicators.stream().filter(i -> i.unit() == Unit.PERCENT).toList();
    }
  }

  /** A date from the issue date to the end, the ends and the last days of months weighted in. */
  static Arbitrary<LocalDate> dateInLife(Context ctx) {
    Arbitrary<LocalDate> any = Arbitraries.longs().between(0, ctx.days()).map(ctx.issue()::plusDays);
    Arbitrary<LocalDate> monthEnd = any.map(d -> YearMonth.from(d).atEndOfMonth()).filter(d -> !d.isAfter(ctx.end()));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, any), net.jqwik.api.Tuple.of(3, monthEnd),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(ctx.issue(), ctx.end())));
  }

  /**
   * {@return a value in the unit, with the ends of its range as edge cases (0 and 100 for percentages)}
   *
   * @param unit the unit: percentages 0 to 100 and percentage points 0 to 60 with one decimal, counts and days 0 to
   *     500, rates and scores 0 to 400 with one decimal
   */
  public static Arbitrary<BigDecimal> value(Unit unit) {
    return switch (unit) {
      case PERCENT -> Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(1)
          .edgeCases(c -> c.includeOnly(BigDecimal.ZERO, BigDecimal.valueOf(100)));
      case COUNT, DAYS -> Arbitraries.integers().between(0, 500).map(BigDecimal::valueOf);
      case PERCENTAGE_POINTS -> Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(60)).ofScale(1);
      case RATE_PER_1000, RATE_PER_10000, SCORE -> Arbitraries.bigDecimals()
          .between(BigDecimal.ZERO, BigDecimal.valueOf(400)).ofScale(1);
    };
  }

  static Arbitrary<Threshold> threshold(Indicator indicator) {
    Comparison comparison = Comparison.forPolarity(indicator.polarity());
    return value(indicator.unit()).map(v -> new Threshold(comparison, v, indicator.unit()));
  }

  static Arbitrary<Period> periodInLife(Context ctx, Indicator indicator) {
    return dateInLife(ctx).map(d -> indicator.reportingPeriod().containing(d));
  }

  /**
   * True with the probability (0 to 1), drawn so that it shrinks to false: a uniform roll of 0 to 999 at or
   * above {@code 1000 - 1000p} (uniform: jqwik's default distribution of integers favours the ends of the range).
   *
   * @param probability p, 0 to 1, in steps of 0.001 (rounded)
   * @return an arbitrary that is true with that probability
   */
  public static Arbitrary<Boolean> chance(double probability) {
    long threshold = 1000 - Math.round(probability * 1000);
    return Arbitraries.integers().between(0, 999).withDistribution(RandomDistribution.uniform())
        .map(roll -> roll >= threshold);
  }

  /**
   * A deadline of a dated action: a date, the end of a month or months after issue, the notice's end, or a
   * named event, each as likely; with {@code calendarOnly} (targets) one of the first three, except that a
   * share {@link Context#eventDeadlines()} of them is the notice's end or a named event.
   */
  static Arbitrary<Deadline> deadline(Context ctx, boolean calendarOnly) {
    Arbitrary<Deadline> deadline = plainDeadline(ctx, calendarOnly);
    if (!calendarOnly && ctx.deadlinesBeforeIssue() > 0) {
      Arbitrary<Deadline> beforeIssue = Arbitraries.oneOf(
          Arbitraries.integers().between(1, 90).map(d -> Deadline.on(ctx.issue().minusDays(d))),
          Arbitraries.integers().between(1, 3).map(m -> Deadline.endOf(YearMonth.from(ctx.issue()).minusMonths(m))));
      Arbitrary<Deadline> usual = deadline;
      deadline = chance(ctx.deadlinesBeforeIssue()).flatMap(early -> early ? beforeIssue : usual);
    }
    return StrictDeadlines.some(deadline, ctx.beforeDeadlines(), ctx.issue(), ctx.end());
  }

  /** A deadline of {@link #deadline(Context, boolean)}, always "by", never before the issue date. */
  private static Arbitrary<Deadline> plainDeadline(Context ctx, boolean calendarOnly) {
    long months = Math.max(1, ChronoUnit.MONTHS.between(ctx.issue(), ctx.end()));
    List<Arbitrary<? extends Deadline>> dated = new ArrayList<>(List.of(
        dateInLife(ctx).map(Deadline::on),
        dateInLife(ctx).map(d -> Deadline.endOf(YearMonth.from(d))),
        Arbitraries.integers().between(1, (int) months).map(Deadline::monthsAfterIssue),
        Arbitraries.just(Deadline.atIssue())));
    List<Arbitrary<? extends Deadline>> anchored = new ArrayList<>();
    anchored.add(Arbitraries.just(Deadline.endOfNotice()));
    eventName(ctx).ifPresent(names -> anchored.add(names.map(Deadline::atEvent)));
    if (!calendarOnly) {
      List<Arbitrary<? extends Deadline>> all = new ArrayList<>(dated);
      all.addAll(anchored);
      return Arbitraries.oneOf(all);
    }
    Arbitrary<Deadline> onDates = Arbitraries.oneOf(dated);
    if (ctx.eventDeadlines() <= 0) {
      return onDates;
    }
    Arbitrary<Deadline> atEvents = Arbitraries.oneOf(anchored);
    return chance(ctx.eventDeadlines()).flatMap(event -> event ? atEvents : onDates);
  }

  /**
   * The name of an event a deadline may name: an unscheduled one with the share {@link Context#unscheduledEvents()},
   * else one of the calendar or schedule; empty when the context has neither.
   */
  static Optional<Arbitrary<String>> eventName(Context ctx) {
    boolean scheduled = !ctx.events().isEmpty();
    boolean unscheduled = !ctx.unscheduled().isEmpty() && ctx.unscheduledEvents() > 0;
    if (!scheduled && !unscheduled) {
      return Optional.empty();
    }
    if (!unscheduled) {
      return Optional.of(Arbitraries.of(ctx.events()));
    }
    if (!scheduled) {
      return Optional.of(Arbitraries.of(ctx.unscheduled()));
    }
    Arbitrary<String> known = Arbitraries.of(ctx.events());
    Arbitrary<String> unknown = Arbitraries.of(ctx.unscheduled());
    return Optional.of(chance(ctx.unscheduledEvents()).flatMap(u -> u ? unknown : known));
  }

  static Arbitrary<Due> due(Context ctx, Indicator indicator) {
    return Arbitraries.oneOf(periodInLife(ctx, indicator).map(Due::in), deadline(ctx, true).map(Due::by));
  }

  static Arbitrary<Window> window(Context ctx) {
    Arbitrary<Window> between = Combinators.combine(dateInLife(ctx), dateInLife(ctx))
        .as((a, b) -> a.isAfter(b) ? Window.between(b, a) : Window.between(a, b));
    return Arbitraries.oneOf(Arbitraries.just(Window.ofNotice()), between, dateInLife(ctx).map(Window::from),
        dateInLife(ctx).map(Window::until));
  }

  static Arbitrary<Baseline> baseline(Context ctx, Indicator indicator) {
    Period before = indicator.reportingPeriod().containing(ctx.issue()).previous();
    return Arbitraries.oneOf(Arbitraries.just(Baseline.atIssue()),
        value(indicator.unit()).map(v -> Baseline.stated(v, before)));
  }

  static Arbitrary<Trajectory> trajectory(Context ctx, Indicator indicator) {
    return Arbitraries.oneOf(Arbitraries.just(Trajectory.fromIssue()), baseline(ctx, indicator).map(Trajectory::from));
  }

  static Arbitrary<String> text(Context ctx) {
    return Texts.phrase(8, ctx.awkwardText());
  }

  /**
   * {@return a requirement of the form with the id, agreeing with the context}
   *
   * @param id the requirement's id (staged targets give their stages {@code id.1}, {@code id.2}, ...)
   * @param form the form
   * @param ctx the notice it is for: its dates, indicators, boards and events, and the shares of deadline kinds
   */
  public static Arbitrary<Requirement> requirement(RequirementId id, RequirementForm form, Context ctx) {
    Arbitrary<Indicator> indicators = Arbitraries.of(ctx.indicators());
    Arbitrary<Optional<BenchmarkKind>> shown = Arbitraries.of(BenchmarkKind.class).optional(0.2);
    return switch (form) {
      case THRESHOLD_IN_PERIOD -> indicators.flatMap(i -> Combinators.combine(threshold(i), periodInLife(ctx, i),
          trajectory(ctx, i), shown).as((t, p, tr, s) -> new ThresholdInPeriod(id, i.id(), t, p, tr, s)));
      case THRESHOLD_BY_DATE -> indicators.flatMap(i -> Combinators.combine(threshold(i), deadline(ctx, true),
          trajectory(ctx, i), shown).as((t, d, tr, s) -> new ThresholdByDate(id, i.id(), t, d, tr, s)));
      case STAGED_TARGETS -> indicators.flatMap(i -> staged(id, i, ctx));
      case MAINTAIN -> indicators.flatMap(i -> Combinators.combine(threshold(i), window(ctx))
          .as((t, w) -> new Maintain(id, i.id(), t, w)));
      case EVERY_PERIOD -> indicators.flatMap(i -> Combinators.combine(threshold(i), window(ctx))
          .as((t, w) -> new EveryPeriod(id, i.id(), t, w)));
      case RELATIVE_TO_BENCHMARK -> indicators.flatMap(i -> Combinators.combine(
          Arbitraries.of(BenchmarkKind.class), due(ctx, i), baseline(ctx, i).optional(0.3))
          .as((k, d, b) -> new RelativeToBenchmark(id, i.id(), k, Comparison.forPolarity(i.polarity()), d, b)));
      case RELATIVE_TO_BASELINE -> indicators.flatMap(i -> Combinators.combine(baseline(ctx, i), window(ctx))
          .as((b, w) -> new RelativeToBaseline(id, i.id(), b, Comparison.forPolarity(i.polarity()), w)));
      case DIRECTION_ONLY -> indicators.flatMap(i -> Combinators.combine(Arbitraries.of(Direction.class),
          baseline(ctx, i), window(ctx)).as((dir, b, w) -> new DirectionOnly(id, i.id(), dir, b, w)));
      case AVERAGE_OVER_PERIOD -> indicators.flatMap(i -> Combinators.combine(threshold(i),
          dateInLife(ctx).map(d -> longerPeriod(i, d)), Arbitraries.frequency(Tuple.of(2, 1), Tuple.of(1, 2),
              Tuple.of(1, 3))).as((t, p, years) -> new AverageOverPeriod(id, i.id(), t, yearsTo(p, years))));
      case GAP_BETWEEN_SERIES -> gap(id, ctx);
      case TARGET_NOT_SET -> Combinators.combine(indicators, text(ctx)).as((i, n) -> new TargetNotSet(id, i.id(), n));
      case DATED_ACTION -> Combinators.combine(text(ctx), deadline(ctx, false)).as((a, d) -> new DatedAction(id, a, d));
      case GOVERNANCE_CADENCE -> Combinators.combine(Arbitraries.of(ctx.boards()),
          Arbitraries.of(Cadence.monthly(), Cadence.everyWeeks(4), Cadence.everyWeeks(8)),
          Arbitraries.of("Independent Chair", "Chief Executive").optional(0.5), Arbitraries.of(true, false),
          window(ctx)).as((b, c, ch, dept, w) -> new GovernanceCadence(id, b, c, ch, dept, w));
      case QUALITATIVE -> text(ctx).map(t -> new QualitativeMeasure(id, t));
      case RECURRING_ACTION -> Combinators.combine(text(ctx), deadline(ctx, false),
          Arbitraries.of(Cadence.monthly(), Cadence.everyWeeks(4), new Cadence(3, ChronoUnit.MONTHS),
              new Cadence(6, ChronoUnit.MONTHS)),
          Arbitraries.of(Optional.<Deadline>empty(), Optional.of(Deadline.endOfNotice())))
          .as((a, d, c, u) -> new RecurringAction(id, a, d, c, u));
      case TREND -> Combinators.combine(indicators, Arbitraries.integers().between(2, 6).optional(0.5), window(ctx))
          .as((i, n, w) -> new SustainedTrend(id, i.id(), n.map(OptionalInt::of).orElse(OptionalInt.empty()), w));
    };
  }

  /**
   * The year and the ones before it, {@code years} in all, as one period: the adoption scorecard's three-year
   * averages ({@code 3 years to 31 March 2013}); the year itself for one.
   */
  private static Period yearsTo(Period year, int years) {
    return years == 1 ? year : DateRange.ofClosed(year.start().minusYears(years - 1), year.endInclusive());
  }

  /** The financial or academic year containing the date, tiled by the indicator's reporting period. */
  private static Period longerPeriod(Indicator indicator, LocalDate date) {
    PeriodKind kind = indicator.reportingPeriod();
    if (kind == PeriodKind.MONTH || kind == PeriodKind.QUARTER || kind == PeriodKind.FINANCIAL_YEAR) {
      return PeriodKind.FINANCIAL_YEAR.containing(date);
    }
    return kind.containing(date);
  }

  /**
   * Two or three stages in successive reporting periods from the issue date's, each due in its period or by its
   * last day; with the share {@link Context#eventDeadlines()}, when the context has unscheduled events, one
   * stage chosen at random is due at one of them instead (an event no calendar dates cannot put the stages out
   * of order when the notice is validated).
   */
  private static Arbitrary<Requirement> staged(RequirementId id, Indicator indicator, Context ctx) {
    Period first = indicator.reportingPeriod().containing(ctx.issue());
    Arbitrary<List<Integer>> steps = Arbitraries.integers().between(0, 6).list().ofMinSize(2).ofMaxSize(3)
        .uniqueElements().map(l -> l.stream().sorted().toList());
    return steps.flatMap(offsets -> {
      List<Arbitrary<Stage>> stages = new ArrayList<>();
      for (int offset : offsets) {
        Period p = first;
        for (int k = 0; k < offset; k++) {
          p = p.next();
        }
        Period period = p;
        stages.add(Combinators.combine(threshold(indicator), Arbitraries.of(true, false)).as((t, inPeriod) ->
            new Stage(t, inPeriod ? Due.in(period) : Due.by(Deadline.on(period.endInclusive())))));
      }
      return Combinators.combine(stages).as(list -> list).flatMap(list -> Combinators.combine(
              baseline(ctx, indicator).optional(0.4), Arbitraries.of(BenchmarkKind.class).optional(0.2),
              unscheduledStage(ctx, list.size()))
          .as((b, s, event) -> {
            List<Stage> all = new ArrayList<>(list);
            event.ifPresent(e -> all.set(e.index(), new Stage(all.get(e.index()).threshold(),
                Due.by(Deadline.atEvent(e.name())))));
            return new StagedTargets(id, indicator.id(), b, all, s);
          }));
    });
  }

  /** A stage, by its index, due at a named event. */
  private record StageAtEvent(int index, String name) {}

  /** With the share {@link Context#eventDeadlines()}, one of the stages at one of the unscheduled events. */
  private static Arbitrary<Optional<StageAtEvent>> unscheduledStage(Context ctx, int stages) {
    if (ctx.unscheduled().isEmpty() || ctx.unscheduledEvents() <= 0 || ctx.eventDeadlines() <= 0) {
      return Arbitraries.just(Optional.empty());
    }
    Arbitrary<Optional<StageAtEvent>> named = Combinators.combine(Arbitraries.integers().between(0, stages - 1),
        Arbitraries.of(ctx.unscheduled())).as((i, name) -> Optional.of(new StageAtEvent(i, name)));
    return chance(ctx.eventDeadlines()).flatMap(event -> event ? named : Arbitraries.just(Optional.empty()));
  }

  private static Arbitrary<Requirement> gap(RequirementId id, Context ctx) {
    List<Indicator> percents = ctx.percentIndicators();
    List<Indicator> supplied = ctx.indicators().stream().filter(i -> i.unit() == Unit.PERCENTAGE_POINTS).toList();
    List<Arbitrary<Requirement>> choices = new ArrayList<>();
    if (percents.size() >= 2) {
      Arbitrary<List<Indicator>> pair = Arbitraries.of(percents).list().ofSize(2).uniqueElements();
      choices.add(pair.flatMap(p -> Combinators.combine(value(Unit.PERCENTAGE_POINTS), due(ctx, p.get(0)))
          .as((v, d) -> new GapBetweenSeries(id, new GapSource.Derived(p.get(0).id(), p.get(1).id()),
              new Threshold(Comparison.AT_MOST, v, Unit.PERCENTAGE_POINTS), d))));
    }
    if (!supplied.isEmpty()) {
      choices.add(Arbitraries.of(supplied).flatMap(i -> Combinators.combine(value(Unit.PERCENTAGE_POINTS), due(ctx, i))
          .as((v, d) -> new GapBetweenSeries(id, new GapSource.Supplied(i.id()),
              new Threshold(Comparison.AT_MOST, v, Unit.PERCENTAGE_POINTS), d))));
    }
    if (choices.isEmpty()) {
      return text(ctx).map(t -> new QualitativeMeasure(id, t));
    }
    return Arbitraries.oneOf(choices);
  }
}
