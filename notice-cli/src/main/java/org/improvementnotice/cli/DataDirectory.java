package org.improvementnotice.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The {@code --data} option's directory, checked before anything is read. */
final class DataDirectory {
  private DataDirectory() {}

  /**
   * The directory given, if any.
   *
   * @throws ParameterException (usage error) when it names a file, not a directory
   * @throws NoSuchFileException (I/O error) when it does not exist
   */
  static Optional<Path> check(CommandSpec spec, Path data) throws NoSuchFileException {
    if (data == null) {
      return Optional.empty();
    }
    if (Files.isDirectory(data)) {
      return Optional.of(data);
    }
    if (Files.exists(data)) {
      throw new ParameterException(spec.commandLine(), "--data '" + data + "' is a file: give the directory that "
          + "holds the CSV files (observations.csv, ...; docs/data-format.md)");
    }
    throw new NoSuchFileException(data.toString(), null, "no such data directory");
  }
}
