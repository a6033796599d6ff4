package org.improvementnotice.examples;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.improvementnotice.cli.NoticeCommand;

/**
 * The main job and command line. With no arguments it evaluates the five bundled notices over their
 * assessment schedules, prints a summary of each and writes the HTML report; otherwise it runs the command
 * line ({@code --help} lists the commands and exit codes, {@code docs/cli.md} documents them).
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = NoticeCommand.run(out, err, args);
    if (code != 0) {
      System.exit(code);
    }
  }
}
