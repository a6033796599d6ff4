package org.improvementnotice.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The {@code --data} option's directory, checked before anything is read. */
final class DataDirectory {
  private DataDirectory() {}

  /**
   * The directory given, if any.
   *
   * @param command the command the option belongs to, for the usage error (asked for only then)
   * @param data the directory given, or null
   * @throws ParameterException (usage error) when it names a file, not a directory
   * @throws NoSuchFileException (I/O error) when it does not exist
   */
  static Optional<Path> check(Supplier<CommandLine> command, Path data) throws NoSuchFileException {
    if (data == null) {
      return Optional.empty();
    }
    if (Files.isDirectory(data)) {
      return Optional.of(data);
    }
    if (Files.exists(data)) {
      throw Failures.usageError(command, "--data '" + data + "' is a file: give the directory that "
          + "holds the CSV files (observations.csv, ...; docs/data-format.md)");
    }
    throw new NoSuchFileException(data.toString(), null, "no such data directory");
  }
}
