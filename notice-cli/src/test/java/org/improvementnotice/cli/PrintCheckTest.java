package org.improvementnotice.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.improvementnotice.cli.Fixtures.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.improvementnotice.cli.Fixtures.Run;
import org.improvementnotice.model.language.NoticeLanguage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code print} and {@code print --check}, the formatter's check. */
class PrintCheckTest {

  @TempDir
  Path dir;

  private Path canonical;

  @BeforeEach
  void writeCanonical() throws IOException {
    String text = NoticeLanguage.print(NoticeLanguage.parse("surrey-2008.notice", Fixtures.surreyText()));
    canonical = Files.writeString(dir.resolve("canonical.notice"), text);
  }

  @Test
  void printsTheCanonicalFormWhichReadsBackToTheSameNotice() throws IOException {
    Run run = run("print", Fixtures.surreyNotice(dir).toString());
    assertThat(run.code()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).isEqualTo(Files.readString(canonical)).startsWith("notice surrey-2008");
    assertThat(NoticeLanguage.parse("printed", run.out()))
        .isEqualTo(NoticeLanguage.parse("fixture", Fixtures.surreyText()));
  }

  @Test
  void aFileInCanonicalFormPassesTheCheckSilently() {
    Run run = run("print", "--check", canonical.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aFileNotInCanonicalFormFailsTheCheckNamingWhereItFirstDiffers() throws IOException {
    String text = Files.readString(canonical);
    int secondLine = text.indexOf('\n') + 1;
    Path spaced = Files.writeString(dir.resolve("spaced.notice"),
        text.substring(0, secondLine) + text.substring(secondLine).replaceFirst(" ", "   "));
    Run run = run("print", "--check", canonical.toString(), spaced.toString());
    assertThat(run.code()).isEqualTo(ExitCode.NOT_CANONICAL).isEqualTo(1);
    String second = text.substring(secondLine, text.indexOf('\n', secondLine));
    assertThat(run.out()).isEqualTo(spaced + ":2:" + (second.indexOf(' ') + 2) + ": not in canonical form\n"
        + "  found:    " + second.replaceFirst(" ", "   ") + "\n"
        + "  expected: " + second + "\n");
  }

  @Test
  void windowsLineEndingsAreNotCanonical() throws IOException {
    Path crlf = Files.writeString(dir.resolve("crlf.notice"), Files.readString(canonical).replace("\n", "\r\n"));
    Run run = run("print", "--check", crlf.toString());
    assertThat(run.code()).isEqualTo(ExitCode.NOT_CANONICAL);
    assertThat(run.out()).startsWith(crlf + ":1:19: not in canonical form\n  found:    notice surrey-2008\\u000d");
  }

  @Test
  void printTakesOneNoticeWithoutCheck() {
    Run run = run("print", canonical.toString(), canonical.toString());
    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).startsWith("error: print takes one notice; several only with --check");
  }
}
