package org.improvementnotice.cli;

/** The command line's exit codes, documented in {@code --help} and {@code docs/cli.md}. */
public final class ExitCode {
  /** Everything went as asked. */
  public static final int OK = 0;
  /** A notice is not complied with, and {@code --fail-on-non-compliance} was given. */
  public static final int NON_COMPLIANT = 1;
  /**
   * {@code print --check} found a notice file not in canonical form. The same code as {@link #NON_COMPLIANT}:
   * a check that was asked for failed, as a formatter's check exits.
   */
  public static final int NOT_CANONICAL = 1;
  /** The command line is wrong: an unknown command or option, a missing argument, a bad date. */
  public static final int USAGE = 2;
  /** The notice does not read as UTF-8, does not parse or does not validate. */
  public static final int INVALID_NOTICE = 3;
  /** The performance data does not read or does not fit the notice. */
  public static final int INVALID_DATA = 4;
  /** A file cannot be read or written. */
  public static final int IO_ERROR = 5;
  /** An internal error: a bug (or the JVM ran out of memory). */
  public static final int SOFTWARE = 70;

  private ExitCode() {}
}
