package org.improvementnotice.model.language;

/** The bounds on notice-language input; documented in docs/notice-language.md. */
final class Limits {

  /** The longest source text read, in characters (1 MiB). */
  static final int MAX_CHARS = 1 << 20;
  /** The most tokens read. */
  static final int MAX_TOKENS = 200_000;
  /** The longest string literal, in characters. */
  static final int MAX_STRING = 65_536;
  /** The longest number, in characters. */
  static final int MAX_NUMBER = 30;
  /** The most diagnostics reported before giving up. */
  static final int MAX_DIAGNOSTICS = 100;
  /**
   * The first and last years a notice may name: every date, month and period lies in them. Wide enough for
   * any notice, its evidence and its deadlines, and always written in four digits, so every date read prints
   * back as it reads.
   */
  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 2199;

  private Limits() {}
}
