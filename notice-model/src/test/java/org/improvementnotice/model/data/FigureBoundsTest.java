package org.improvementnotice.model.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A figure outside the bounds of {@link org.improvementnotice.model.indicator.Decimals} is refused where it is
 * made, naming the figure and the value, so validation and reports only ever see values that are finite as
 * doubles. The time-outs only guard against a hang.
 */
class FigureBoundsTest {

  private static final IndicatorId NI59 = IndicatorId.of("NI 59");
  private static final Period MARCH = Period.parse("2009-03");
  private static final LocalDate PUBLISHED = LocalDate.of(2009, 4, 10);
  private static final Duration HANG = Duration.ofSeconds(20);

  @ParameterizedTest
  @ValueSource(strings = {"1e999999999", "1e-999999999", "1e-2147483647", "1e100000", "1e400", "1e15", "1e-31"})
  void anObservationValueOutsideTheBoundsIsRefused(String text) {
    BigDecimal value = new BigDecimal(text);
    assertRefused(() -> assertTimeoutPreemptively(HANG,
        () -> Observation.of(NI59, MARCH, value, "t", PUBLISHED)),
        "Value of NI 59 for 2009-03 is out of range, was ");
    assertRefused(() -> assertTimeoutPreemptively(HANG,
        () -> new BenchmarkValue(NI59, BenchmarkKind.ENGLAND, MARCH, value, "t", PUBLISHED)),
        "Value of ENGLAND NI 59 for 2009-03 is out of range, was ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e15", "-1e15", "1e-31", "123456789012345678"})
  void aNumeratorOrDenominatorOutsideTheBoundsIsRefused(String text) {
    BigDecimal part = new BigDecimal(text);
    assertRefused(() -> new Observation(NI59, MARCH, BigDecimal.TEN,
        Optional.of(new Ratio(part, BigDecimal.TEN)), "t", PUBLISHED),
        "Numerator of NI 59 for 2009-03 is out of range, was ");
    assertRefused(() -> new Observation(NI59, MARCH, BigDecimal.TEN,
        Optional.of(new Ratio(BigDecimal.ONE, part)), "t", PUBLISHED),
        "Denominator of NI 59 for 2009-03 is out of range, was ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e-999999999", "1e-2147483647", "1e100000", "1e999999999"})
  void aRatioOfAHugeExponentIsRefusedWhereItIsMade(String text) {
    BigDecimal part = new BigDecimal(text);
    assertRefused(() -> assertTimeoutPreemptively(HANG, () -> new Ratio(part, BigDecimal.TEN)),
        "Value " + part + " is out of range");
    assertRefused(() -> assertTimeoutPreemptively(HANG, () -> new Ratio(BigDecimal.ONE, part)),
        "Value " + part + " is out of range");
  }

  @Test
  void figuresAtTheBoundsAreKeptExactly() {
    BigDecimal largest = new BigDecimal("999999999999999.999999999999999999999999999999");
    Observation o = new Observation(NI59, MARCH, largest, Optional.of(new Ratio(largest, largest)), "t", PUBLISHED);
    assertThat(o.value()).isEqualTo(largest);
    assertThat(Double.isFinite(o.value().doubleValue())).isTrue();
    assertThat(o.ratio()).contains(new Ratio(largest, largest));
    // sums of bounded parts may exceed the bounds: aggregation is not refused
    assertThat(new Ratio(largest, largest).plus(new Ratio(largest, largest)).numerator())
        .isEqualTo(largest.add(largest));
  }

  /** Asserts that making the figure is refused with a message that starts as given. */
  private static void assertRefused(ThrowingCallable make, String messageStart) {
    assertThatThrownBy(make).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(messageStart);
  }
}
