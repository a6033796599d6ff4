package org.improvementnotice.model.requirement;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.improvementnotice.model.indicator.Polarity;

/** How a value is compared with a threshold. */
public enum Comparison {
  /** The value must be at least the threshold ("increase ... to 65%"). */
  AT_LEAST("at least"),
  /** The value must be at most the threshold ("reduce ... to 14%", "no more than 34 percentage points"). */
  AT_MOST("at most");

  private final String words;

  Comparison(String words) {
    this.words = words;
  }

  /**
   * {@return the comparison a target on an indicator of the polarity means when the notice does not say: at least
   * when higher is better, at most when lower is}
   *
   * @param polarity the indicator's polarity
   */
  public static Comparison forPolarity(Polarity polarity) {
    return requireNonNull(polarity, "polarity") == Polarity.HIGHER_IS_BETTER ? AT_LEAST : AT_MOST;
  }

  /**
   * {@return whether {@code value} satisfies this comparison with {@code threshold}; equality satisfies both}
   *
   * @param value the figure judged
   * @param threshold the target, in the same unit; values equal in {@link BigDecimal#compareTo} (65 and 65.0) are
   *     equal
   */
  public boolean holds(BigDecimal value, BigDecimal threshold) {
    int c = value.compareTo(threshold);
    return this == AT_LEAST ? c >= 0 : c <= 0;
  }

  /** {@return the words used in the notice language: "at least", "at most"} */
  public String words() {
    return words;
  }
}
