package org.improvementnotice.testkit;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/** The checks the arbitraries' configuration methods share, with the messages they fail with. */
final class Options {
  private Options() {}

  /** {@return the share}, checked to be a probability, 0 to 1. */
  static double probability(double p) {
    if (p < 0 || p > 1) {
      throw new IllegalArgumentException(String.format("A probability is between 0 and 1, was %s", p));
    }
    return p;
  }

  /** Checks that a span of days (what, for the message: "Series", "Range") does not end before it starts. */
  static void requireOrdered(String what, LocalDate start, LocalDate end) {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(String.format("%s ends %s before it starts %s", what, end, start));
    }
  }

  /** {@return the chosen constants as a set}, checked to hold at least one (what, for the message: "period kind"). */
  static <E extends Enum<E>> EnumSet<E> atLeastOne(String what, E[] chosen) {
    if (chosen.length == 0) {
      throw new IllegalArgumentException("Choose at least one " + what);
    }
    return EnumSet.copyOf(List.of(chosen));
  }
}
