package org.improvementnotice.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.improvementnotice.cli.Fixtures.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.improvementnotice.cli.Fixtures.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Every way a run goes wrong: the exit code docs/cli.md gives it and a message saying what and where. */
class CommandErrorsTest {

  @TempDir
  Path dir;

  private String notice;

  @BeforeEach
  void writeNotice() throws IOException {
    notice = Fixtures.surreyNotice(dir).toString();
  }

  @ParameterizedTest
  @CsvSource({"2009-02-30", "30/06/2009", "yesterday"})
  void aBadDateIsAUsageErrorNamingTheText(String date) {
    Run run = run("evaluate", notice, "--as-at", date);
    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("'" + date + "' is not a date");
  }

  @ParameterizedTest
  @ValueSource(strings = {"+999999999-12-31", "-999999999-01-01", "1899-12-31", "2200-01-01"})
  void aDateOutsideTheSupportedYearsIsAUsageErrorNamingTheText(String date) {
    Run run = run("evaluate", notice, "--as-at", date);
    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("'" + date + "' is outside the years 1900 to 2199");
  }

  @Test
  void unknownOptionsAndBothWhensAreUsageErrors() {
    assertThat(run("evaluate", notice, "--colour").code()).isEqualTo(ExitCode.USAGE);
    assertThat(run("evaluate", notice, "--format", "pdf").code()).isEqualTo(ExitCode.USAGE);
    assertThat(run("evaluate").code()).isEqualTo(ExitCode.USAGE);
    Run both = run("evaluate", notice, "--as-at", "2009-06-30", "--schedule");
    assertThat(both.code()).isEqualTo(ExitCode.USAGE);
    assertThat(both.err()).startsWith("error: --as-at=<date>, --schedule are mutually exclusive")
        .doesNotContain("Error:");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "evalute            | unknown command 'evalute'; did you mean evaluate?",
      "valdate            | unknown command 'valdate'; did you mean validate?",
      "frobnicate         | unknown command 'frobnicate'; the commands are evaluate, validate, print, screen",
      "evaluate x --as-of | unknown option '--as-of'; did you mean --as-at?",
      "evaluate x --schedul | unknown option '--schedul'; did you mean --schedule?",
      "evaluate x --formt=json | unknown option '--formt'; did you mean --format?",
      "print x --chek     | unknown option '--chek'; did you mean --check?",
      "evaluate x --colour | unknown option '--colour'",
      "evaluate x y       | unexpected argument 'y'"})
  void aMistypedCommandOrOptionGetsASuggestion(String args, String message) {
    Run run = run(args.trim().split(" "));
    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).startsWith("error: " + message + "\nTry 'improvement-notice").doesNotContain("Unmatched");
  }

  @Test
  void aMissingNoticeFileIsAnIoErrorNamingThePath() {
    String path = dir.resolve("nowhere.notice").toString();
    Run run = run("evaluate", path);
    assertThat(run.code()).isEqualTo(ExitCode.IO_ERROR);
    assertThat(run.err()).contains(path, "no such notice file");
  }

  @Test
  void aMissingDataDirectoryIsAnIoErrorNamingThePath() {
    String path = dir.resolve("no-data").toString();
    Run run = run("evaluate", notice, "--data", path);
    assertThat(run.code()).isEqualTo(ExitCode.IO_ERROR);
    assertThat(run.err()).contains(path, "no such data directory");
  }

  @ParameterizedTest
  @ValueSource(strings = {"evaluate", "validate"})
  void dataNamingAFileIsAUsageError(String command) throws IOException {
    Path file = Files.writeString(dir.resolve("observations.csv"), "indicator\n");
    Run run = run(command, notice, "--data", file.toString());
    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).startsWith("error: --data '" + file + "' is a file: give the directory");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aNoticeWithASyntaxErrorIsInvalidWithItsLineAndColumn() throws IOException {
    Path bad = dir.resolve("bad.notice");
    Files.writeString(bad, "notice bad\nrecipient \"A Council\"\nissuer \"DfE\"\nissued 1 May 2012\n"
        + "indicator \"NI 59\"\nmeasure m1 \"Clause.\"\n  targets \"NI 95\" at least 65% in quarter to 31 March 2013\n");
    Run run = run("validate", bad.toString());
    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(ExitCode.INVALID_NOTICE);
    assertThat(run.err()).contains(bad + ":7:").contains("NI 95");
  }

  @Test
  void aNoticeThatIsNotUtf8IsInvalidAtItsLineAndColumn() throws IOException {
    byte[] text = Fixtures.surreyText().replace("Surrey County Council", "Surrey County Counci\u00e9")
        .getBytes(StandardCharsets.ISO_8859_1);
    Path bad = Files.write(dir.resolve("latin1.notice"), text);
    for (String command : new String[] {"evaluate", "validate", "print"}) {
      Run run = run(command, bad.toString());
      assertThat(run.code()).as(command + ": " + run.err()).isEqualTo(ExitCode.INVALID_NOTICE);
      assertThat(run.err()).startsWith("error: invalid notice " + bad + ": 1 error\n" + bad
          + ":2:32: error: not valid UTF-8: byte 0xE9");
    }
  }

  @Test
  void aBadCsvRowIsInvalidDataNamingTheFileWithItsFolder() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("observations.csv"),
        "indicator,period,value,numerator,denominator,source,published\n"
            + "NI 59,2009-01,61.5,,,monthly return,2009-02-10\n"
            + "NI 59,2009-02,sixty,,,monthly return,2009-03-10\n", StandardCharsets.UTF_8);
    Run run = run("evaluate", notice, "--data", data.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.INVALID_DATA);
    assertThat(run.err()).contains(data.resolve("observations.csv") + ":3:15: value: 'sixty' is not a number");
  }

  @Test
  void validateDoesNotCallANoticeValidBeforeItsDataIsChecked() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("observations.csv"),
        "indicator,period,value,numerator,denominator,source,published\n"
            + "NI 59,2009-01,161.5,,,monthly return,2009-02-10\n", StandardCharsets.UTF_8);
    Run run = run("validate", notice, "--data", data.toString());
    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(ExitCode.INVALID_DATA);
    assertThat(run.err()).contains(data.resolve("observations.csv") + ":2");
    assertThat(run.out()).doesNotContain("valid");
  }

  @Test
  void aReportUnderAFileSaysItIsNotADirectory() throws IOException {
    Path file = Files.writeString(dir.resolve("plain"), "x");
    Run run = run("evaluate", notice, "--out", file.resolve("sub/report.txt").toString());
    assertThat(run.code()).isEqualTo(ExitCode.IO_ERROR);
    assertThat(run.err()).isEqualTo("error: cannot write " + file.resolve("sub/report.txt") + ": " + file
        + " is not a directory\n");
  }

  @Test
  void aReportOntoADirectorySaysSo() {
    Run run = run("evaluate", notice, "--out", dir.toString());
    assertThat(run.code()).isEqualTo(ExitCode.IO_ERROR);
    assertThat(run.err()).contains("cannot write " + dir + ": it is a directory");
  }

  @Test
  void aReportIntoAnUnwritableDirectorySaysPermissionDenied() throws IOException {
    Path locked = Files.createDirectories(dir.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeThat(Files.isWritable(locked)).as("not running as root, who may write anywhere").isFalse();
      Run run = run("evaluate", notice, "--out", locked.resolve("new/report.txt").toString());
      assertThat(run.code()).isEqualTo(ExitCode.IO_ERROR);
      assertThat(run.err()).startsWith("error: cannot write " + locked.resolve("new/report.txt")
          + ": permission denied");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  /** A command that fails as a bug would. */
  @Command(name = "boom")
  static final class Boom implements java.util.concurrent.Callable<Integer> {
    private final Throwable failure;

    Boom(Throwable failure) {
      this.failure = failure;
    }

    @Override
    public Integer call() throws Exception {
      if (failure instanceof Exception e) {
        throw e;
      }
      throw (Error) failure;
    }
  }

  private static Run runFailing(Throwable failure) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = NoticeCommand.commandLine(new PrintWriter(out), new PrintWriter(err));
    cli.addSubcommand("boom", new Boom(failure));
    cli.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
    int code;
    try {
      code = cli.execute("boom");
    } catch (RuntimeException | Error e) {
      code = Failures.execution(e, cli.getErr());
    }
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void anInternalErrorExitsWith70NotTheCodeOfNonCompliance() {
    Run run = runFailing(new IllegalArgumentException("Requirement id longer than 80 characters"));
    assertThat(run.code()).isEqualTo(ExitCode.SOFTWARE).isEqualTo(70);
    assertThat(run.err()).startsWith("error: internal error (a bug").contains(
        "IllegalArgumentException: Requirement id longer than 80 characters", "at org.improvementnotice.cli.");
  }

  @Test
  void anErrorTheJvmThrowsExitsWith70Too() {
    assertThat(runFailing(new StackOverflowError()).code()).isEqualTo(ExitCode.SOFTWARE);
    Run oom = runFailing(new OutOfMemoryError("Java heap space"));
    assertThat(oom.code()).isEqualTo(ExitCode.SOFTWARE);
    assertThat(oom.err()).startsWith("error: out of memory");
  }

  @Test
  void anAtFileIsAnArgumentNotAFileOfArguments() throws IOException {
    Path args = Files.writeString(dir.resolve("args.txt"), "--secret-content-of-the-file\n");
    Run run = run("evaluate", "@" + args);
    assertThat(run.code()).isEqualTo(ExitCode.IO_ERROR);
    assertThat(run.err()).contains("@" + args + ": no such notice file").doesNotContain("secret-content");
  }

  @Test
  void controlCharactersInDiagnosticsAreShownEscaped() throws IOException {
    Path bad = Files.writeString(dir.resolve("esc.notice"), Fixtures.surreyText()
        .replace("indicator \"NI 60\"", "indicator \"NI 60\u001b[2J\u202e\"\n\u001b]0;title\u0007bogus"));
    Run run = run("validate", bad.toString());
    assertThat(run.code()).isEqualTo(ExitCode.INVALID_NOTICE);
    assertThat(run.err()).contains("\\u001b").doesNotContain("\u001b", "\u202e", "\u0007");
  }

  @Test
  void controlCharactersInArgumentsAreShownEscapedInErrors() {
    Run run = run("evaluate", notice, "--\u001b[31mred");
    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("unknown option '--\\u001b[31mred'").doesNotContain("\u001b");
  }
}
