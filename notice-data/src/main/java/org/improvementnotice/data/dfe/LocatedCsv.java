package org.improvementnotice.data.dfe;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.improvementnotice.data.DataError;
import org.improvementnotice.data.DataFileException;
import org.improvementnotice.data.internal.UnclosedQuote;

/**
 * A CSV file read into records with the line and column of every field, by Jackson's CSV parser: UTF-8
 * (a byte order mark is dropped), quotes as RFC 4180 has them, empty lines skipped. A file that is too large,
 * not UTF-8 or not CSV is a {@link DataFileException} naming the file (and line, where known).
 */
public final class LocatedCsv {
  /** The largest file read, to bound memory. */
  public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  private static final CsvFactory FACTORY = CsvFactory.builder().enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

  /**
   * One field: its text and where it starts.
   *
   * @param text the field's text, unquoted
   * @param line the 1-based line
   * @param column the 1-based character column
   */
  public record Field(String text, int line, int column) {
    /**
     * Checks the components, as the type's documentation says of each.
     *
     * @param text the field's text, unquoted
     * @param line the 1-based line
     * @param column the 1-based character column
     */
    public Field {
      requireNonNull(text, "text");
    }
  }

  /**
   * One record: the line it starts on and its fields.
   *
   * @param line the 1-based line
   * @param fields the fields, in order
   */
  public record Record(int line, List<Field> fields) {
    /**
     * Copies the fields.
     *
     * @param line the 1-based line
     * @param fields the fields, in order
     */
    public Record {
      fields = List.copyOf(fields);
    }

    /**
     * {@return the field's text at the index, or the empty string past the end of a short record}
     *
     * @param index the 0-based position of the field
     */
    public String text(int index) {
      return index < fields.size() ? fields.get(index).text() : "";
    }

    /** {@return whether every field is empty (a row of commas)} */
    public boolean isBlank() {
      return fields.stream().allMatch(f -> f.text().isEmpty());
    }
  }

  private LocatedCsv() {}

  /**
   * Reads every record of the file.
   *
   * @param file the file
   * @param name the name errors give it
   * @return the records, the header first
   * @throws DataFileException when it cannot be read, is too large, is not UTF-8 or is not CSV
   */
  public static List<Record> read(Path file, String name) {
    requireNonNull(file, "file");
    requireNonNull(name, "name");
    String text;
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new DataFileException(List.of(new DataError(name, 0, 0, "larger than " + MAX_FILE_BYTES + " bytes")));
      }
      byte[] bytes = Files.readAllBytes(file);
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new DataFileException(List.of(new DataError(name, 0, 0, "not UTF-8 text")));
    } catch (IOException e) {
      throw new DataFileException(List.of(new DataError(name, 0, 0, "cannot read: " + e.getMessage())));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return parse(text, name);
  }

  /**
   * Reads every record of CSV text.
   *
   * @param text the text
   * @param name the name errors give it
   * @return the records, the header first
   * @throws DataFileException when it is not CSV
   */
  public static List<Record> parse(String text, String name) {
    List<Record> out = new ArrayList<>();
    try (CsvParser parser = FACTORY.createParser(new StringReader(text))) {
      parser.setSchema(CsvSchema.emptySchema());
      List<Field> fields = new ArrayList<>();
      int line = 0;
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.START_ARRAY) {
          fields.clear();
          line = 0;
        } else if (token == JsonToken.VALUE_STRING) {
          JsonLocation at = parser.currentTokenLocation();
          if (fields.isEmpty()) {
            line = at.getLineNr();
          }
          fields.add(new Field(parser.getText(), at.getLineNr(), at.getColumnNr()));
        } else if (token == JsonToken.END_ARRAY) {
          out.add(new Record(line, fields));
        }
      }
    } catch (IOException e) {
      var quote = UnclosedQuote.behind(e.getMessage(), text);
      int line = quote.map(UnclosedQuote.At::line).orElse(e instanceof JsonProcessingException jpe
          && jpe.getLocation() != null ? Math.max(0, jpe.getLocation().getLineNr()) : 0);
      int column = quote.map(UnclosedQuote.At::column).orElse(0);
      throw new DataFileException(List.of(new DataError(name, line, column,
          "not readable as CSV: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""))));
    }
    return out;
  }
}
