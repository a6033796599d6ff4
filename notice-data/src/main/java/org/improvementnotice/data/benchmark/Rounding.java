package org.improvementnotice.data.benchmark;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.improvementnotice.model.indicator.Decimals;

/** How a computed benchmark is rounded before it is compared. */
public enum Rounding {
  /** Not rounded: the value as computed, to 16 significant digits (the default). */
  NONE("not rounded"),
  /** One decimal place, half up, as the Department publishes its rates. */
  ONE_DECIMAL_HALF_UP("rounded to one decimal place, half up");

  private final String words;

  Rounding(String words) {
    this.words = words;
  }

  /** {@return the rounding in words, as a finding states it} */
  public String words() {
    return words;
  }

  /**
   * The value rounded.
   *
   * @param value the computed value
   * @return the value rounded, in canonical form
   */
  public BigDecimal apply(BigDecimal value) {
    return switch (this) {
      case NONE -> Decimals.canonical(value.round(MathContext.DECIMAL64));
      case ONE_DECIMAL_HALF_UP -> Decimals.canonical(value.setScale(1, RoundingMode.HALF_UP));
    };
  }
}
