package org.improvementnotice.rules;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.data.Aggregate;
import org.improvementnotice.model.data.BenchmarkValue;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.time.Period;

/**
 * One value a finding used, with what it is, the period it is for and the published figures it rests on: "figure
 * 67.2 for 2009-Q1" (the three monthly observations it was built from, each with its source and publication date),
 * "England benchmark 85 for AY2011/12" (that benchmark as published), "expected 70.5 at 2009-06" (computed: no
 * published figure). Immutable and thread-safe.
 *
 * @param role what the value is ("figure", "benchmark", "baseline", "expected", "latest", "year earlier")
 * @param value the value, in the indicator's unit
 * @param period the period it is for, if it is for one
 * @param observations the council's published figures the value was read or built from, in period order (the
 *     revision of each known at the assessment date); empty for a benchmark and for a value computed or stated
 * @param benchmark the published (or computed) benchmark the value is, if it is one
 */
public record FigureUsed(String role, BigDecimal value, Optional<Period> period, List<Observation> observations,
    Optional<BenchmarkValue> benchmark) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param role what the value is ("figure", "benchmark", "baseline", "expected", "latest", "year earlier")
   * @param value the value, in the indicator's unit
   * @param period the period it is for, if it is for one
   * @param observations the council's published figures the value was read or built from, in period order
   * @param benchmark the published (or computed) benchmark the value is, if it is one
   */
  public FigureUsed {
    requireNonNull(role, "role");
    requireNonNull(value, "value");
    requireNonNull(period, "period");
    observations = List.copyOf(requireNonNull(observations, "observations"));
    requireNonNull(benchmark, "benchmark");
  }

  /**
   * A value that rests on no published figure (computed, or stated in the notice).
   *
   * @param role what the value is
   * @param value the value, in the indicator's unit
   * @param period the period it is for, if it is for one
   */
  public FigureUsed(String role, BigDecimal value, Optional<Period> period) {
    this(role, value, period, List.of(), Optional.empty());
  }

  /**
   * {@return a value for a period that rests on no published figure}
   *
   * @param role what the value is
   * @param value the value, in the indicator's unit
   * @param period the period it is for
   */
  public static FigureUsed of(String role, BigDecimal value, Period period) {
    return new FigureUsed(role, value, Optional.of(period));
  }

  /**
   * {@return the figure for a period as read or built from the council's observations}
   *
   * @param role what the value is
   * @param figure the figure, with the observations it was built from
   */
  public static FigureUsed of(String role, Aggregate figure) {
    return new FigureUsed(role, figure.value(), Optional.of(figure.period()), figure.parts(), Optional.empty());
  }

  /**
   * {@return one observation as published}
   *
   * @param role what the value is
   * @param observation the observation
   */
  public static FigureUsed of(String role, Observation observation) {
    return new FigureUsed(role, observation.value(), Optional.of(observation.period()), List.of(observation),
        Optional.empty());
  }

  /**
   * {@return a benchmark as published or computed}
   *
   * @param role what the value is
   * @param benchmark the benchmark
   */
  public static FigureUsed of(String role, BenchmarkValue benchmark) {
    return new FigureUsed(role, benchmark.value(), Optional.of(benchmark.period()), List.of(),
        Optional.of(benchmark));
  }

  @Override
  public String toString() {
    return role + " " + value.toPlainString() + period.map(p -> " for " + p).orElse("");
  }
}
