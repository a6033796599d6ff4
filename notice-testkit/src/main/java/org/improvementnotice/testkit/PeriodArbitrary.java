package org.improvementnotice.testkit;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.improvementnotice.model.time.DateRange;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.PeriodKind;

/**
 * Periods of the chosen kinds containing dates in a range; periods containing 29 February and the periods
 * at the ends of the range are among the edge cases. Every configuration method returns a modified copy.
 *
 * <p>Defaults: every kind; dates 2000-01-01 to 2040-12-31; date ranges up to 800 days long.
 */
public final class PeriodArbitrary extends ArbitraryDecorator<Period> {

  private Set<PeriodKind> kinds = EnumSet.allOf(PeriodKind.class);
  private LocalDate from = LocalDate.of(2000, 1, 1);
  private LocalDate to = LocalDate.of(2040, 12, 31);

  PeriodArbitrary() {}

  @Override
  protected Arbitrary<Period> arbitrary() {
    long days = ChronoUnit.DAYS.between(from, to);
    Arbitrary<LocalDate> dates = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, Arbitraries.longs().between(0, days).map(from::plusDays)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(from, to)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(LocalDate.of(2008, 2, 29), LocalDate.of(2012, 2, 29),
            LocalDate.of(2016, 2, 29)).filter(d -> !d.isBefore(from) && !d.isAfter(to))));
    Arbitrary<PeriodKind> kind = Arbitraries.of(List.copyOf(kinds));
    return Combinators.combine(kind, dates, Arbitraries.integers().between(0, 800)).as((k, d, length) ->
        k.isRegular() ? k.containing(d) : DateRange.ofClosed(d, d.plusDays(length)));
  }

  /**
   * Sets the kinds of period, each as likely (default every kind).
   *
   * @param chosen the kinds, at least one; {@link PeriodKind#DATE_RANGE} draws ranges of 1 to 801 days
   * @return a copy drawing periods of only these kinds
   * @throws IllegalArgumentException if no kind is given
   */
  public PeriodArbitrary ofKinds(PeriodKind... chosen) {
    Set<PeriodKind> set = Options.atLeastOne("period kind", chosen);
    PeriodArbitrary copy = typedClone();
    copy.kinds = set;
    return copy;
  }

  /**
   * Sets the range of dates a period contains one of (default 2000-01-01 to 2040-12-31); the period itself may
   * reach beyond it (a financial year containing its first day).
   *
   * @param start the first date of the range, among the edge cases
   * @param end the last date of the range, on or after {@code start}, among the edge cases
   * @return a copy drawing periods containing dates from {@code start} to {@code end}
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public PeriodArbitrary containingDatesBetween(LocalDate start, LocalDate end) {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    Options.requireOrdered("Range", start, end);
    PeriodArbitrary copy = typedClone();
    copy.from = start;
    copy.to = end;
    return copy;
  }
}
