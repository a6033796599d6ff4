package org.improvementnotice.rules.internal.preparation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.data.Aggregate;
import org.improvementnotice.model.data.UnavailableFigure;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.Window;
import org.improvementnotice.rules.DirectionOfTravel;
import org.improvementnotice.rules.FigureUsed;
import org.improvementnotice.rules.facts.PeriodValue;

/**
 * The figures of a window, shared by the families that read one (standing, direction, trend): the periods of
 * the indicator's reporting kind lying wholly inside the window and ended by the assessment date, each with its
 * figure as known then. Stateless.
 */
final class WindowFigures {
  private WindowFigures() {}

  /** A period of a window with the fact the rules see for it, and the figure it was read from (or null). */
  record Figure(Period period, PeriodValue fact, Aggregate figure) {
    BigDecimal value() {
      return fact.value();
    }
  }

  /**
   * The periods of the indicator's reporting kind lying wholly inside the window and ended by the assessment
   * date, each with its figure as known then (aggregated from shorter periods where needed), or null.
   */
  static List<Figure> of(Evaluation e, Indicator ind, Window window) {
    LocalDate end = window.end(e.context).filter(x -> x.isBefore(e.asAt)).orElse(e.asAt);
    List<Figure> out = new ArrayList<>();
    Period p = firstPeriod(e, ind, window);
    for (LocalDate last = p.endInclusive(); !last.isAfter(end); p = p.next(), last = p.endInclusive()) {
      Aggregate figure = e.aggregate(ind, p).orElse(null);
      BigDecimal value = figure == null ? null : figure.value();
      String unavailable = value != null ? null
          : e.data.unavailable(ind.id(), Optional.empty(), p, e.asAt).map(UnavailableFigure::describe).orElse(null);
      if (value == null && unavailable == null && last.equals(e.asAt)) {
        break;   // a period ending on the assessment date is due the next day: it counts only once published
      }
      out.add(new Figure(p, new PeriodValue(p.toString(), last, value, unavailable), figure));
    }
    return out;
  }

  /** The first period of the indicator's reporting kind lying wholly inside the window (by its start). */
  static Period firstPeriod(Evaluation e, Indicator ind, Window window) {
    LocalDate start = window.start(e.context);
    Period p = ind.reportingPeriod().containing(start);
    return p.start().isBefore(start) ? p.next() : p;
  }

  /** The facts the rules see for the periods. */
  static List<PeriodValue> facts(List<Figure> figures) {
    List<PeriodValue> out = new ArrayList<>(figures.size());
    for (Figure f : figures) {
      out.add(f.fact());
    }
    return out;
  }

  /** Adds each figure to the values used, and the number of periods and those missing a figure to the words. */
  static void addFigures(List<Figure> periods, List<FigureUsed> values, Words w) {
    List<String> missing = new ArrayList<>();
    for (Figure p : periods) {
      if (p.value() == null) {
        missing.add(p.fact().period());
      } else {
        values.add(FigureUsed.of("figure", p.figure()));
      }
    }
    w.put("periods", periods.size());
    w.put("missing", String.join(", ", missing));
  }

  /** The direction of travel of the last period with a figure; NOT_KNOWN with none. */
  static DirectionOfTravel lastTravel(Evaluation e, Indicator ind, List<Figure> periods) {
    for (int i = periods.size() - 1; i >= 0; i--) {
      if (periods.get(i).value() != null) {
        return e.travel(ind, periods.get(i).period(), periods.get(i).value());
      }
    }
    return DirectionOfTravel.NOT_KNOWN;
  }
}
