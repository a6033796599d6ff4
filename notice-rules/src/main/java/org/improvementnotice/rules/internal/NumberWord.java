package org.improvementnotice.rules.internal;

/**
 * A word of an explanation that is a number in its unit ("65.3%"), which can round itself for people without its
 * text being written out and read back. Implementations are immutable.
 */
public interface NumberWord {
  /**
   * The number as written when it has four decimal places or more, rounded half up to {@code decimals} places,
   * with its unit; otherwise this word itself.
   *
   * @param decimals the places to round a long number to
   * @return the rounded text, or this word when there is nothing to round
   */
  Object roundedTo(int decimals);
}
