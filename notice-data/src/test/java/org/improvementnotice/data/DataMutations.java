package org.improvementnotice.data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Mutations of a data directory for {@link CsvFuzzProperties}: each works on the files' bytes seen as Latin-1
 * characters (so any byte survives), at positions taken modulo the file's size.
 */
final class DataMutations {
  private DataMutations() {}

  /** What a mutation does. */
  enum Kind {
    FLIP_BYTE, INSERT_TEXT, DELETE_RANGE, DUPLICATE_LINE, REPEAT_LINE, SWAP_LINES, TRUNCATE, REPLACE_FIELD,
    QUOTE_FIELD, SWAP_COLUMNS, DROP_COLUMN, RENAME_HEADER, HASH_LINE, INSERT_BOM, LINE_ENDINGS, RENAME_FILE,
    DELETE_FILE, EMPTY_FILE, INVALID_UTF8
  }

  /** One mutation: its kind, which file, where, a second number, and a value to insert. */
  record Mutation(Kind kind, int file, int position, int extra, String value) {}

  /** The folder of the five to mutate, and the mutations in order. */
  record Plan(int folder, List<Mutation> mutations) {}

  /** Values that have broken readers: bounds, other scripts, signs, control characters, odd dates. */
  static Arbitrary<String> values() {
    return Arbitraries.oneOf(
        Arbitraries.of("", " ", "#", "\"", "\"\"", ",", "\n", "\r", "\u0000", "\u001b[31m", "\u202e", "\uFEFF",
            "1e999999999", "1e-999999999", "1e-2147483647", "1e100000", "1e400", "-0", "+65", "\u0666\u0665",
            "\uFF16\uFF15", "NaN", "Infinity", "0x41", "9999999999999999", "999999999999999", "0.0000000000001",
            "0.000000000001", "1.5E-3", "-1", "0", "100", "100.0001", "2009-02-30", "+999999999-12-31",
            "0001-01-01", "1899-12-31", "2199-12-31", "2009-13", "2009-Q5", "FY2199-00", "AY2008/10", "YE2009-13",
            "2009-01-01..2008-01-01", "1900-01-01..2199-12-31", "NI 59", "NI 60", "ENGLAND", "REGION", "yes",
            "no", "RED", "GREY", "smt", "Improvement Board", "x".repeat(70_000), "\uD800", "é"),
        Arbitraries.strings().all().ofMaxLength(12),
        Arbitraries.strings().withChars("0123456789.-eE+").ofMinLength(1).ofMaxLength(24));
  }

  /** The directory's files after the mutations. */
  static Map<String, byte[]> apply(Map<String, byte[]> original, List<Mutation> mutations) {
    Map<String, String> files = new LinkedHashMap<>();
    original.forEach((name, bytes) -> files.put(name, new String(bytes, StandardCharsets.ISO_8859_1)));
    for (Mutation m : mutations) {
      if (files.isEmpty()) {
        files.put("observations.csv", "");
      }
      List<String> names = new ArrayList<>(files.keySet());
      String name = names.get(m.file() % names.size());
      String text = files.get(name);
      String value = latin1(m.value());
      int at = text.isEmpty() ? 0 : m.position() % (text.length() + 1);
      switch (m.kind()) {
        case FLIP_BYTE -> {
          if (!text.isEmpty()) {
            int i = m.position() % text.length();
            // one of the low seven bits, so ASCII stays ASCII: INVALID_UTF8 is the mutation that breaks encoding
            files.put(name, text.substring(0, i) + (char) ((text.charAt(i) ^ (1 << (m.extra() % 7))) & 0xFF)
                + text.substring(i + 1));
          }
        }
        case INSERT_TEXT -> files.put(name, text.substring(0, at) + value + text.substring(at));
        case DELETE_RANGE -> files.put(name, text.substring(0, at) + text.substring(Math.min(text.length(),
            at + 1 + m.extra())));
        case TRUNCATE -> files.put(name, text.substring(0, at));
        case INSERT_BOM -> files.put(name, latin1("\uFEFF") + text);
        case INVALID_UTF8 -> files.put(name, text.substring(0, at) + (char) (0x80 + m.extra() % 0x80)
            + text.substring(at));
        case LINE_ENDINGS -> files.put(name, m.extra() % 2 == 0 ? text.replace("\n", "\r\n") : text.replace("\n", "\r"));
        case RENAME_FILE -> {
          files.remove(name);
          files.put(m.extra() % 2 == 0 ? name.toUpperCase(java.util.Locale.ROOT) : "x" + name, text);
        }
        case DELETE_FILE -> files.remove(name);
        case EMPTY_FILE -> files.put(name, m.extra() % 2 == 0 ? "" : "# only a comment\n");
        default -> files.put(name, String.join("\n", lineMutation(m, lines(text), value)));
      }
    }
    Map<String, byte[]> out = new LinkedHashMap<>();
    files.forEach((name, text) -> out.put(name, text.getBytes(StandardCharsets.ISO_8859_1)));
    return out;
  }

  private static List<String> lineMutation(Mutation m, List<String> lines, String value) {
    List<String> out = new ArrayList<>(lines);
    if (out.isEmpty()) {
      return out;
    }
    int i = m.position() % out.size();
    int header = headerLine(out);
    switch (m.kind()) {
      case DUPLICATE_LINE -> out.add(i, out.get(i));
      case REPEAT_LINE -> {
        for (int k = 0; k < 50 * (m.extra() + 1); k++) {
          out.add(i, out.get(i));
        }
      }
      case SWAP_LINES -> {
        int j = m.extra() % out.size();
        String t = out.get(i);
        out.set(i, out.get(j));
        out.set(j, t);
      }
      case REPLACE_FIELD -> {
        List<String> fields = new ArrayList<>(List.of(out.get(i).split(",", -1)));
        fields.set(m.extra() % fields.size(), value);
        out.set(i, String.join(",", fields));
      }
      case QUOTE_FIELD -> {
        List<String> fields = new ArrayList<>(List.of(out.get(i).split(",", -1)));
        int f = m.extra() % fields.size();
        fields.set(f, "\"" + fields.get(f) + value + "\"");
        out.set(i, String.join(",", fields));
      }
      case SWAP_COLUMNS, DROP_COLUMN -> {
        for (int k = header; k < out.size(); k++) {
          List<String> fields = new ArrayList<>(List.of(out.get(k).split(",", -1)));
          int a = m.extra() % fields.size();
          int b = m.position() % fields.size();
          if (m.kind() == Kind.DROP_COLUMN) {
            fields.remove(a);
          } else {
            String t = fields.get(a);
            fields.set(a, fields.get(b));
            fields.set(b, t);
          }
          out.set(k, String.join(",", fields));
        }
      }
      case RENAME_HEADER -> {
        if (header < out.size()) {
          List<String> fields = new ArrayList<>(List.of(out.get(header).split(",", -1)));
          fields.set(m.extra() % fields.size(), value);
          out.set(header, String.join(",", fields));
        }
      }
      case HASH_LINE -> out.set(i, "#" + out.get(i));
      default -> throw new IllegalStateException("not a line mutation: " + m.kind());
    }
    return out;
  }

  private static int headerLine(List<String> lines) {
    int i = 0;
    while (i < lines.size() && (lines.get(i).startsWith("#") || lines.get(i).isBlank())) {
      i++;
    }
    return i;
  }

  private static String latin1(String value) {
    return new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  /** The lines of a file as Jackson counts them: ended by \n, \r\n or \r. */
  static List<String> lines(byte[] bytes) {
    return lines(new String(bytes, StandardCharsets.ISO_8859_1));
  }

  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(text.substring(start, i));
        i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
        start = i;
      } else {
        i++;
      }
    }
    out.add(text.substring(start));
    return out;
  }
}
