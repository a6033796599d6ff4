package org.improvementnotice.model.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class UnitTest {

  @Test
  void ratesConvertBetweenPerThousandAndPerTenThousandAndPercent() {
    assertThat(Unit.RATE_PER_1000.convert(new BigDecimal("2.3"), Unit.RATE_PER_10000)).isEqualTo(new BigDecimal("23"));
    assertThat(Unit.RATE_PER_1000.convert(new BigDecimal("23"), Unit.PERCENT)).isEqualTo(new BigDecimal("2.3"));
    assertThat(Unit.PERCENT.convert(new BigDecimal("65"), Unit.PERCENT)).isEqualTo(new BigDecimal("65"));
    assertThatThrownBy(() -> Unit.COUNT.convert(BigDecimal.ONE, Unit.PERCENT)).hasMessageContaining("Cannot convert COUNT");
    assertThatThrownBy(() -> Unit.PERCENT.convert(BigDecimal.ONE, Unit.PERCENTAGE_POINTS))
        .hasMessageContaining("Cannot convert PERCENT to PERCENTAGE_POINTS");
  }

  @Property
  void conversionRoundTrips(@ForAll @BigRange(min = "0", max = "100000") @Scale(4) BigDecimal value,
      @ForAll("rates") Unit from, @ForAll("rates") Unit to) {
    assertThat(to.convert(from.convert(value, to), from)).isEqualByComparingTo(value);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Unit> rates() {
    return net.jqwik.api.Arbitraries.of(Unit.PERCENT, Unit.RATE_PER_1000, Unit.RATE_PER_10000);
  }

  @Test
  void aRatioInAPerNUnit() {
    assertThat(Unit.PERCENT.ofRatio(new BigDecimal("13"), new BigDecimal("20"))).isEqualTo(new BigDecimal("65"));
    assertThat(Unit.RATE_PER_1000.ofRatio(new BigDecimal("23"), new BigDecimal("1000"))).isEqualTo(new BigDecimal("23"));
    assertThatThrownBy(() -> Unit.PERCENT.ofRatio(BigDecimal.ONE, BigDecimal.ZERO)).hasMessageContaining("positive");
  }

  @Test
  void decimalsAreCanonical() {
    assertThat(Decimals.parse("65.0")).isEqualTo(new BigDecimal("65"));
    assertThat(Decimals.parse("100")).hasToString("100");
    assertThat(Decimals.parse("56.30")).isEqualTo(new BigDecimal("56.3"));
    assertThat(Decimals.parse("0.000")).isEqualTo(BigDecimal.ZERO);
  }

  @Test
  void theCatalogueSuggestsTheClosestId() {
    assertThat(IndicatorCatalogue.standard().closest("NI 95")).map(IndicatorId::value).contains("NI 59");
    assertThatThrownBy(() -> IndicatorCatalogue.standard().get("NI 95"))
        .hasMessage("Unknown indicator NI 95; did you mean NI 59?");
    assertThat(IndicatorId.of("  NI   59 ")).isEqualTo(IndicatorId.of("NI 59"));
  }
}
