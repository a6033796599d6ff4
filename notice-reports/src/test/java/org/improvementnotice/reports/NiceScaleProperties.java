package org.improvementnotice.reports;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

class NiceScaleProperties {

  @Property
  void theScaleEnclosesTheValuesWithRoundTicks(@ForAll @DoubleRange(min = -1e12, max = 1e12) double a,
      @ForAll @DoubleRange(min = -1e12, max = 1e12) double b) {
    double min = Math.min(a, b);
    double max = Math.max(a, b);
    NiceScale scale = NiceScale.of(min, max, false);
    assertThat(scale.lower()).isLessThanOrEqualTo(min);
    assertThat(scale.upper()).isGreaterThanOrEqualTo(max);
    assertThat(round(scale.step())).isTrue();
    assertThat(multiple(scale.lower(), scale.step())).isTrue();
    assertThat(multiple(scale.upper(), scale.step())).isTrue();
    assertThat((scale.upper() - scale.lower()) / scale.step()).isBetween(2.0, 12.0);
  }

  @Property
  void percentagesStayWithinNoughtAndAHundred(@ForAll @DoubleRange(min = 0, max = 100) double a,
      @ForAll @DoubleRange(min = 0, max = 100) double b) {
    NiceScale scale = NiceScale.of(Math.min(a, b), Math.max(a, b), true);
    assertThat(scale.lower()).isGreaterThanOrEqualTo(0);
    assertThat(scale.upper()).isLessThanOrEqualTo(100).isGreaterThanOrEqualTo(Math.max(a, b));
    assertThat(scale.lower()).isLessThanOrEqualTo(Math.min(a, b));
  }

  @Property
  void widerValuesNeverGetAFinerStep(@ForAll @DoubleRange(min = 0.01, max = 1e9) double span,
      @ForAll @DoubleRange(min = 1, max = 10) double factor) {
    Assume.that(span * factor < 1e12);
    assertThat(NiceScale.of(0, span * factor, false).step()).isGreaterThanOrEqualTo(NiceScale.of(0, span, false).step());
  }

  @Example
  void theOddTicksOfOldAreGone() {
    assertThat(NiceScale.of(58, 80, true)).isEqualTo(new NiceScale(55, 85, 5));
    assertThat(NiceScale.of(5.25, 82.2, false)).isEqualTo(new NiceScale(0, 100, 20));
    assertThat(NiceScale.of(0, 100, true)).isEqualTo(new NiceScale(0, 100, 20));
    assertThat(NiceScale.of(65, 65, false).upper()).isGreaterThan(65);
  }

  private static boolean round(double step) {
    double mantissa = step / Math.pow(10, Math.floor(Math.log10(step)));
    return Math.abs(mantissa - 1) < 1e-9 || Math.abs(mantissa - 2) < 1e-9 || Math.abs(mantissa - 5) < 1e-9
        || Math.abs(mantissa - 10) < 1e-9;
  }

  private static boolean multiple(double value, double step) {
    double q = value / step;
    return Math.abs(q - Math.rint(q)) < 1e-6;
  }
}
