package org.improvementnotice.data.dfe;

import java.util.Optional;

/**
 * What a published cell holds instead of a number: the Department for Education's symbols (the GSS
 * conventions of Explore Education Statistics), and an empty cell. A cell holding one of these is kept as
 * what it is, never read as zero.
 */
public enum DfeSymbol {
  /** {@code c}: the figure exists but is suppressed to protect confidentiality (small numbers). */
  CONFIDENTIAL("c", "suppressed to protect confidentiality"),
  /** {@code x}: not available (not collected, or not published for this council and year). */
  NOT_AVAILABLE("x", "not available"),
  /** {@code z}: not applicable (the figure has no meaning here). */
  NOT_APPLICABLE("z", "not applicable"),
  /** {@code k}: a figure below 0.5 that rounds to zero but is not zero. */
  BELOW_HALF("k", "below 0.5 (rounds to zero, but is not zero)"),
  /** {@code u}: published with low reliability. */
  LOW_RELIABILITY("u", "of low reliability"),
  /** {@code low}: a figure too low to show (rounds to zero, but is not zero). */
  LOW("low", "too low to show (rounds to zero, but is not zero)"),
  /** An empty cell: nothing published. */
  EMPTY("", "empty");

  private static final DfeSymbol[] ALL = values();

  private final String symbol;
  private final String meaning;

  DfeSymbol(String symbol, String meaning) {
    this.symbol = symbol;
    this.meaning = meaning;
  }

  /** {@return the symbol as published ({@code c}, {@code x}, ...; the empty string for an empty cell)} */
  public String symbol() {
    return symbol;
  }

  /** {@return what the symbol means, in words ("suppressed to protect confidentiality")} */
  public String meaning() {
    return meaning;
  }

  /**
   * The symbol written exactly as {@code text} (symbols are lower case as published; an empty cell is
   * {@link #EMPTY}).
   *
   * @param text the cell's text, not stripped
   * @return the symbol, if the text is one
   */
  public static Optional<DfeSymbol> of(String text) {
    if (!text.isEmpty() && (text.charAt(0) == '-' || (text.charAt(0) >= '0' && text.charAt(0) <= '9'))) {
      return Optional.empty();   // a number: the usual case, without a look-up
    }
    for (DfeSymbol s : ALL) {
      if (s.symbol.equals(text)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the symbol and its meaning, as a finding quotes it: {@code "c" (suppressed to protect confidentiality)}}
   */
  public String describe() {
    return this == EMPTY ? "an empty cell" : "'" + symbol + "' (" + meaning + ")";
  }
}
