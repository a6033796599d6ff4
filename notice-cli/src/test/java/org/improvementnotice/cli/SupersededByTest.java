package org.improvementnotice.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.improvementnotice.cli.Fixtures.run;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.improvementnotice.reports.JsonReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** evaluate --superseded-by: the earlier notice's journey ends with its final verdict on the later one's issue date. */
class SupersededByTest {
  @TempDir
  Path dir;

  private Path write(String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void theJourneyEndsAtTheChange() throws IOException {
    Path first = write("first.notice", "notice first", "recipient \"Anyshire Council\"",
        "issuer \"Department for Education\"", "issued 1 October 2012", "term 12 months",
        "assessment \"six month review\" at 6 months after issue",
        "measure plan \"a plan agreed within three months\"", "  action \"A plan agreed\" by 3 months after issue");
    Path second = write("second.notice", "notice second", "supersedes first", "recipient \"Anyshire Council\"",
        "issuer \"Department for Education\"", "issued 1 June 2013", "term 12 months");
    Fixtures.Run run = run("evaluate", first.toString(), "--superseded-by", second.toString(), "--format", "json");
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
    JsonReport.Document read = JsonReport.read(new StringReader(run.out()));
    assertThat(read.notices().get(0).reports()).extracting(r -> r.asAt() + " " + r.assessment() + " "
        + r.finalVerdict()).containsExactly("2013-04-01 six month review false",
            "2013-06-01 Superseded by second true");
    // and the council's journey goes on under the later notice, in the same report
    assertThat(read.notices()).extracting(JsonReport.NoticeDto::notice).containsExactly("first", "second");
    assertThat(read.notices().get(1).reports()).isNotEmpty()
        .allSatisfy(r -> assertThat(r.asAt()).isAfterOrEqualTo(java.time.LocalDate.of(2013, 6, 1)));

    Fixtures.Run wrong = run("evaluate", second.toString(), "--superseded-by", first.toString());
    assertThat(wrong.code()).isEqualTo(ExitCode.USAGE);
    assertThat(wrong.err()).contains("--superseded-by: Notice first does not supersede second");
    Fixtures.Run oneDate = run("evaluate", first.toString(), "--superseded-by", second.toString(), "--as-at",
        "2013-01-01");
    assertThat(oneDate.code()).isEqualTo(ExitCode.USAGE);
    assertThat(oneDate.err()).contains("give it with --schedule, not --as-at");
  }
}
