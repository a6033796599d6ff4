package org.improvementnotice.model.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.improvementnotice.model.Notice;
import org.junit.jupiter.api.Test;

/**
 * The folder {@code language/equivalent} holds one notice written several ways (English and ISO dates,
 * "by August 2011" and "by end of 2011-08", upper and lower case, explicit and default requirement ids,
 * wrapped lines, string concatenation, escapes): every file parses to the same notice, and the last file is
 * the canonical printed form of them all.
 */
class EquivalentInputsTest {

  @Test
  void everyFileReadsAsTheSameNotice() throws IOException, URISyntaxException {
    List<Path> files = files();
    assertThat(files).hasSizeGreaterThanOrEqualTo(4);
    Notice first = parse(files.get(0));

    for (Path file : files) {
      assertThat(parse(file)).as(file.getFileName().toString()).isEqualTo(first);
    }
  }

  @Test
  void theCanonicalFileIsWhatThePrinterWrites() throws IOException, URISyntaxException {
    List<Path> files = files();
    Path canonical = files.get(files.size() - 1);
    assertThat(canonical.getFileName().toString()).isEqualTo("9-canonical.notice");

    for (Path file : files) {
      assertThat(NoticeLanguage.print(parse(file))).as(file.getFileName().toString())
          .isEqualTo(Files.readString(canonical, StandardCharsets.UTF_8));
    }
  }

  private static Notice parse(Path file) throws IOException {
    return NoticeLanguage.parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  private static List<Path> files() throws IOException, URISyntaxException {
    Path dir = Path.of(EquivalentInputsTest.class.getResource("/language/equivalent").toURI());
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".notice")).sorted().toList();
    }
  }
}
