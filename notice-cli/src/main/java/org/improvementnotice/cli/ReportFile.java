package org.improvementnotice.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a report to a file, creating its directories, and says plainly what is wrong when it cannot: the path
 * is a directory, a part of it is a file ("not a directory"), the directory is not writable ("permission
 * denied"), the file system is read-only.
 */
final class ReportFile {
  private ReportFile() {}

  /** Writes through a writer. */
  interface WriteAction {
    void write(Writer writer) throws IOException;
  }

  /**
   * Writes through the action to {@code out} and then says so on the terminal ("Wrote the json report to
   * /path/r.json"), or to the terminal itself when there is no file.
   *
   * @param out the file of {@code --out}, or null for the terminal
   * @param terminal the command's standard output
   * @param what what is written, for the line naming the file ("json report")
   * @param action what writes the report
   * @throws CommandFailure (I/O error) saying why the file cannot be written
   * @throws IOException when the action cannot write to the terminal
   */
  static void deliver(Path out, PrintWriter terminal, String what, WriteAction action) throws IOException {
    if (out == null) {
      action.write(terminal);
    } else {
      write(out, action);
      terminal.println(Terminal.safe("Wrote the " + what + " to " + out.toAbsolutePath().normalize()));
    }
    terminal.flush();
  }

  /**
   * Writes the file.
   *
   * @throws CommandFailure (I/O error) saying why the file cannot be written
   */
  static void write(Path path, WriteAction action) throws IOException {
    Path absolute = path.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      throw cannotWrite(path, "it is a directory; give the report a file name");
    }
    Path existing = absolute.getParent();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing != null && !Files.isDirectory(existing)) {
      throw cannotWrite(path, existing + " is not a directory");
    }
    try {
      Path parent = absolute.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (BufferedWriter writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
        action.write(writer);
      }
    } catch (AccessDeniedException e) {
      throw cannotWrite(path, "permission denied" + (e.getFile() == null ? "" : " (" + e.getFile() + ")"));
    } catch (FileSystemException e) {
      String reason = e.getReason() == null ? e.getClass().getSimpleName() : e.getReason().toLowerCase(java.util.Locale.ROOT);
      throw cannotWrite(path, reason + (e.getFile() == null || e.getFile().equals(path.toString()) ? ""
          : " (" + e.getFile() + ")"));
    }
  }

  private static CommandFailure cannotWrite(Path path, String why) {
    return new CommandFailure(ExitCode.IO_ERROR, "cannot write " + path + ": " + why);
  }
}
