package org.improvementnotice.rules.internal.preparation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.improvementnotice.rules.internal.Explanations;

/**
 * A number in an explanation rounds itself exactly as the explanation's rounding of its written text would, and
 * is left as it is (not written out) when it has fewer than four decimal places.
 */
class NumberWordProperties {

  @Provide
  Arbitrary<BigDecimal> values() {
    return Combinators.combine(
            Arbitraries.bigDecimals().between(new BigDecimal("-100000"), new BigDecimal("100000")).ofScale(7),
            Arbitraries.integers().between(0, 7))
        .as((v, scale) -> v.setScale(scale, RoundingMode.DOWN));
  }

  @Provide
  Arbitrary<String> suffixes() {
    return Arbitraries.of("%", "", " per 1000", " points", " pp", " days");
  }

  @Property(tries = 500)
  void roundsAsTheTextWouldBeRounded(@ForAll("values") BigDecimal value, @ForAll @IntRange(max = 3) int decimals,
      @ForAll("suffixes") String suffix) {
    Words.Amount amount = new Words.Amount(value, suffix);
    Object rounded = amount.roundedTo(decimals);

    assertThat(String.valueOf(rounded)).isEqualTo(Explanations.round(amount.toString(), decimals));
    assertThat(rounded == amount).isEqualTo(value.stripTrailingZeros().scale() < 4);
  }
}
