package org.improvementnotice.reports.screen;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The screen as JSON ({@code docs/published-data.md} describes the schema): decimal values as strings, so
 * that no digit is lost; absent values {@code null}. Stateless and thread-safe.
 */
public final class ScreenJson {
  /** The schema's name and version. */
  public static final String SCHEMA = "improvement-notice-screen/1";

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .build();

  private ScreenJson() {}

  /**
   * The document: one screen.
   *
   * @param schema the schema's name and version, {@value #SCHEMA} when written by this version
   * @param notice the notice's id
   * @param asAt the date screened at
   * @param sortedBy the rows' order as {@link ScreenSort#parse} reads it ({@code "distance:repeat-plans"})
   * @param councils the number of councils screened, one row each
   * @param compliedSoFar how many of them comply so far
   * @param requirements the requirements' ids, in the notice's order
   * @param rows one per council, in the order {@code sortedBy} says
   */
  @JsonPropertyOrder({"schema", "notice", "asAt", "sortedBy", "councils", "compliedSoFar", "requirements", "rows"})
  public record Document(String schema, String notice, LocalDate asAt, String sortedBy, int councils,
      long compliedSoFar, List<String> requirements, List<RowDto> rows) {
    /**
     * Copies the lists, as the type's documentation says of each component.
     *
     * @param schema the schema's name and version, {@value #SCHEMA} when written by this version
     * @param notice the notice's id
     * @param asAt the date screened at
     * @param sortedBy the rows' order as {@link ScreenSort#parse} reads it ({@code "distance:repeat-plans"})
     * @param councils the number of councils screened, one row each
     * @param compliedSoFar how many of them comply so far
     * @param requirements the requirements' ids, in the notice's order
     * @param rows one per council, in the order {@code sortedBy} says
     */
    public Document {
      requirements = List.copyOf(requirements);
      rows = List.copyOf(rows);
    }
  }

  /**
   * One council's row.
   *
   * @param code the council's identifier (the LA number)
   * @param name its name
   * @param region its region's name, or empty
   * @param compliedSoFar whether no finding is a failure
   * @param verdict the verdict in words
   * @param findings one per requirement, in the notice's order
   */
  @JsonPropertyOrder({"code", "name", "region", "compliedSoFar", "verdict", "findings"})
  public record RowDto(String code, String name, String region, boolean compliedSoFar, String verdict,
      List<CellDto> findings) {
    /**
     * Copies the list, as the type's documentation says of each component.
     *
     * @param code the council's identifier (the LA number)
     * @param name its name
     * @param region its region's name, or empty
     * @param compliedSoFar whether no finding is a failure
     * @param verdict the verdict in words
     * @param findings one per requirement, in the notice's order
     */
    public RowDto {
      findings = List.copyOf(findings);
    }
  }

  /**
   * One council's finding on one requirement; decimals are strings so that no digit is lost.
   *
   * @param requirement the requirement's id
   * @param status the status's name ({@code "MISSED"})
   * @param rag the RAG colour's name
   * @param figure the figure judged (or the latest, for a forecast) in plain notation, or null
   * @param target what it was judged against in plain notation, or null
   * @param distance how far the figure is better than the target (negative: worse) in plain notation, in the
   *     indicator's unit, or null
   * @param explanation the finding's explanation
   */
  @JsonPropertyOrder({"requirement", "status", "rag", "figure", "target", "distance", "explanation"})
  public record CellDto(String requirement, String status, String rag, String figure, String target, String distance,
      String explanation) {}

  /**
   * {@return the screen's document}
   *
   * @param screen the screen, in its order
   */
  public static Document document(ScreenResult screen) {
    return new Document(SCHEMA, screen.notice(), screen.asAt(), screen.sort().toString(), screen.rows().size(),
        screen.compliedSoFar(), screen.requirements().stream().map(r -> r.value()).toList(),
        screen.rows().stream().map(r -> new RowDto(r.code(), r.name(), r.region(), r.compliedSoFar(), r.verdict(),
            r.cells().stream().map(c -> new CellDto(c.requirement().value(), c.status().name(), c.rag().name(),
                text(c.figure()), text(c.target()), text(c.distance()), c.explanation())).toList())).toList());
  }

  private static String text(Optional<BigDecimal> value) {
    return value.map(BigDecimal::toPlainString).orElse(null);
  }

  /**
   * Writes the screen as indented JSON. The writer is flushed but not closed.
   *
   * @param screen the screen, in its order
   * @param out where to write it; the caller closes it
   * @throws IOException if writing fails
   */
  public static void write(ScreenResult screen, Writer out) throws IOException {
    MAPPER.writeValue(out, document(screen));
  }

  /**
   * {@return a document written by {@link #write}}
   *
   * @param in the JSON; it is closed once read
   * @throws IOException if reading fails, or the JSON is not such a document
   */
  public static Document read(Reader in) throws IOException {
    return MAPPER.readValue(in, Document.class);
  }
}
