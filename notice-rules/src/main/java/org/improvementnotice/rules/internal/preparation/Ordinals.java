package org.improvementnotice.rules.internal.preparation;

/** Ordinal numbers in words' figures: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. Stateless. */
final class Ordinals {
  private Ordinals() {}

  /**
   * {@return the number with its English ordinal suffix}
   *
   * @param n a positive number
   */
  static String of(long n) {
    long lastTwo = n % 100;
    String suffix;
    if (lastTwo >= 11 && lastTwo <= 13) {
      suffix = "th";
    } else if (n % 10 == 1) {
      suffix = "st";
    } else if (n % 10 == 2) {
      suffix = "nd";
    } else if (n % 10 == 3) {
      suffix = "rd";
    } else {
      suffix = "th";
    }
    return n + suffix;
  }
}
