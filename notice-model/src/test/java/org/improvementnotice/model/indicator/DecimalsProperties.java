package org.improvementnotice.model.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Reading text agrees with BigDecimal on every number, and every value accepted is finite as a double. */
class DecimalsProperties {

  @Provide
  Arbitrary<BigDecimal> values() {
    Arbitrary<BigInteger> unscaled = Arbitraries.bigIntegers()
        .between(BigInteger.TEN.pow(50).negate(), BigInteger.TEN.pow(50));
    return Combinators.combine(unscaled, Arbitraries.integers().between(-60, 60)).as(BigDecimal::new);
  }

  private static boolean withinBounds(BigDecimal v) {
    BigDecimal stripped = v.stripTrailingZeros();
    return v.abs().compareTo(BigDecimal.TEN.pow(Decimals.MAX_INTEGER_DIGITS)) < 0
        && stripped.scale() <= Decimals.MAX_SCALE;
  }

  @Property(tries = 2000)
  void parseAgreesWithBigDecimalInsideTheBoundsAndRefusesOutside(@ForAll("values") BigDecimal value) {
    for (String text : new String[] {value.toString(), value.toPlainString(), value.toEngineeringString()}) {
      if (withinBounds(value)) {
        assertThat(Decimals.parse(text)).isEqualTo(Decimals.canonical(new BigDecimal(text)));
        assertThat(Decimals.bounded("v", value)).isEqualTo(Decimals.parse(text));
      } else {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Decimals.parse(text)))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Decimals.bounded("v", value)))
            .isInstanceOf(IllegalArgumentException.class);
      }
    }
  }

  @Property(tries = 2000)
  void everyValueWithinTheBoundsIsFiniteAsADoubleAndPrintsBack(@ForAll("values") BigDecimal value) {
    if (!withinBounds(value)) {
      return;
    }
    BigDecimal bounded = Decimals.bounded("v", value);
    assertThat(Double.isFinite(bounded.doubleValue())).isTrue();
    assertThat(Decimals.parse(bounded.toPlainString())).isEqualTo(bounded);
    assertThat(bounded.scale()).isBetween(0, Decimals.MAX_SCALE);
  }
}
