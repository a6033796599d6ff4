package org.improvementnotice.data.dfe;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One indicator cell of a published file: a number, or one of the Department's symbols. Immutable and
 * thread-safe.
 *
 * @param number the number, when the cell holds one
 * @param symbol the symbol, when it holds one instead
 */
public record DfeCell(Optional<BigDecimal> number, Optional<DfeSymbol> symbol) {

  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param number the number, when the cell holds one
   * @param symbol the symbol, when it holds one instead
   * @throws IllegalArgumentException unless exactly one of the two is present
   */
  public DfeCell {
    requireNonNull(number, "number");
    requireNonNull(symbol, "symbol");
    if (number.isPresent() == symbol.isPresent()) {
      throw new IllegalArgumentException("A cell holds either a number or a symbol");
    }
  }

  /**
   * {@return a cell holding a number}
   *
   * @param number the number as published
   */
  public static DfeCell of(BigDecimal number) {
    return new DfeCell(Optional.of(number), Optional.empty());
  }

  /**
   * {@return a cell holding a symbol}
   *
   * @param symbol the symbol published in place of a number
   */
  public static DfeCell of(DfeSymbol symbol) {
    return new DfeCell(Optional.empty(), Optional.of(symbol));
  }

  /**
   * Reads a cell's text: a number (see {@link DfeNumbers#parse(String)}) or a symbol.
   *
   * @param text the cell's text as published
   * @return the cell
   * @throws IllegalArgumentException saying what is wrong when it is neither
   */
  public static DfeCell parse(String text) {
    requireNonNull(text, "text");
    Optional<DfeSymbol> symbol = DfeSymbol.of(text);
    return symbol.isPresent() ? of(symbol.get()) : of(DfeNumbers.parse(text));
  }

  /** {@return whether the cell holds a number} */
  public boolean isNumber() {
    return number.isPresent();
  }

  @Override
  public String toString() {
    return number.map(BigDecimal::toPlainString).orElseGet(() -> symbol.get().symbol());
  }
}
