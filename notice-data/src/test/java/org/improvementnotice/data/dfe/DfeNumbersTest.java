package org.improvementnotice.data.dfe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.improvementnotice.model.indicator.Decimals;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DfeNumbersTest {

  @ParameterizedTest
  @CsvSource({"0, 0", "12, 12", "22.6, 22.6", "22.60, 22.6", "-3.5, -3.5", "007, 7",
      "999999999999999, 999999999999999", "0.000000000001, 0.000000000001", "323021, 323021"})
  void readsNumbers(String text, String expected) {
    assertThat(DfeNumbers.parse(text)).isEqualTo(new BigDecimal(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e5", "+1", " 1", "1 ", "1,000", "1 000", ".5", "5.", "--1", "1.2.3", "-", "",
      "C", "X", "NA", "n/a", "\u0661\u0662", "\uFF11\uFF12", "1\u00A0000", "12%", "0x10", "Infinity", "NaN"})
  void refusesAnythingElse(String text) {
    assertThatThrownBy(() -> DfeNumbers.parse(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is neither a number");
  }

  @ParameterizedTest
  @CsvSource({"1234567890123456, 16 digits before the point", "-1234567890123456, 16 digits before the point",
      "1.1234567890123, 13 decimal places"})
  void refusesTooManyDigits(String text, String message) {
    assertThatThrownBy(() -> DfeNumbers.parse(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Provide
  Arbitrary<BigDecimal> bounded() {
    return Arbitraries.bigDecimals().between(new BigDecimal("-999999999999999.999999999999"),
        new BigDecimal("999999999999999.999999999999")).ofScale(12);
  }

  /** Any number within the bounds, written out, reads back as itself. */
  @Property(tries = 500)
  void roundTrip(@ForAll("bounded") BigDecimal value) {
    BigDecimal canonical = Decimals.canonical(value);
    assertThat(DfeNumbers.parse(canonical.toPlainString())).isEqualTo(canonical);
  }

  /** A cell is a symbol or a number, never both, and a symbol is never a number. */
  @ParameterizedTest
  @CsvSource({"c, CONFIDENTIAL", "x, NOT_AVAILABLE", "z, NOT_APPLICABLE", "k, BELOW_HALF", "u, LOW_RELIABILITY",
      "low, LOW"})
  void symbolsAreCellsWithoutNumbers(String text, DfeSymbol symbol) {
    DfeCell cell = DfeCell.parse(text);
    assertThat(cell.symbol()).hasValue(symbol);
    assertThat(cell.number()).isEmpty();
    assertThat(DfeCell.parse("").symbol()).hasValue(DfeSymbol.EMPTY);
  }
}
