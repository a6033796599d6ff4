package org.improvementnotice.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.improvementnotice.model.indicator.Unit;
import org.improvementnotice.model.requirement.Threshold;
import org.junit.jupiter.api.Test;

class QuantitiesTest {

  @Test
  void valuesAreRoundedHalfUpWithTheirUnit() {
    assertThat(Quantities.of(new BigDecimal("65.33333333333333"), Unit.PERCENT, 1)).isEqualTo("65.3%");
    assertThat(Quantities.of(new BigDecimal("70"), Unit.PERCENT, 1)).isEqualTo("70.0%");
    assertThat(Quantities.of(new BigDecimal("0.25"), Unit.PERCENT, 1)).isEqualTo("0.3%");
    assertThat(Quantities.of(new BigDecimal("380"), Unit.RATE_PER_10000, 0)).isEqualTo("380 per 10,000");
    assertThat(Quantities.of(new BigDecimal("23.04"), Unit.RATE_PER_1000, 1)).isEqualTo("23.0 per 1,000");
    assertThat(Quantities.of(new BigDecimal("12"), Unit.DAYS, 0)).isEqualTo("12 days");
    assertThat(Quantities.of(new BigDecimal("1234"), Unit.COUNT, 0)).isEqualTo("1,234");
    assertThat(Quantities.of(new BigDecimal("-0.04"), Unit.PERCENTAGE_POINTS, 1)).isEqualTo("0.0 percentage points");
  }

  @Test
  void aValueTooLargeToWriteInFullIsWrittenInScientificNotation() {
    assertThat(Quantities.number(new BigDecimal("1e400"), 1)).isEqualTo("1.00E+400");
    assertThat(Quantities.number(new BigDecimal("-1e400"), 1)).isEqualTo("-1.00E+400");
    assertThat(Quantities.number(new BigDecimal("1e-400"), 1)).isEqualTo("0.0");
  }

  @Test
  void thresholdsKeepTheNoticesValue() {
    assertThat(Quantities.threshold(Threshold.atLeast("65", Unit.PERCENT))).isEqualTo("at least 65%");
    assertThat(Quantities.threshold(Threshold.atMost("23.5", Unit.RATE_PER_1000))).isEqualTo("at most 23.5 per 1,000");
  }

  @Test
  void sentencesFromTheRulesAreRoundedAndTheirRatesSeparated() {
    assertThat(Quantities.forPeople("NI 59 was 65.33333333333333% against 380 per 10000 in 2009-10-01", 1))
        .isEqualTo("NI 59 was 65.3% against 380 per 10,000 in 2009-10-01");
    assertThat(Quantities.forPeople("version 1.2.3456 stays", 1)).isEqualTo("version 1.2.3456 stays");
  }
}
