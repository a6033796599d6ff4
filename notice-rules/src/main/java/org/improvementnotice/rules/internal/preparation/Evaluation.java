package org.improvementnotice.rules.internal.preparation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.improvementnotice.model.NamedEvent;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.Aggregate;
import org.improvementnotice.model.data.MeetingRecord;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.data.UnavailableFigure;
import org.improvementnotice.model.indicator.Aggregation;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.requirement.Baseline;
import org.improvementnotice.model.requirement.Due;
import org.improvementnotice.model.time.DeadlineContext;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.PeriodKind;
import org.improvementnotice.rules.DirectionOfTravel;
import org.improvementnotice.rules.FigureUsed;
import org.improvementnotice.rules.MissingData;
import org.improvementnotice.rules.Settings;

/**
 * One evaluation's inputs (the notice with its plan, the data, the assessment date, the settings) and the
 * look-ups every family's preparation shares: the figure for a period as known at the date (looked up once per
 * evaluation), declared indicators, resolved due dates and judged periods, baselines and the direction of
 * travel. One instance per evaluation; not thread-safe, never mutates its inputs.
 */
final class Evaluation {
  /** The precision of the preparations' arithmetic. */
  static final MathContext MC = MathContext.DECIMAL64;

  final NoticePlan plan;
  final Notice notice;
  final PerformanceData data;
  final LocalDate asAt;
  final Settings settings;
  /** The notice's calendar with the labelled meetings held by the assessment date. */
  final DeadlineContext context;
  /** Whether missing data counts as a failure. */
  final boolean strict;
  /** The figures looked up so far, by the plan's indicator (compared by identity) and period. */
  private final Map<Indicator, Map<Period, Optional<Aggregate>>> aggregates = new IdentityHashMap<>();
  /** The figures published without a value. */
  private final List<UnavailableFigure> withholdings;

  Evaluation(Notice notice, NoticePlan plan, PerformanceData data, LocalDate asAt, Settings settings) {
    this.plan = plan;
    this.notice = notice;
    this.data = data;
    this.asAt = asAt;
    this.settings = settings;
    this.strict = settings.missingData() == MissingData.STRICT;
    this.withholdings = data.unavailable();
    List<NamedEvent> held = new ArrayList<>();
    for (MeetingRecord m : data.meetings()) {
      if (!m.date().isAfter(asAt) && m.label().isPresent()) {
        held.add(new NamedEvent(m.label().get(), m.date()));
      }
    }
    this.context = notice.deadlineContext(held, asAt);
  }

  /**
   * The figure for the period as known at the assessment date, looked up once per evaluation: requirements on one
   * indicator share periods (a window's months, the year-earlier figure for the direction of travel).
   */
  Optional<Aggregate> aggregate(Indicator ind, Period period) {
    Map<Period, Optional<Aggregate>> known = aggregates.computeIfAbsent(ind, k -> new HashMap<>());
    Optional<Aggregate> a = known.get(period);
    if (a == null) {
      a = data.aggregate(ind, period, asAt);
      known.put(period, a);
    }
    return a;
  }

  /** The declared indicator with the id. */
  Indicator indicator(IndicatorId id) {
    Indicator ind = plan.indicators().get(id);
    if (ind == null) {
      throw new IllegalArgumentException(String.format(
          "Notice %s has a requirement on indicator %s, which it does not declare", notice.id(), id));
    }
    return ind;
  }

  /** The tolerance band around a level: the indicator's tolerance fraction of the level's size. */
  BigDecimal tolerance(Indicator ind, BigDecimal level) {
    return settings.toleranceFor(ind.id()).multiply(level.abs(), MC);
  }

  /** The last day of the period, or the deadline resolved; empty while the deadline cannot be resolved. */
  Optional<LocalDate> dueDate(Due due) {
    if (due instanceof Due.InPeriod in) {
      return Optional.of(in.period().endInclusive());
    }
    return ((Due.ByDeadline) due).deadline().resolve(context);
  }

  /** The period a due is judged on: the period itself, or the latest reporting period ending by the deadline. */
  Optional<Period> judged(Due due, PeriodKind kind) {
    if (due instanceof Due.InPeriod in) {
      return Optional.of(in.period());
    }
    return dueDate(due).map(d -> judgedPeriod(kind, d));
  }

  /** The latest period of the kind ending on or before the date (so ending within one period of it). */
  static Period judgedPeriod(PeriodKind kind, LocalDate date) {
    Period p = kind.containing(date);
    return p.endInclusive().equals(date) ? p : p.previous();
  }

  /** The baseline figure: the stated one, or the latest period ending on or before the issue date. */
  Optional<FigureUsed> baseline(Indicator ind, Baseline baseline) {
    if (baseline instanceof Baseline.Stated s) {
      return Optional.of(FigureUsed.of("baseline", s.value(), s.period()));
    }
    return data.latest(ind.id(), ind.reportingPeriod(), notice.issued().date(), asAt)
        .map(o -> FigureUsed.of("baseline", o));
  }

  /**
   * Why the figure for the period has no value: none is known at the assessment date, and a notice published by
   * then says the figure for the period, or for one of its periods of the indicator's reporting kind (the last
   * one, for an indicator taken at the period's end), is published without a value. Empty when a value is known
   * or nothing says why it is missing.
   */
  Optional<UnavailableFigure> withheld(Indicator ind, Period period) {
    if (withholdings.isEmpty() || aggregate(ind, period).isPresent()) {
      return Optional.empty();   // the usual case: every figure published has its value
    }
    return withheldWithout(ind, period, ind.aggregation() != Aggregation.LATEST);
  }

  /**
   * Why the figure for a period without one is missing, as {@link #withheld}: the notice for the period, else the
   * first for one of its periods of the reporting kind without a value ({@code everyPart}), or only the last.
   */
  Optional<UnavailableFigure> withheldWithout(Indicator ind, Period period, boolean everyPart) {
    if (withholdings.isEmpty()) {
      return Optional.empty();
    }
    Optional<UnavailableFigure> exact = data.unavailable(ind.id(), Optional.empty(), period, asAt);
    PeriodKind kind = ind.reportingPeriod();
    if (exact.isPresent() || period.kind() == kind || !kind.tiles(period)) {
      return exact;
    }
    List<Period> parts = kind.periodsIn(period);
    for (Period part : everyPart ? parts : parts.subList(parts.size() - 1, parts.size())) {
      Optional<UnavailableFigure> u = aggregate(ind, part).isPresent() ? Optional.empty()
          : data.unavailable(ind.id(), Optional.empty(), part, asAt);
      if (u.isPresent()) {
        return u;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the latest period of the indicator's reporting kind ending on or before the date that has either a
   * value or a notice that it has none, as known at the assessment date, is published without a value: then the
   * figure a forecast or a derived baseline would rest on is withheld, and an older one does not stand in for it.
   */
  Optional<UnavailableFigure> latestWithheld(Indicator ind, LocalDate date) {
    if (withholdings.isEmpty()) {
      return Optional.empty();
    }
    Optional<UnavailableFigure> u = data.latestUnavailable(ind.id(), Optional.empty(), ind.reportingPeriod(), date,
        asAt);
    if (u.isEmpty()) {
      return u;
    }
    Optional<Observation> known = data.latest(ind.id(), ind.reportingPeriod(), date, asAt);
    return known.isPresent() && !known.get().period().endInclusive().isBefore(u.get().period().endInclusive())
        ? Optional.empty() : u;
  }

  /** Why a derived baseline is not known: its figure is published without a value ({@link #latestWithheld}). */
  Optional<UnavailableFigure> baselineWithheld(Indicator ind, Baseline baseline) {
    return baseline instanceof Baseline.Stated ? Optional.empty() : latestWithheld(ind, notice.issued().date());
  }

  /** The direction of travel of the figure, if there is one. */
  DirectionOfTravel travelOf(Indicator ind, Optional<Aggregate> figure) {
    return figure.map(a -> travel(ind, a.period(), a.value())).orElse(DirectionOfTravel.NOT_KNOWN);
  }

  /** Against the same period a year earlier where there is a figure, else the previous period. */
  DirectionOfTravel travel(Indicator ind, Period period, BigDecimal value) {
    return compare(ind, value, aggregate(ind, period.yearEarlier()).or(() -> aggregate(ind, period.previous())));
  }

  /** The value against the figure before it, polarity-aware; NOT_KNOWN without one. */
  static DirectionOfTravel compare(Indicator ind, BigDecimal value, Optional<Aggregate> before) {
    if (before.isEmpty()) {
      return DirectionOfTravel.NOT_KNOWN;
    }
    int c = ind.polarity().compareBetter(value, before.get().value());
    return c > 0 ? DirectionOfTravel.IMPROVING : c < 0 ? DirectionOfTravel.WORSENING : DirectionOfTravel.UNCHANGED;
  }

  /**
   * The words an explanation needs, starting with the indicator, the assessment date, the due date and the
   * indicator's precision: the places its figures have in the data, at most {@value Words#MAX_DECIMALS} (one for
   * a rate or percentage without figures, none for a count), to which an explanation rounds a longer figure.
   */
  Words words(Indicator ind, LocalDate due) {
    java.util.OptionalInt places = data.decimals(ind);
    int precision = places.isPresent() ? Math.min(Words.MAX_DECIMALS, places.getAsInt())
        : switch (ind.unit()) {
          case COUNT, DAYS -> 0;
          default -> 1;
        };
    Words w = new Words(ind, asAt, due, precision);
    // A deadline before the issue date is decided as usual; the explanation says it precedes the notice.
    if (due != null && due.isBefore(notice.issued().date())) {
      w.put(PRECEDES_NOTICE, true);
    }
    return w;
  }

  /** The key of the word saying that a requirement's deadline precedes the notice ({@code Boolean}). */
  static final String PRECEDES_NOTICE = "precedesNotice";

  /** The word holding the assumed facts a finding rests on, in words ({@code List<String>}). */
  static final String ASSUMED = "assumed";
}
