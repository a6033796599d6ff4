package org.improvementnotice.model.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers with huge exponents or huge numbers of digits are refused at once with an
 * {@link IllegalArgumentException} naming them; those within the bounds read as before. The time-outs only
 * guard against a hang.
 */
class DecimalsTest {

  private static final Duration HANG = Duration.ofSeconds(20);

  @ParameterizedTest
  @ValueSource(strings = {"1e999999999", "1e-999999999", "1e-2147483647", "1e2147483647", "1e100000", "1e400",
      "-1e400", "1e15", "-1000000000000000", "1000000000000000.5", "1e-31", "0.0000000000000000000000000000001",
      "1e99999999999999999999"})
  void aNumberOutsideTheBoundsIsRefusedNamingIt(String text) {
    assertThatThrownBy(() -> assertTimeoutPreemptively(HANG, () -> Decimals.parse(text)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Number " + text + " is out of range: a value must be less than 10^15 in magnitude and have at "
            + "most 30 digits after the point");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e999999999", "1e-999999999", "1e-2147483647", "1e100000", "-1e100000"})
  void aValueWithAHugeExponentIsRefusedByTheCanonicalForm(String text) {
    BigDecimal value = new BigDecimal(text);
    assertThatThrownBy(() -> assertTimeoutPreemptively(HANG, () -> Decimals.canonical(value)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Value " + value + " is out of range");
    assertThatThrownBy(() -> assertTimeoutPreemptively(HANG, () -> Decimals.bounded("value", value)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value is out of range, was " + value + ": a value must be less than 10^15 in magnitude and "
            + "have at most 30 digits after the point");
  }

  @Test
  void aMillionDigitsAreRefusedWithoutReadingThemAll() {
    String digits = "7".repeat(1 << 20);
    assertThatThrownBy(() -> assertTimeoutPreemptively(HANG, () -> Decimals.parse(digits)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Number 7777777777777777777777777777777777777777... (1048576 characters) is out of range");
    assertThatThrownBy(() -> assertTimeoutPreemptively(HANG, () -> Decimals.parse("0." + digits)))
        .isInstanceOf(IllegalArgumentException.class);
    BigDecimal big = new BigDecimal(digits.substring(0, 5000));
    assertThatThrownBy(() -> assertTimeoutPreemptively(HANG, () -> Decimals.canonical(big)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Value of 5000 digits is out of range: a canonical value has at most 1000 digits");
  }

  @Test
  void zerosAroundTheDigitsCostNothing() {
    String zeros = "0".repeat(1 << 20);
    assertThat(assertTimeoutPreemptively(HANG, () -> Decimals.parse(zeros + "65." + zeros))).hasToString("65");
    assertThat(assertTimeoutPreemptively(HANG, () -> Decimals.parse("0." + zeros))).isEqualTo(BigDecimal.ZERO);
    assertThat(Decimals.parse("0e999999999999")).isEqualTo(BigDecimal.ZERO);
  }

  @ParameterizedTest
  @CsvSource({"65,65", "65.0,65", "+65,65", "-3.50,-3.5", "6.5e1,65", "650E-1,65", ".5,0.5", "5.,5", "1e2,100",
      "' 12 ',12", "999999999999999.5,999999999999999.5", "0.000000000000000000000000000001,0.000000000000000000000000000001",
      "-0,0", "1.5e-29,0.000000000000000000000000000015"})
  void aNumberWithinTheBoundsReadsInCanonicalForm(String text, String canonical) {
    assertThat(Decimals.parse(text).toPlainString()).isEqualTo(canonical);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "abc", "1,5", "1.2.3", "1e", "e5", "--1", "+-1", ".", "1e+", "٦٥", "６５", "1_000",
      "0x10", "NaN", "Infinity", "1e5.5"})
  void textThatIsNotADecimalIsRefused(String text) {
    assertThatThrownBy(() -> Decimals.parse(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Not a number: '" + text + "'");
  }
}
