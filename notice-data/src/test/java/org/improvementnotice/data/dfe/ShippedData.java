package org.improvementnotice.data.dfe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Where the tests find the shipped files: the repository's {@code data/dfe}, passed by the build. */
public final class ShippedData {
  private ShippedData() {}

  /** The folder of the shipped files. */
  public static Path folder() {
    String property = System.getProperty("dfe.data");
    Path folder = property != null ? Paths.get(property) : Paths.get("..", "data", "dfe");
    if (!Files.isDirectory(folder)) {
      throw new IllegalStateException("The shipped DfE files are not at " + folder.toAbsolutePath());
    }
    return folder;
  }

  private static DfeData data;

  /** The shipped files read with the shipped mapping (once per test run). */
  public static synchronized DfeData data() {
    if (data == null) {
      data = DfeData.read(folder());
    }
    return data;
  }

  /** One shipped file. */
  public static Path file(String name) {
    return folder().resolve(name);
  }
}
