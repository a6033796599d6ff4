package org.improvementnotice.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/** What the data readers' fuzz targets share: their tries from a system property, and their folders of files. */
final class FuzzFiles {
  private FuzzFiles() {}

  /** A property's tries from a system property, else a default: a long run needs no edit. */
  abstract static class Tries implements AroundPropertyHook {
    private final String property;
    private final int defaults;

    Tries(String property, int defaults) {
      this.property = property;
      this.defaults = defaults;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor executor) {
      context.attributes().setTries(Integer.getInteger(property, defaults));
      return executor.execute();
    }
  }

  /** A new temporary folder for a fuzz target's inputs. */
  static Path workFolder(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the files into a new folder under {@code work}. */
  static Path write(Path work, String prefix, Map<String, byte[]> files) throws IOException {
    Path dir = Files.createTempDirectory(work, prefix);
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Files.write(dir.resolve(f.getKey()), f.getValue());
    }
    return dir;
  }

  /** Deletes the folder and everything in it. */
  static void delete(Path folder) throws IOException {
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
