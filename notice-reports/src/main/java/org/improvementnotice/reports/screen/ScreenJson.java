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

  /** The document. */
  @JsonPropertyOrder({"schema", "notice", "asAt", "sortedBy", "councils", "compliedSoFar", "requirements", "rows"})
  public record Document(String schema, String notice, LocalDate asAt, String sortedBy, int councils,
      long compliedSoFar, List<String> requirements, List<RowDto> rows) {
    public Document {
      requirements = List.copyOf(requirements);
      rows = List.copyOf(rows);
    }
  }

  /** One council. */
  @JsonPropertyOrder({"code", "name", "region", "compliedSoFar", "verdict", "findings"})
  public record RowDto(String code, String name, String region, boolean compliedSoFar, String verdict,
      List<CellDto> findings) {
    public RowDto {
      findings = List.copyOf(findings);
    }
  }

  /** One finding. */
  @JsonPropertyOrder({"requirement", "status", "rag", "figure", "target", "distance", "explanation"})
  public record CellDto(String requirement, String status, String rag, String figure, String target, String distance,
      String explanation) {}

  /** Maps the screen to its document. */
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

  /** Writes the screen. */
  public static void write(ScreenResult screen, Writer out) throws IOException {
    MAPPER.writeValue(out, document(screen));
  }

  /** Reads a document written by {@link #write}. */
  public static Document read(Reader in) throws IOException {
    return MAPPER.readValue(in, Document.class);
  }
}
