package org.improvementnotice.data.dfe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A reading of a CSV file independent of the library's (no Jackson): each line split on commas outside
 * double quotes, quotes removed. Enough for the shipped files, whose quoted fields hold no line breaks; the
 * tests compare the library's reading with it cell by cell.
 */
public final class RawCsv {
  private RawCsv() {}

  /** Every line's fields, the header first (a leading byte order mark dropped). */
  public static List<List<String>> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = i == 0 && lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(i);
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int j = 0; j < line.length(); j++) {
        char c = line.charAt(j);
        if (c == '"') {
          if (quoted && j + 1 < line.length() && line.charAt(j + 1) == '"') {
            field.append('"');
            j++;
          } else {
            quoted = !quoted;
          }
        } else if (c == ',' && !quoted) {
          fields.add(field.toString());
          field.setLength(0);
        } else {
          field.append(c);
        }
      }
      fields.add(field.toString());
      out.add(fields);
    }
    return out;
  }
}
