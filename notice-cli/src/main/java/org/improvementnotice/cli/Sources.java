package org.improvementnotice.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
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
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.language.Diagnostic;
import org.improvementnotice.model.language.NoticeLanguage;
import org.improvementnotice.model.language.ParsedNotice;

/**
 * Where notices and data come from: the five source documents bundled on the classpath (by id), or files
 * on disk (by path). Classpath directories are resolved to a {@link Path} whether they are in a directory
 * ({@code file:}) or in a jar ({@code jar:}, through the zip file system).
 */
public final class Sources {

  /** The ids of the five source documents bundled with the examples, in order of issue. */
  public static final List<String> BUNDLED = List.of(
      "surrey-2008", "kent-2011", "west-sussex-2011", "somerset-2013", "surrey-2018-plan");

  private Sources() {}

  /** A notice read, with where it came from and its validation warnings (each located in the source). */
  public record LoadedNotice(Notice notice, String source, List<Diagnostic> warnings) {}

  /** Performance data read, with where it came from ("none" when there was none). */
  public record LoadedData(PerformanceData data, Optional<String> source) {
    /** Whether any data directory was found. */
    public boolean found() {
      return source.isPresent();
    }

    /** Says where the data came from, for a report. */
    public String describe() {
      return source.map(s -> "data from " + s)
          .orElse("no data directory found: evaluated with empty performance data");
    }
  }

  /**
   * Reads a notice: a bundled id ("surrey-2008") or a path to a {@code .notice} file.
   *
   * @throws NoSuchFileException when it is neither
   * @throws org.improvementnotice.model.language.NoticeSyntaxException when it does not parse or validate
   */
  public static LoadedNotice notice(String nameOrPath) throws IOException {
    if (BUNDLED.contains(nameOrPath)) {
      String resource = "/notices/" + nameOrPath + ".notice";
      try (var in = Sources.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new NoSuchFileException(nameOrPath, null,
              "a notice of the examples, which are not on the class path: give a path to a .notice file");
        }
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        ParsedNotice parsed = NoticeLanguage.read(nameOrPath + ".notice", text);
        return new LoadedNotice(parsed.notice(), "classpath:" + resource, parsed.warnings());
      }
    }
    Path path = Paths.get(nameOrPath);
    if (!Files.isRegularFile(path)) {
      throw new NoSuchFileException(nameOrPath, null,
          "no such notice file, and not one of the bundled notices " + String.join(", ", BUNDLED));
    }
    String text = Files.readString(path, StandardCharsets.UTF_8);
    ParsedNotice parsed = NoticeLanguage.read(path.toString(), text);
    return new LoadedNotice(parsed.notice(), path.toString(), parsed.warnings());
  }

  /**
   * Reads the performance data for a notice: from the directory when one is given, else from the bundled
   * {@code data/<notice-id>/} directory when it exists, else empty data.
   *
   * @throws org.improvementnotice.data.DataFileException when the data does not read or fit the notice
   */
  public static LoadedData data(Notice notice, Optional<Path> directory) {
    String council = notice.recipient().council();
    Optional<Path> dir = directory.isPresent() ? directory : bundledDirectory("data/" + notice.id().value());
    if (dir.isEmpty()) {
      return new LoadedData(PerformanceData.builder(council).build(), Optional.empty());
    }
    CsvData csv = CsvData.read(dir.get(), council);
    csv.check(notice);
    return new LoadedData(csv.data(), Optional.of(dir.get().toUri().toString()));
  }

  /**
   * The classpath directory as a path, if it exists; a directory inside a jar is opened through the zip file
   * system (left open for the life of the process).
   */
  public static Optional<Path> bundledDirectory(String resource) {
    return bundledDirectory(Sources.class.getClassLoader(), resource);
  }

  /** The directory on the class loader's class path as a path, if it exists: in a directory or in a jar. */
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
