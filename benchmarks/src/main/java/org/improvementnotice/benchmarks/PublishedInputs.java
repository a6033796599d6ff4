package org.improvementnotice.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.language.NoticeLanguage;

/**
 * The inputs of the published-data benchmarks, bundled in the benchmarks jar: the shipped DfE files
 * ({@code data/dfe}) and the screening notice ({@code examples/.../notices/real/england-screen.notice}).
 */
final class PublishedInputs {
  private PublishedInputs() {}

  /** The folder of the shipped files, inside the jar (through the zip file system) or the classes folder. */
  static Path folder() {
    URL url = PublishedInputs.class.getClassLoader().getResource("dfe");
    if (url == null) {
      throw new IllegalStateException("The shipped DfE files are not in the benchmarks jar");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try {
          FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException open) {
          // opened before
        }
      }
      return Paths.get(uri);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A real-data notice. */
  static Notice notice(String id) {
    try (InputStream in = PublishedInputs.class.getResourceAsStream("/notices/real/" + id + ".notice")) {
      if (in == null) {
        throw new IllegalStateException("The notice " + id + " is not in the benchmarks jar");
      }
      return NoticeLanguage.parse(id + ".notice", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
