package org.improvementnotice.data;

import static java.util.Objects.requireNonNull;

/**
 * One bad row or value in a data file: the file, the 1-based line and column (0 when the problem is the
 * whole file or row), and what is wrong. Immutable and thread-safe.
 *
 * @param file the file's path: the data directory as given and the file's name ({@code data/observations.csv}),
 *     or the directory's for a problem of the whole directory
 * @param line the 1-based line, or 0 for the whole file
 * @param column the 1-based column (character position), or 0 for the whole row
 * @param message what is wrong
 */
public record DataError(String file, int line, int column, String message) {
  /**
   * Checks the components, as the type's documentation says of each.
   *
   * @param file the file's path: the data directory as given and the file's name, or the directory's for a problem
   *     of the whole directory
   * @param line the 1-based line, or 0 for the whole file
   * @param column the 1-based column (character position), or 0 for the whole row
   * @param message what is wrong
   */
  public DataError {
    requireNonNull(file, "file");
    requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
  }
}
