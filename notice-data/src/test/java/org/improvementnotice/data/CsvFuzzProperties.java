package org.improvementnotice.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.language.NoticeLanguage;

/**
 * A standing fuzz target for the CSV reader: the data directories of the five source documents
 * ({@code examples/src/main/resources/data/}), mutated (bytes, lines, fields, headers, files), read and checked
 * against their notices. Only {@link DataFileException} may escape, every error must be located in a file of the
 * directory (at a line inside the file, or at line 0 for a problem of the whole file), and at most 100 errors
 * are listed.
 *
 * <p>The build runs {@value #DEFAULT_TRIES} inputs; a long run raises them with a system property:
 * <pre>
 * ./mvnw -B -ntp verify -pl notice-data -am -Dtest=CsvFuzzProperties -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dcsv.fuzz.tries=100000
 * </pre>
 */
class CsvFuzzProperties {
  static final int DEFAULT_TRIES = 300;
  private static final Path EXAMPLES = Path.of("..", "examples", "src", "main", "resources");
  private static final List<String> FOLDERS = List.of(
      "surrey-2008", "kent-2011", "west-sussex-2011", "somerset-2013", "surrey-2018-plan");
  private static final Map<String, Notice> NOTICES = new LinkedHashMap<>();
  private static final Map<String, Map<String, byte[]>> CORPUS = new LinkedHashMap<>();
  private static final Path WORK;

  static {
    try {
      for (String id : FOLDERS) {
        Path notice = EXAMPLES.resolve("notices").resolve(id + ".notice");
        NOTICES.put(id, NoticeLanguage.parse(notice.toString(), Files.readString(notice, StandardCharsets.UTF_8)));
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(EXAMPLES.resolve("data").resolve(id))) {
          for (Path f : list.sorted().toList()) {
            files.put(f.getFileName().toString(), Files.readAllBytes(f));
          }
        }
        CORPUS.put(id, files);
      }
      WORK = FuzzFiles.workFolder("csv-fuzz");
    } catch (IOException e) {
      throw new UncheckedIOException("The fuzz corpus is the examples' data, read from " + EXAMPLES.toAbsolutePath(), e);
    }
  }

  /** Sets the tries from {@code -Dcsv.fuzz.tries}, else {@value #DEFAULT_TRIES}. */
  static final class Tries extends FuzzFiles.Tries {
    Tries() {
      super("csv.fuzz.tries", DEFAULT_TRIES);
    }
  }

  @AfterContainer
  static void removeWork() throws IOException {
    FuzzFiles.delete(WORK);
  }

  @Provide
  Arbitrary<DataMutations.Plan> plans() {
    Arbitrary<DataMutations.Mutation> mutation = Combinators.combine(
        Arbitraries.of(DataMutations.Kind.class),
        Arbitraries.integers().between(0, 7),
        Arbitraries.integers().between(0, 1 << 20),
        Arbitraries.integers().between(0, 255),
        DataMutations.values()).as(DataMutations.Mutation::new);
    return Combinators.combine(Arbitraries.integers().between(0, FOLDERS.size() - 1),
        mutation.list().ofMinSize(1).ofMaxSize(6)).as(DataMutations.Plan::new);
  }

  @Property(shrinking = net.jqwik.api.ShrinkingMode.BOUNDED)
  @AddLifecycleHook(Tries.class)
  void onlyLocatedDataErrorsComeOut(@ForAll("plans") DataMutations.Plan plan) throws IOException {
    String id = FOLDERS.get(plan.folder());
    Map<String, byte[]> files = DataMutations.apply(CORPUS.get(id), plan.mutations());
    Path dir = FuzzFiles.write(WORK, id, files);
    try {
      try {
        CsvData read = CsvData.read(dir, NOTICES.get(id).recipient().council());
        List<DataError> warnings = read.check(NOTICES.get(id));
        assertThat(warnings).hasSizeLessThanOrEqualTo(100);
        warnings.forEach(w -> assertLocated(w, dir, files));
      } catch (DataFileException e) {
        assertThat(e.errors()).isNotEmpty().hasSizeLessThanOrEqualTo(100);
        if (e.omitted() > 0) {
          assertThat(e.errors()).hasSize(100);
        }
        e.errors().forEach(error -> assertLocated(error, dir, files));
      } catch (RuntimeException | Error e) {
        fail("Not a DataFileException for " + plan, e);
      }
    } finally {
      FuzzFiles.delete(dir);
    }
  }

  private static void assertLocated(DataError error, Path dir, Map<String, byte[]> files) {
    String where = error.toString();
    assertThat(error.line()).as(where).isNotNegative();
    assertThat(error.column()).as(where).isNotNegative();
    if (error.file().equals(dir.toString())) {
      assertThat(error.line()).as(where).isZero();
      return;
    }
    assertThat(error.file()).as(where).startsWith(dir.toString());
    String name = Path.of(error.file()).getFileName().toString();
    assertThat(files).as(where).containsKey(name);
    List<String> lines = DataMutations.lines(files.get(name));
    if (error.line() == 0) {
      assertThat(error.column()).as(where).isZero();
      assertThat(error.message()).as(where).containsAnyOf("unknown data file", "empty: expected a header",
          "not readable as CSV", "cannot read", "the data files");
    } else {
      assertThat(error.line()).as(where).isLessThanOrEqualTo(lines.size());
      if (error.column() > 0) {
        assertThat(error.column()).as(where).isLessThanOrEqualTo(lines.get(error.line() - 1).length() + 1);
      }
    }
  }
}
