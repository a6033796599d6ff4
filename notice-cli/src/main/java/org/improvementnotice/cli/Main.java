package org.improvementnotice.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The command line's entry point: runs {@link NoticeCommand} on the arguments and exits with its code
 * ({@code --help} lists the commands and exit codes; {@code docs/cli.md} documents them).
 */
public final class Main {

  private Main() {}

  /**
   * Runs the command line.
   *
   * @param args the command line's arguments
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
        StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
        StandardCharsets.UTF_8), true);
    int code = NoticeCommand.run(out, err, args);
    out.flush();
    if (code != 0) {
      System.exit(code);
    }
  }
}
