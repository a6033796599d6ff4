package org.improvementnotice.benchmarks.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.function.Function;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.Decision;
import org.improvementnotice.benchmarks.reference.ReferenceEvaluator.JudgedFigure;
import org.improvementnotice.model.NamedEvent;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.Rag;
import org.improvementnotice.model.data.Aggregate;
import org.improvementnotice.model.data.BenchmarkValue;
import org.improvementnotice.model.data.MeetingRecord;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.data.UnavailableFigure;
import org.improvementnotice.model.indicator.Aggregation;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.requirement.Baseline;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.requirement.Due;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.time.DeadlineContext;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.PeriodKind;
import org.improvementnotice.model.time.Window;
import org.improvementnotice.rules.DirectionOfTravel;
import org.improvementnotice.rules.MissingData;
import org.improvementnotice.rules.Settings;
import org.improvementnotice.rules.Status;

/**
 * One evaluation: the notice and its data as known at the date, under the settings, and what the families'
 * readings share: declared indicators, tolerance bands, due dates and judged periods, a window's figures,
 * baselines, the direction of travel, and judging a figure against a level. Not thread-safe.
 */
final class Evaluation {
  final Notice notice;
  final PerformanceData data;
  final LocalDate asAt;
  final Settings settings;
  final boolean strict;
  final DeadlineContext context;
  private final Set<Break> breaks;

  Evaluation(Notice notice, PerformanceData data, LocalDate asAt, Settings settings, Set<Break> breaks) {
    this.notice = notice;
    this.data = data;
    this.asAt = asAt;
    this.settings = settings;
    this.breaks = breaks;
    this.strict = settings.missingData() == MissingData.STRICT;
    this.context = notice.deadlineContext(eventsHeldBy(data, asAt), asAt);
  }

  /** Whether the reference was built with the deliberate fault. */
  boolean broken(Break fault) {
    return breaks.contains(fault);
  }

  /**
   * The last day on time of a deadline, read from DOMAIN.md ("By" and "before"): "by" includes the day itself,
   * "before" excludes it, so its last day on time is the day before the inner deadline's date; empty while the
   * deadline has no date.
   */
  Optional<LocalDate> lastDayOnTime(Deadline deadline) {
    return Deadlines.lastDayOnTime(deadline, context, broken(Break.BEFORE_READ_AS_BY));
  }

  Indicator indicator(String id) {
    return notice.indicators().stream().filter(i -> i.id().value().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Undeclared indicator " + id));
  }

  /** The tolerance band of the indicator around a level: the tolerance fraction of the level's size. */
  BigDecimal band(Indicator indicator, BigDecimal level) {
    return settings.toleranceFor(indicator.id()).multiply(level.abs());
  }

  /** Whether the requirement is due: the day after its period ends or its deadline passes. */
  boolean isDue(LocalDate lastDay) {
    return asAt.isAfter(lastDay);
  }

  Optional<LocalDate> dueDate(Due due) {
    if (due instanceof Due.InPeriod in) {
      return Optional.of(in.period().endInclusive());
    }
    return lastDayOnTime(((Due.ByDeadline) due).deadline());
  }

  /**
   * What a requirement judged on a figure once due is before then: UNRESOLVED_DEADLINE while its deadline has no
   * date, NOT_YET_DUE until the day after its period ends or its deadline passes; empty once it is due.
   */
  Optional<Decision> beforeDue(Due due) {
    Optional<LocalDate> day = dueDate(due);
    if (day.isEmpty()) {
      return Optional.of(Decision.of(Status.UNRESOLVED_DEADLINE));
    }
    return isDue(day.get()) ? Optional.empty() : Optional.of(Decision.of(Status.NOT_YET_DUE));
  }

  /** The period a figure is judged on: the period itself, or the latest reporting period ending by the deadline. */
  Optional<Period> judgedPeriod(Due due, PeriodKind kind) {
    if (due instanceof Due.InPeriod in) {
      return Optional.of(in.period());
    }
    return dueDate(due).map(d -> latestPeriodEndingBy(kind, d));
  }

  /** A reporting period of a window and its figure as known at the date, if any. */
  record PeriodFigure(Period period, Optional<BigDecimal> figure) {}

  /** The reporting periods lying wholly inside the window and ended by the date, in order, with their figures. */
  List<PeriodFigure> windowFigures(Indicator indicator, Window window) {
    LocalDate start = window.start(context);
    LocalDate end = window.end(context).filter(e -> e.isBefore(asAt)).orElse(asAt);
    List<PeriodFigure> out = new ArrayList<>();
    for (Period p = indicator.reportingPeriod().containing(start); !p.endInclusive().isAfter(end); p = p.next()) {
      if (p.start().isBefore(start)) {
        continue;
      }
      out.add(new PeriodFigure(p, data.aggregate(indicator, p, asAt).map(Aggregate::value)));
    }
    return out;
  }

  /** The baseline's value: stated, or the figure of the latest period ending on or before the issue date. */
  Optional<BigDecimal> baselineValue(Indicator indicator, Baseline baseline) {
    if (baseline instanceof Baseline.Stated s) {
      return Optional.of(s.value());
    }
    return data.latest(indicator.id(), indicator.reportingPeriod(), notice.issued().date(), asAt)
        .map(Observation::value);
  }

  // ---- figures published without a value --------------------------------------------------------------------

  /*
   * DOMAIN.md, "Suppressed and unavailable figures": a cell that exists but cannot be shown makes the requirement
   * it would decide NO DATA with that reason, never green. Read here as: a figure is withheld at the date when no
   * value for it is known then and a notice published by then says it has none. For a period longer than the
   * indicator's reporting period, the notice may be for one of the reporting periods making it up (whose own value
   * is not known either): any of them for a figure made of all of them, the last one for a figure taken at the
   * period's end. A value, once known, wins. Nothing older stands in for a withheld latest figure.
   */

  /** Whether a notice published by the date says the council's figure for exactly the period has no value. */
  boolean noticed(Indicator indicator, Period period) {
    return !broken(Break.WITHHELD_READ_AS_MISSING) && data.unavailable(indicator.id(), Optional.empty(), period, asAt).isPresent();
  }

  /** Whether the figure for the period is withheld at the date (for an average, every part counts). */
  boolean withheld(Indicator indicator, Period period, boolean average) {
    if (!average && data.aggregate(indicator, period, asAt).isPresent()) {
      return false;
    }
    if (noticed(indicator, period)) {
      return true;
    }
    PeriodKind kind = indicator.reportingPeriod();
    if (period.kind() == kind || !kind.tiles(period)) {
      return false;
    }
    boolean onlyTheLast = !average && indicator.aggregation() == Aggregation.LATEST;
    for (Period part = kind.containing(period.start()); !part.start().isAfter(period.endInclusive());
        part = part.next()) {
      if (onlyTheLast && !part.endInclusive().equals(period.endInclusive())) {
        continue;
      }
      if (data.aggregate(indicator, part, asAt).isEmpty() && noticed(indicator, part)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether, of the periods of the reporting kind ending on or before the day, the latest that has a value or a
   * notice that it has none (as known at the date) has only the notice: then the latest figure by that day is
   * withheld. For a comparator, its benchmarks and notices; else the council's observations and notices.
   */
  boolean latestWithheld(Indicator indicator, Optional<BenchmarkKind> comparator, PeriodKind kind, LocalDate day) {
    if (broken(Break.WITHHELD_READ_AS_MISSING)) {
      return false;
    }
    LocalDate noticeEnd = null;
    for (UnavailableFigure u : data.unavailable()) {
      LocalDate end = u.period().endInclusive();
      if (u.indicator().equals(indicator.id()) && u.benchmark().equals(comparator) && u.period().kind() == kind
          && !u.published().isAfter(asAt) && !end.isAfter(day) && (noticeEnd == null || end.isAfter(noticeEnd))) {
        noticeEnd = end;
      }
    }
    if (noticeEnd == null) {
      return false;
    }
    LocalDate valueEnd = null;
    if (comparator.isEmpty()) {
      valueEnd = data.latest(indicator.id(), kind, day, asAt).map(o -> o.period().endInclusive()).orElse(null);
    } else {
      for (BenchmarkValue v : data.benchmarks()) {
        LocalDate end = v.period().endInclusive();
        if (v.indicator().equals(indicator.id()) && v.kind() == comparator.get() && v.period().kind() == kind
            && !v.published().isAfter(asAt) && !end.isAfter(day) && (valueEnd == null || end.isAfter(valueEnd))) {
          valueEnd = end;
        }
      }
    }
    return valueEnd == null || noticeEnd.isAfter(valueEnd);
  }

  /** Whether a baseline taken from the data (the latest period ending on or before the issue date) is withheld. */
  boolean baselineWithheld(Indicator indicator, Baseline baseline) {
    return !(baseline instanceof Baseline.Stated)
        && latestWithheld(indicator, Optional.empty(), indicator.reportingPeriod(), notice.issued().date());
  }

  // ---- direction of travel and the judged figure -----------------------------------------------------------

  Optional<JudgedFigure> figureFor(Indicator indicator, Optional<Period> period) {
    if (period.isEmpty()) {
      return Optional.empty();
    }
    return data.aggregate(indicator, period.get(), asAt).map(a -> new JudgedFigure(a.value(), period.get()));
  }

  /** The latest observation of the indicator's reporting kind for a period ending on or before the date. */
  Optional<JudgedFigure> latestObservation(Indicator indicator) {
    return data.latest(indicator.id(), indicator.reportingPeriod(), asAt, asAt)
        .map(o -> new JudgedFigure(o.value(), o.period()));
  }

  /** The direction of travel of the last period with a figure among those the window reads by the date. */
  DirectionOfTravel lastInWindow(Indicator indicator, Window window) {
    if (asAt.isBefore(window.start(context))) {
      return DirectionOfTravel.NOT_KNOWN;
    }
    Optional<JudgedFigure> last = Optional.empty();
    for (PeriodFigure pf : windowFigures(indicator, window)) {
      if (pf.figure().isPresent()) {
        last = Optional.of(new JudgedFigure(pf.figure().get(), pf.period()));
      }
    }
    return last.map(f -> travel(indicator, f)).orElse(DirectionOfTravel.NOT_KNOWN);
  }

  /** The figure against the indicator's figure for the same period a year earlier, else the previous period. */
  DirectionOfTravel travel(Indicator indicator, JudgedFigure figure) {
    return travel(indicator, figure, p -> data.aggregate(indicator, p, asAt).map(Aggregate::value));
  }

  /**
   * The figure against the figure for the same period a year earlier where one is known at the date, else the
   * previous period of the same kind and length, each taken by {@code figureFor}; polarity-aware.
   */
  static DirectionOfTravel travel(Indicator indicator, JudgedFigure figure,
      Function<Period, Optional<BigDecimal>> figureFor) {
    Optional<BigDecimal> before = figureFor.apply(figure.period().yearEarlier());
    if (before.isEmpty()) {
      before = figureFor.apply(figure.period().previous());
    }
    if (before.isEmpty()) {
      return DirectionOfTravel.NOT_KNOWN;
    }
    if (indicator.polarity().isBetter(figure.value(), before.get())) {
      return DirectionOfTravel.IMPROVING;
    }
    if (indicator.polarity().isWorse(figure.value(), before.get())) {
      return DirectionOfTravel.WORSENING;
    }
    return DirectionOfTravel.UNCHANGED;
  }

  // ---- judging a figure -------------------------------------------------------------------------------------

  /** A due figure against its level: MET, MISSED (amber within the tolerance), or with no figure NO_DATA or, strict, MISSED. */
  Decision judgeDue(Optional<BigDecimal> figure, BigDecimal level, boolean atLeast, BigDecimal tolerance) {
    return judgeDue(figure, false, level, atLeast, tolerance);
  }

  /** As above; a figure withheld (published without a value) is NO_DATA even when missing data is strict. */
  Decision judgeDue(Optional<BigDecimal> figure, boolean withheld, BigDecimal level, boolean atLeast,
      BigDecimal tolerance) {
    if (figure.isEmpty()) {
      return strict && !withheld ? new Decision(Status.MISSED, Rag.RED) : Decision.of(Status.NO_DATA);
    }
    return judge(figure.get(), level, atLeast, tolerance, Status.MET, Status.MISSED, Status.MISSED);
  }

  /** Good when the value meets the level; amber when it misses by no more than the tolerance; else red. */
  static Decision judge(BigDecimal value, BigDecimal level, boolean atLeast, BigDecimal tolerance,
      Status good, Status close, Status bad) {
    BigDecimal shortfall = atLeast ? level.subtract(value) : value.subtract(level);
    if (shortfall.signum() <= 0) {
      return Decision.of(good);
    }
    if (shortfall.compareTo(tolerance) <= 0) {
      return new Decision(close, Rag.AMBER);
    }
    return new Decision(bad, Rag.RED);
  }

  static List<NamedEvent> eventsHeldBy(PerformanceData data, LocalDate asAt) {
    List<NamedEvent> held = new ArrayList<>();
    for (MeetingRecord m : data.meetings()) {
      if (!m.date().isAfter(asAt) && m.label().isPresent()) {
        held.add(new NamedEvent(m.label().get(), m.date()));
      }
    }
    return held;
  }

  /** The latest period of the kind ending on or before the date. */
  static Period latestPeriodEndingBy(PeriodKind kind, LocalDate date) {
    Period p = kind.containing(date);
    while (p.endInclusive().isAfter(date)) {
      p = p.previous();
    }
    return p;
  }
}
