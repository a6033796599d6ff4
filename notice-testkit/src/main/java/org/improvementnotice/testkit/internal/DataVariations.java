package org.improvementnotice.testkit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.Polarity;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.PeriodKind;

/**
 * Variations of a generated series that exercise DOMAIN.md's second edition: series starting after the issue
 * date (no baseline figure), runs of worsening figures (trends), and figures of another period kind than the
 * indicator's (which validation refuses). Each is applied to an indicator's series with its probability; with
 * every probability 0 the series is unchanged.
 *
 * @param seriesFromIssue the share of indicators whose series has no figure for a period ending on or before the
 *     issue date
 * @param worseningRuns the share of indicators whose series has a run of 4 to 8 periods each worse than the one
 *     before (the run's figures are those the series had, reordered)
 * @param figuresOfAnotherKind the share of indicators with one figure for a period of another kind (a quarter
 *     for a monthly indicator, a month for a quarterly one, a financial year for a yearly one of another kind, an
 *     academic year for a financial one)
 */
public record DataVariations(double seriesFromIssue, double worseningRuns, double figuresOfAnotherKind) {

  /** No variation. */
  public static final DataVariations NONE = new DataVariations(0, 0, 0);

  /** {@return whether every probability is 0} */
  public boolean none() {
    return seriesFromIssue <= 0 && worseningRuns <= 0 && figuresOfAnotherKind <= 0;
  }

  /** {@return the series of the indicator, varied} */
  Arbitrary<List<Observation>> vary(Indicator indicator, LocalDate issue, Arbitrary<List<Observation>> series) {
    if (none()) {
      return series;
    }
    return Combinators.combine(series, Generators.chance(seriesFromIssue), Generators.chance(worseningRuns),
            Generators.chance(figuresOfAnotherKind), Arbitraries.integers().between(0, 9999),
            Arbitraries.integers().between(4, 8))
        .as((os, fromIssue, worsen, otherKind, pick, length) -> {
          List<Observation> out = new ArrayList<>(os);
          if (fromIssue) {
            out.removeIf(o -> !o.period().endInclusive().isAfter(issue));
          }
          if (worsen) {
            out = worsening(indicator, out, pick, length);
          }
          if (otherKind && !out.isEmpty()) {
            out.add(ofAnotherKind(indicator, out.get(pick % out.size())));
          }
          return out;
        });
  }

  /**
   * The series with the first revisions of {@code length} successive periods from the pick's position reordered
   * so that each is worse than the one before it (where their values differ).
   */
  private static List<Observation> worsening(Indicator indicator, List<Observation> series, int pick, int length) {
    List<Period> periods = series.stream().map(Observation::period).distinct().sorted(Period.ORDER).toList();
    if (periods.size() < 2) {
      return series;
    }
    int size = Math.min(length, periods.size());
    int first = pick % (periods.size() - size + 1);
    List<Period> run = periods.subList(first, first + size);
    List<Observation> firstRevisions = new ArrayList<>();
    for (Period p : run) {
      series.stream().filter(o -> o.period().equals(p)).min(Comparator.comparing(Observation::published))
          .ifPresent(firstRevisions::add);
    }
    Comparator<Observation> worseLater = Comparator.comparing(Observation::value);
    if (indicator.polarity() == Polarity.HIGHER_IS_BETTER) {
      worseLater = worseLater.reversed();
    }
    List<Observation> values = firstRevisions.stream().sorted(worseLater).toList();
    List<Observation> out = new ArrayList<>(series);
    for (int k = 0; k < firstRevisions.size(); k++) {
      Observation slot = firstRevisions.get(k);
      Observation value = values.get(k);
      out.set(out.indexOf(slot), new Observation(slot.indicator(), slot.period(), value.value(), value.ratio(),
          slot.source(), slot.published()));
    }
    return out;
  }

  /** A figure with the value of {@code like}, for the period of another kind containing its period's last day. */
  private static Observation ofAnotherKind(Indicator indicator, Observation like) {
    PeriodKind other = switch (indicator.reportingPeriod()) {
      case MONTH -> PeriodKind.QUARTER;
      case QUARTER -> PeriodKind.MONTH;
      case FINANCIAL_YEAR -> PeriodKind.ACADEMIC_YEAR;
      default -> PeriodKind.FINANCIAL_YEAR;
    };
    Period period = other.containing(like.period().endInclusive());
    return new Observation(like.indicator(), period, like.value(), like.ratio(), "generated " + other,
        period.endInclusive().plusDays(10));
  }
}
