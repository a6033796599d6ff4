package org.improvementnotice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.improvementnotice.data.CsvData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {

  @TempDir
  Path dir;

  private static final String OBSERVATIONS = "indicator,period,value,numerator,denominator,source,published\n"
      + "NI 59,2009-01,61.5,,,monthly return,2009-02-10\n";

  @Test
  void aDataDirectoryInAJarIsReadThroughTheZipFileSystem() throws IOException {
    Path jar = dir.resolve("data.jar");
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry("data/"));
      out.putNextEntry(new JarEntry("data/some-notice/"));
      out.putNextEntry(new JarEntry("data/some-notice/observations.csv"));
      out.write(OBSERVATIONS.getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      Optional<Path> found = Sources.bundledDirectory(loader, "data/some-notice");
      assertThat(found).hasValueSatisfying(p -> assertThat(p.toUri().getScheme()).isEqualTo("jar"));
      assertThat(CsvData.read(found.get(), "Surrey County Council").data().observations()).hasSize(1);
      assertThat(Sources.bundledDirectory(loader, "data/other-notice")).isEmpty();
    }
  }

  @Test
  void aDataDirectoryInAFolderIsReadAsItIs() throws IOException {
    Path data = Files.createDirectories(dir.resolve("classes/data/some-notice"));
    Files.writeString(data.resolve("observations.csv"), OBSERVATIONS, StandardCharsets.UTF_8);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()}, null)) {
      assertThat(Sources.bundledDirectory(loader, "data/some-notice")).hasValue(data);
    }
  }

  @Test
  void aDirectoryInAJarIsDescribedByTheJarsPathAndTheEntry() throws IOException {
    Path jar = dir.resolve("samples.jar");
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry("data/some-notice/"));
      out.closeEntry();
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      Path found = Sources.bundledDirectory(loader, "data/some-notice").orElseThrow();
      assertThat(Sources.describe(found)).isEqualTo(jar + "!/data/some-notice");
    }
  }
}
