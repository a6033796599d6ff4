package org.improvementnotice.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import org.improvementnotice.data.council.Council;
import org.improvementnotice.data.council.CouncilNotFoundException;
import org.improvementnotice.data.dfe.DfeMapping;
import org.improvementnotice.data.dfe.RawCsv;
import org.improvementnotice.data.dfe.ShippedData;
import org.improvementnotice.data.published.CouncilFigures;
import org.improvementnotice.data.published.PublishedData;
import org.improvementnotice.data.published.PublishedOptions;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.language.NoticeLanguage;
import org.improvementnotice.model.validation.DataValidator;

/**
 * A standing fuzz target for the reader of the Department's published files: a slice of the shipped
 * {@code data/dfe} (the national rows, the council's region, the council and its ten statistical neighbours
 * in the 2025 model, and both neighbour models) with a user's mapping beside it, mutated as
 * {@link CsvFuzzProperties} mutates the project's own files, then read for one of the three real-data notices
 * ({@code examples/.../notices/real/*-dfe.notice}) as {@code evaluate --dfe-data} reads them. Only
 * {@link DataFileException} (every error located in a file given, at a line inside it, at most 100 listed) and
 * {@link CouncilNotFoundException} (when the mutation removed or renamed the council) may come out; data that
 * reads must validate without an exception, and every figure read must name a row of its file.
 *
 * <p>The build runs {@value #DEFAULT_TRIES} inputs; a long run raises them with a system property:
 * <pre>
 * ./mvnw -B -ntp verify -pl notice-data -am -Dtest=DfeFuzzProperties -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Ddfe.fuzz.tries=100000
 * </pre>
 */
class DfeFuzzProperties {
  static final int DEFAULT_TRIES = 200;
  /** Not a {@code .csv}, so the folder's listing leaves it alone: the mapping given as {@code --dfe-mapping}. */
  static final String MAPPING = "user-mapping.txt";
  private static final Path NOTICES = Path.of("..", "examples", "src", "main", "resources", "notices", "real");
  private static final List<String> IDS = List.of("kent-2011-dfe", "surrey-2018-plan-dfe", "somerset-2013-dfe");
  private static final Map<String, Notice> NOTICE = new LinkedHashMap<>();
  private static final Map<String, Map<String, byte[]>> CORPUS = new LinkedHashMap<>();
  private static final Path WORK;

  static {
    try {
      Map<String, String> numbers = Map.of("kent-2011-dfe", "886", "surrey-2018-plan-dfe", "936",
          "somerset-2013-dfe", "933");
      byte[] mapping = DfeMapping.class.getResourceAsStream("dfe-indicators.csv").readAllBytes();
      for (String id : IDS) {
        Path file = NOTICES.resolve(id + ".notice");
        NOTICE.put(id, NoticeLanguage.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
        CORPUS.put(id, slice(numbers.get(id), mapping));
      }
      WORK = FuzzFiles.workFolder("dfe-fuzz");
    } catch (IOException e) {
      throw new UncheckedIOException("The fuzz corpus is the shipped DfE files and the real-data notices", e);
    }
  }

  /** The shipped files cut down to what one council's evaluation reads. */
  private static Map<String, byte[]> slice(String council, byte[] mapping) throws IOException {
    Path folder = ShippedData.folder();
    Set<String> kept = new LinkedHashSet<>(List.of(council));
    String region = "";
    for (List<String> f : RawCsv.read(folder.resolve("sn_model_2025_wide.csv"))) {
      if (f.get(0).strip().equals(council)) {
        region = f.get(3);
        for (int i = 4; i < f.size(); i += 2) {
          kept.add(f.get(i).strip());
        }
      }
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    List<Path> shipped;
    try (Stream<Path> list = Files.list(folder)) {
      shipped = list.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    for (Path p : shipped) {
      List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
      String name = p.getFileName().toString();
      if (!lines.get(0).contains("geographic_level")) {
        files.put(name, Files.readAllBytes(p));
        continue;
      }
      List<List<String>> fields = RawCsv.read(p);
      List<String> out = new ArrayList<>(List.of(lines.get(0)));
      for (int i = 1; i < lines.size(); i++) {
        List<String> f = fields.get(i);
        String level = f.size() > 7 ? f.get(2) : "";
        boolean national = level.equals("National");
        boolean ownRegion = level.equals("Regional") && f.get(6).equals(region);
        if (national || ownRegion || (level.equals("Local authority") && kept.contains(f.get(7)))) {
          out.add(lines.get(i));
        }
      }
      files.put(name, (String.join("\n", out) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    files.put(MAPPING, mapping);
    return files;
  }

  /** Sets the tries from {@code -Ddfe.fuzz.tries}, else {@value #DEFAULT_TRIES}. */
  static final class Tries extends FuzzFiles.Tries {
    Tries() {
      super("dfe.fuzz.tries", DEFAULT_TRIES);
    }
  }

  @AfterContainer
  static void removeWork() throws IOException {
    FuzzFiles.delete(WORK);
  }

  /** A plan, and which of the two neighbour models the run names. */
  record Run(DataMutations.Plan plan, boolean olderModel) {}

  @Provide
  Arbitrary<Run> runs() {
    Arbitrary<DataMutations.Mutation> mutation = Combinators.combine(
        Arbitraries.of(DataMutations.Kind.class),
        Arbitraries.integers().between(0, 15),
        Arbitraries.integers().between(0, 1 << 20),
        Arbitraries.integers().between(0, 255),
        DataMutations.values()).as(DataMutations.Mutation::new);
    Arbitrary<DataMutations.Plan> plan = Combinators.combine(Arbitraries.integers().between(0, IDS.size() - 1),
        mutation.list().ofMinSize(1).ofMaxSize(6)).as(DataMutations.Plan::new);
    return Combinators.combine(plan, Arbitraries.of(false, true)).as(Run::new);
  }

  @Property(shrinking = net.jqwik.api.ShrinkingMode.BOUNDED)
  @AddLifecycleHook(Tries.class)
  void onlyLocatedDataErrorsComeOut(@ForAll("runs") Run run) throws IOException {
    String id = IDS.get(run.plan().folder());
    Notice notice = NOTICE.get(id);
    Map<String, byte[]> files = DataMutations.apply(CORPUS.get(id), run.plan().mutations());
    Path dir = FuzzFiles.write(WORK, id, files);
    try {
      try {
        read(notice, dir, files, run.olderModel());
      } catch (DataFileException e) {
        assertThat(e.errors()).isNotEmpty().hasSizeLessThanOrEqualTo(100);
        if (e.omitted() > 0) {
          assertThat(e.errors()).hasSize(100);
        }
        e.errors().forEach(error -> assertLocated(error, dir, files));
      } catch (CouncilNotFoundException e) {
        assertThat(e.getMessage()).isNotBlank();
      } catch (RuntimeException | Error e) {
        fail("Neither a DataFileException nor a CouncilNotFoundException for " + run, e);
      }
    } finally {
      FuzzFiles.delete(dir);
    }
  }

  /** As the command line reads the folder: mapping, model, council, the notice's indicators, validation. */
  private static void read(Notice notice, Path dir, Map<String, byte[]> files, boolean olderModel) {
    DfeMapping mapping = files.containsKey(MAPPING)
        ? DfeMapping.standard().plus(DfeMapping.read(dir.resolve(MAPPING))) : DfeMapping.standard();
    PublishedOptions options = PublishedOptions.defaults().withMapping(mapping)
        .withModel(olderModel ? "New_Statistical_Neighbour_Groupings_*.csv" : PublishedOptions.DEFAULT_MODEL);
    List<IndicatorId> ids = notice.indicators().stream().map(Indicator::id).toList();
    PublishedData published = PublishedData.read(dir, ids, options);
    Council council = published.councils().find(notice.recipient().council());
    CouncilFigures figures = published.forCouncil(council, ids);
    DataValidator.validate(notice, figures.data());
    for (Observation o : figures.data().observations()) {
      String source = o.source();
      assertThat(files.keySet().stream().anyMatch(source::contains)).as(source).isTrue();
    }
  }

  private static void assertLocated(DataError error, Path dir, Map<String, byte[]> files) {
    String where = error.toString();
    assertThat(error.line()).as(where).isNotNegative();
    assertThat(error.column()).as(where).isNotNegative();
    String name = Path.of(error.file()).getFileName().toString();
    if (!files.containsKey(name)) {
      // a problem of the folder or of the whole reading (no file for an indicator, a model missing)
      assertThat(error.line()).as(where).isZero();
      return;
    }
    List<String> lines = DataMutations.lines(files.get(name));
    assertThat(error.line()).as(where).isLessThanOrEqualTo(lines.size());
    if (error.line() > 0 && error.column() > 0) {
      assertThat(error.column()).as(where).isLessThanOrEqualTo(lines.get(error.line() - 1).length() + 1);
    }
  }
}
