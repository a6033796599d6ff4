package org.improvementnotice.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.improvementnotice.data.CsvData;
import org.improvementnotice.data.DataError;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.language.Diagnostic;
import org.improvementnotice.model.language.NoticeLanguage;
import org.improvementnotice.model.language.ParsedNotice;

/**
 * Where notices and data come from: files on disk (by path), or the five source documents and their data as
 * samples (by id), found either on the class path ({@code notices/<id>.notice} and {@code data/<id>/}, as the
 * examples jar holds them; a directory in a jar is read through the zip file system) or in the samples
 * directory the distribution's launcher names with the system property {@value #SAMPLES_PROPERTY}
 * ({@code samples/notices/<id>.notice} and {@code samples/data/<id>/}).
 */
public final class Sources {

  /** The ids of the five source documents, in order of issue. */
  public static final List<String> BUNDLED = List.of(
      "surrey-2008", "kent-2011", "west-sussex-2011", "somerset-2013", "surrey-2018-plan");

  /** The system property naming the samples directory, which holds {@code notices/} and {@code data/}. */
  public static final String SAMPLES_PROPERTY = "improvement-notice.samples";

  private Sources() {}

  /**
   * A notice read, with where it came from, its text and its validation warnings (each located in the source).
   *
   * @param notice the notice
   * @param source where it came from: the path given, or the sample's file
   * @param text the text it was read from
   * @param warnings the validation warnings, in source order
   */
  public record LoadedNotice(Notice notice, String source, String text, List<Diagnostic> warnings) {}

  /**
   * Performance data read, with where it came from (empty when there was none) and its warnings.
   *
   * @param data the data
   * @param source the directory it was read from, as a path
   * @param warnings the data's warnings, each located at its row
   */
  public record LoadedData(PerformanceData data, Optional<String> source, List<DataError> warnings) {
    /** @return whether any data directory was found */
    public boolean found() {
      return source.isPresent();
    }

    /** @return where the data came from, for a report */
    public String describe() {
      return source.map(s -> "data from " + s)
          .orElse("no data directory found: evaluated with empty performance data");
    }
  }

  /** @return whether the five samples can be read by id (from the class path or the samples directory) */
  public static boolean samplesAvailable() {
    return Sources.class.getResource("/notices/" + BUNDLED.get(0) + ".notice") != null
        || samplesDirectory().map(d -> Files.isRegularFile(d.resolve("notices").resolve(BUNDLED.get(0) + ".notice")))
            .orElse(false);
  }

  private static Optional<Path> samplesDirectory() {
    String dir = System.getProperty(SAMPLES_PROPERTY);
    return dir == null || dir.isBlank() ? Optional.empty() : Optional.of(Paths.get(dir));
  }

  /**
   * Reads a notice: a sample's id ("surrey-2008") or a path to a {@code .notice} file.
   *
   * @param nameOrPath a sample's id or a path
   * @return the notice, its source and its warnings
   * @throws NoSuchFileException when it is neither
   * @throws CommandFailure when the file is not UTF-8
   * @throws org.improvementnotice.model.language.NoticeSyntaxException when it does not parse or validate
   * @throws IOException when the file cannot be read
   */
  public static LoadedNotice notice(String nameOrPath) throws IOException {
    if (BUNDLED.contains(nameOrPath)) {
      String name = nameOrPath + ".notice";
      try (InputStream in = Sources.class.getResourceAsStream("/notices/" + name)) {
        if (in != null) {
          return read(name, in);
        }
      }
      Optional<Path> file = samplesDirectory().map(d -> d.resolve("notices").resolve(name)).filter(Files::isRegularFile);
      if (file.isEmpty()) {
        throw new NoSuchFileException(nameOrPath, null, "a sample notice, and the samples are not installed here: "
            + "give the path of a .notice file");
      }
      try (InputStream in = Files.newInputStream(file.get())) {
        return read(file.get().toString(), in);
      }
    }
    Path path = Paths.get(nameOrPath);
    if (!Files.isRegularFile(path)) {
      throw new NoSuchFileException(nameOrPath, null, Files.isDirectory(path) ? "a directory, not a notice file"
          : "no such notice file, and not one of the samples " + String.join(", ", BUNDLED));
    }
    try (InputStream in = Files.newInputStream(path)) {
      return read(path.toString(), in);
    }
  }

  private static LoadedNotice read(String source, InputStream in) throws IOException {
    String text = NoticeText.read(source, in);
    ParsedNotice parsed = NoticeLanguage.read(source, text);
    return new LoadedNotice(parsed.notice(), source, text, parsed.warnings());
  }

  /**
   * Reads the performance data for a notice: from the directory when one is given, else from the sample's
   * {@code data/<notice-id>/} directory when it exists, else empty data.
   *
   * @param notice the notice the data is for
   * @param directory the directory given, if any
   * @return the data and where it came from
   * @throws org.improvementnotice.data.DataFileException when the data does not read or fit the notice
   */
  public static LoadedData data(Notice notice, Optional<Path> directory) {
    String council = notice.recipient().council();
    Optional<Path> dir = directory.isPresent() ? directory : sampleData(notice.id().value());
    if (dir.isEmpty()) {
      return new LoadedData(PerformanceData.builder(council).build(), Optional.empty(), List.of());
    }
    CsvData csv = CsvData.read(dir.get(), council);
    List<DataError> warnings = csv.check(notice);
    return new LoadedData(csv.data(), Optional.of(describe(dir.get())), warnings);
  }

  private static Optional<Path> sampleData(String id) {
    if (!BUNDLED.contains(id)) {
      return Optional.empty();
    }
    Optional<Path> onClassPath = bundledDirectory("data/" + id);
    return onClassPath.isPresent() ? onClassPath
        : samplesDirectory().map(d -> d.resolve("data").resolve(id)).filter(Files::isDirectory);
  }

  /** A directory as a person reads it: its path, and for one inside a jar the jar's path and the entry. */
  static String describe(Path dir) {
    URI uri = dir.toUri();
    if ("jar".equals(uri.getScheme())) {
      String inner = uri.getSchemeSpecificPart();
      int bang = inner.indexOf("!/");
      try {
        return bang < 0 ? inner : Paths.get(new URI(inner.substring(0, bang))) + inner.substring(bang);
      } catch (URISyntaxException | IllegalArgumentException e) {
        return inner;
      }
    }
    return dir.toString();
  }

  /**
   * The classpath directory as a path, if it exists; a directory inside a jar is opened through the zip file
   * system (left open for the life of the process).
   *
   * @param resource the directory's name on the class path
   * @return the directory, if there is one
   */
  public static Optional<Path> bundledDirectory(String resource) {
    return bundledDirectory(Sources.class.getClassLoader(), resource);
  }

  /**
   * The directory on the class loader's class path as a path, if it exists: in a directory or in a jar.
   *
   * @param loader the class loader to look in
   * @param resource the directory's name on its class path
   * @return the directory, if there is one
   */
  public static Optional<Path> bundledDirectory(ClassLoader loader, String resource) {
    URL url = loader.getResource(resource);
    if (url == null) {
      return Optional.empty();
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try {
          FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException alreadyOpen) {
          // opened by an earlier call
        }
      }
      Path path = Paths.get(uri);
      return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Classpath URL is not a URI: " + url, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
