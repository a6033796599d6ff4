package org.improvementnotice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.improvementnotice.cli.Fixtures.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code evaluate} read without picocli: which arguments are the plain form, and that a run of the plain form
 * prints and returns what picocli's reading of the same arguments does.
 */
class PlainEvaluateTest {

  @TempDir
  Path dir;

  private String notice;
  private String data;

  @BeforeEach
  void writeNoticeAndData() throws IOException {
    notice = Fixtures.surreyNotice(dir).toString();
    data = Fixtures.surreyData(dir.resolve("data"), 6, "2.5").toString();
  }

  @Test
  void thePlainFormSetsTheOptions() {
    EvaluateCommand command = PlainEvaluate.read("evaluate", "--format", "json", notice, "--as-at", "2009-06-30",
        "--data", data, "--out", "r.json", "--fail-on-non-compliance");
    assertThat(command).isNotNull();
    assertThat(command.notice).isEqualTo(notice);
    assertThat(command.when.asAt).isEqualTo(LocalDate.of(2009, 6, 30));
    assertThat(command.when.schedule).isFalse();
    assertThat(command.data).isEqualTo(Path.of(data));
    assertThat(command.out).isEqualTo(Path.of("r.json"));
    assertThat(command.format).isEqualTo(EvaluateCommand.Format.json);
    assertThat(command.failOnNonCompliance).isTrue();
    assertThat(command.dfe).isNull();

    EvaluateCommand defaults = PlainEvaluate.read("evaluate", notice);
    assertThat(defaults.when).isNull();
    assertThat(defaults.format).isEqualTo(EvaluateCommand.Format.text);
    assertThat(defaults.data).isNull();
    assertThat(defaults.out).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "evaluate",
      "validate N",
      "evaluate N --help",
      "evaluate -h N",
      "evaluate N --as-at=2009-06-30",
      "evaluate N --as-at 2009-06-30 --as-at 2009-07-31",
      "evaluate N --schedule --schedule",
      "evaluate N --as-at 2009-06-30 --schedule",
      "evaluate N --as-at 2009-02-30",
      "evaluate N --as-at 1899-12-31",
      "evaluate N --as-at",
      "evaluate N --format xml",
      "evaluate N --format JSON",
      "evaluate N --data",
      "evaluate N --data -x",
      "evaluate N --colour",
      "evaluate N --dfe-data D",
      "evaluate N --council Kent",
      "evaluate N N",
      "evaluate --schedule",
      "evaluate -",
      "evaluate -- N",
      "evaluate N -"})
  void anythingElseIsLeftToPicocli(String args) {
    assertThat(PlainEvaluate.read(args.replace("N", "n.notice").replace("D", "dfe").split(" "))).isNull();
  }

  @Test
  void anEmptyArgumentIsLeftToPicocli() {
    assertThat(PlainEvaluate.read("evaluate", "")).isNull();
    assertThat(PlainEvaluate.read("evaluate", "n.notice", "--data", "")).isNull();
  }

  @Test
  void aPicocliSystemPropertyLeavesTheReadingToPicocli() {
    System.setProperty("picocli.trimQuotes", "false");
    try {
      assertThat(PlainEvaluate.read("evaluate", "n.notice")).isNull();
    } finally {
      System.clearProperty("picocli.trimQuotes");
    }
  }

  @Test
  void aRunOfThePlainFormPrintsAndReturnsWhatPicocliDoes() throws IOException {
    Path file = Files.writeString(dir.resolve("observations.csv"), "indicator\n");
    Path bad = Files.writeString(dir.resolve("bad.notice"), "notice bad\n");
    List<String[]> runs = new ArrayList<>(List.of(
        new String[] {"evaluate", notice},
        new String[] {"evaluate", notice, "--as-at", "2009-06-30"},
        new String[] {"evaluate", "--schedule", notice, "--data", data},
        new String[] {"evaluate", notice, "--data", data, "--as-at", "2009-05-31", "--format", "json"},
        new String[] {"evaluate", notice, "--data", data, "--format", "html"},
        new String[] {"evaluate", notice, "--data", data, "--fail-on-non-compliance"},
        new String[] {"evaluate", notice, "--out", dir.resolve("out/report.txt").toString()},
        new String[] {"evaluate", notice, "--out", dir.toString()},
        new String[] {"evaluate", notice, "--data", file.toString()},
        new String[] {"evaluate", notice, "--data", dir.resolve("none").toString()},
        new String[] {"evaluate", bad.toString()},
        new String[] {"evaluate", dir.resolve("none.notice").toString()},
        new String[] {"evaluate", "@" + file}));
    for (String[] args : runs) {
      assertThat(PlainEvaluate.read(args)).as(String.join(" ", args)).isNotNull();
      Run plain = Fixtures.run(args);
      Run picocli = picocli(args);
      assertThat(plain).as(String.join(" ", args)).isEqualTo(picocli);
    }
  }

  private static Run picocli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter o = new PrintWriter(out);
    PrintWriter e = new PrintWriter(err);
    int code = NoticeCommand.picocli(o, e, args);
    o.flush();
    e.flush();
    return new Run(code, out.toString(), err.toString());
  }
}
