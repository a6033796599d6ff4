package org.improvementnotice.benchmarks.reference;

import java.util.Arrays;
import java.util.Locale;

/**
 * The reference the tests that compare the engine with it expect: the sound one, or, with
 * {@code -Ddifferential.breaks=NAME,NAME...} (or {@code all}), one built with those {@link Break}s, the old
 * readings of the second edition's semantics that the engine under test does not implement yet. So an engine
 * fixed one defect at a time is checked for everything else meanwhile; the first edition's engine agrees with
 * {@code FORECAST_TO_FINAL_TARGET,FORECAST_FROM_BASELINE_ITSELF,BENCHMARK_NOT_FORECAST,TREND_ANY_RUN,
 * TREND_WITHOUT_FIGURE_BEFORE_WATCH} on the cases without the second edition's options.
 */
public final class ExpectedReference {
  private ExpectedReference() {}

  /**
   * The expected reference.
   *
   * @return the reference built with the breaks {@code differential.breaks} names, none by default
   * @throws IllegalArgumentException naming an unknown break
   */
  public static ReferenceEvaluator get() {
    String breaks = System.getProperty("differential.breaks", "").strip();
    if (breaks.isEmpty()) {
      return new ReferenceEvaluator();
    }
    if (breaks.equalsIgnoreCase("all")) {
      return ReferenceEvaluator.brokenBy(Break.values());
    }
    return ReferenceEvaluator.brokenBy(Arrays.stream(breaks.split(","))
        .map(b -> Break.valueOf(b.strip().toUpperCase(Locale.ROOT))).toArray(Break[]::new));
  }
}
