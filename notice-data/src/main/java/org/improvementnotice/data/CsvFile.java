package org.improvementnotice.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.improvementnotice.data.internal.UnclosedQuote;

/**
 * One CSV file of a data directory, read with Jackson's CSV parser: strict UTF-8 (a leading byte order mark
 * dropped), comment lines ({@code #} first) and blank lines before the header skipped, then a header row and
 * data rows, each row handed on with its fields located. Every problem is an error naming the file, line and
 * column.
 */
final class CsvFile {
  private static final CsvFactory FACTORY = CsvFactory.builder().build();

  /** What to do with each data row. */
  interface RowHandler {
    void accept(CsvRow row);
  }

  /** How many bytes may still be read from the directory. */
  static final class Budget {
    private long remaining;

    Budget(long bytes) {
      this.remaining = bytes;
    }
  }

  private CsvFile() {}

  /**
   * Reads the file's rows, if the file exists, reporting each problem.
   *
   * @param file the file
   * @param columns the columns it may have
   * @param optional those it need not have
   */
  static void read(Path file, List<String> columns, Set<String> optional, Budget budget, ErrorList errors,
      Map<String, String> strings, RowHandler handler) {
    String name = file.toString();
    if (!Files.exists(file)) {
      return;
    }
    String text = text(file, budget, errors);
    if (text == null) {
      return;
    }
    try (CsvParser parser = FACTORY.createParser(withoutPreamble(text))) {
      parser.setSchema(CsvSchema.emptySchema());
      Map<String, Integer> header = null;
      List<CsvRow.Field> fields = new ArrayList<>();
      int rowLine = 0;
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.START_ARRAY) {
          fields.clear();
        } else if (token == JsonToken.VALUE_STRING) {
          JsonLocation at = parser.currentTokenLocation();
          if (fields.isEmpty()) {
            rowLine = at.getLineNr();
          }
          fields.add(new CsvRow.Field(parser.getText(), at.getLineNr(), at.getColumnNr()));
        } else if (token == JsonToken.END_ARRAY && !isBlank(fields)) {
          if (header == null) {
            header = header(name, rowLine, fields, columns, optional, errors);
            if (header == null) {
              return;
            }
            continue;
          }
          CsvRow row = new CsvRow(name, rowLine, fields, header, errors, strings);
          if (fields.size() != header.size()) {
            row.error(null, "expected " + header.size() + " fields, found " + fields.size());
            continue;
          }
          handler.accept(row);
        }
      }
      if (header == null) {
        errors.add(new DataError(name, 0, 0, "empty: expected a header row " + String.join(",", columns)));
      }
    } catch (IOException e) {
      int line = e instanceof JsonProcessingException jpe && jpe.getLocation() != null
          ? jpe.getLocation().getLineNr() : 0;
      int column = e instanceof JsonProcessingException jpe && jpe.getLocation() != null
          ? Math.max(0, jpe.getLocation().getColumnNr()) : 0;
      String message = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
      var quote = UnclosedQuote.behind(message, withoutPreamble(text));
      if (quote.isPresent()) {
        line = quote.get().line();
        column = quote.get().column();
      }
      errors.add(new DataError(name, Math.max(0, line), line > 0 ? column : 0,
          "not readable as CSV: " + CsvRow.quote(String.valueOf(message).lines().findFirst().orElse(""))));
    }
  }

  /** The file's text, or null when it cannot be read (reported). */
  private static String text(Path file, Budget budget, ErrorList errors) {
    String name = file.toString();
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, budget.remaining + 1));
    } catch (IOException e) {
      errors.add(new DataError(name, 0, 0, "cannot read: " + e.getMessage()));
      return null;
    }
    if (bytes.length > budget.remaining) {
      errors.add(new DataError(name, 0, 0, "the data files together hold more than " + CsvData.MAX_TOTAL_BYTES
          + " bytes, the most read"));
      budget.remaining = 0;
      return null;
    }
    budget.remaining -= bytes.length;
    try {
      return Utf8Text.decode(bytes);
    } catch (Utf8Text.MalformedException e) {
      errors.add(new DataError(name, e.line(), e.column(), e.getMessage()));
      return null;
    }
  }

  /**
   * The text with the lines before the header that are comments ({@code #} first) or blank left empty, keeping
   * every line ending so that lines keep their numbers. After the header every line is a row, so a row whose
   * first field starts with {@code #} is data, never a comment.
   */
  static String withoutPreamble(String text) {
    StringBuilder out = new StringBuilder();
    int pos = 0;
    while (pos < text.length()) {
      int end = pos;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      boolean comment = text.charAt(pos) == '#';
      if (!comment && !text.substring(pos, end).isBlank()) {
        break;
      }
      int next = end == text.length() ? end
          : text.startsWith("\r\n", end) ? end + 2
          : end + 1;
      out.append(text, end, next);
      pos = next;
    }
    return pos == 0 ? text : out.append(text, pos, text.length()).toString();
  }

  /** Whether the row is a line of spaces only: a blank line, skipped. */
  private static boolean isBlank(List<CsvRow.Field> fields) {
    return fields.isEmpty() || fields.size() == 1 && fields.get(0).text().isBlank();
  }

  private static Map<String, Integer> header(String file, int line, List<CsvRow.Field> fields, List<String> columns,
      Set<String> optional, ErrorList errors) {
    Map<String, Integer> index = new LinkedHashMap<>();
    long before = errors.count();
    for (int i = 0; i < fields.size(); i++) {
      CsvRow.Field f = fields.get(i);
      String name = f.text().strip().toLowerCase(Locale.ROOT);
      if (!columns.contains(name)) {
        errors.add(new DataError(file, f.line(), f.column(), "unknown column " + CsvRow.quote(f.text())
            + "; expected " + String.join(",", columns)));
      } else if (index.putIfAbsent(name, i) != null) {
        errors.add(new DataError(file, f.line(), f.column(), "column '" + name + "' appears twice"));
      }
    }
    for (String c : columns) {
      if (!index.containsKey(c) && !optional.contains(c)) {
        errors.add(new DataError(file, line, 0, "missing column '" + c + "'"));
      }
    }
    return errors.count() == before ? index : null;
  }
}
