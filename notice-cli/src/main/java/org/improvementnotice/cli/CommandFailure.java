package org.improvementnotice.cli;

/**
 * A command that cannot go on, with the message to print and the exit code to return: a data directory that does
 * not exist, a report that cannot be written, a notice file that is not UTF-8.
 */
final class CommandFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CommandFailure(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
