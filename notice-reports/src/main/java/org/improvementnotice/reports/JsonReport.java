package org.improvementnotice.reports;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.improvementnotice.rules.ComplianceReport;
import org.improvementnotice.rules.FigureUsed;
import org.improvementnotice.rules.Finding;

/**
 * The JSON report: a stable schema ({@code docs/report-json.md}) of plain records, mapped from the rules'
 * reports, written and read with Jackson. Decimal values are strings in plain notation, exact, and written
 * with at least as many decimals as the indicator's figures were written with in the data (its scale, see
 * {@code docs/report-json.md}): {@code 67.20} stays {@code "67.20"}, {@code 70.0} stays {@code "70.0"}, and
 * {@code 70} is written {@code "70.0"} beside figures such as {@code 67.2};
 * dates are ISO-8601 strings; absent values are {@code null}.
 */
public final class JsonReport {
  /** The schema's name and version; a change that is not backwards compatible gets a new version. */
  public static final String SCHEMA = "improvement-notice-report/2";

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new Jdk8Module())
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
      .build();

  private JsonReport() {}

  /** The document: one per run, holding one entry per notice. */
  @JsonPropertyOrder({"schema", "notices"})
  public record Document(String schema, List<NoticeDto> notices) {
    /** Checks the components, as the type's documentation says of each. */
    public Document {
      notices = List.copyOf(notices);
    }
  }

  /** One notice evaluated, with its reports in date order. */
  @JsonPropertyOrder({"notice", "council", "data", "reports"})
  public record NoticeDto(String notice, String council, String data, List<ReportDto> reports) {
    /** Checks the components, as the type's documentation says of each. */
    public NoticeDto {
      reports = List.copyOf(reports);
    }
  }

  /** One report: the notice at a date; {@code finalVerdict} when it is the notice's final verdict. */
  @JsonPropertyOrder({"asAt", "assessment", "finalVerdict", "compliedSoFar", "verdict", "countsByStatus",
      "countsByRag", "findings"})
  public record ReportDto(LocalDate asAt, String assessment, boolean finalVerdict, boolean compliedSoFar,
      String verdict, Map<String, Integer> countsByStatus, Map<String, Integer> countsByRag,
      List<FindingDto> findings) {
    /** Checks the components, as the type's documentation says of each. */
    public ReportDto {
      countsByStatus = Map.copyOf(countsByStatus);
      countsByRag = Map.copyOf(countsByRag);
      findings = List.copyOf(findings);
    }
  }

  /** One finding, with everything it holds. */
  @JsonPropertyOrder({"requirement", "measure", "form", "formNumber", "status", "failure", "rag", "values",
      "threshold", "rule", "clause", "explanation", "direction"})
  public record FindingDto(String requirement, String measure, String form, int formNumber, String status,
      boolean failure, String rag, List<FigureDto> values, String threshold, String rule, String clause,
      String explanation, String direction) {
    /** Checks the components, as the type's documentation says of each. */
    public FindingDto {
      values = List.copyOf(values);
    }
  }

  /** One figure a finding used. */
  @JsonPropertyOrder({"role", "value", "period"})
  public record FigureDto(String role, String value, String period) {}

  /** {@return maps the evaluations to the document} */
  public static Document document(List<Evaluation> evaluations) {
    return new Document(SCHEMA, evaluations.stream().map(JsonReport::notice).toList());
  }

  static NoticeDto notice(Evaluation evaluation) {
    Readings readings = new Readings(evaluation);
    return new NoticeDto(evaluation.notice().id().value(), evaluation.notice().recipient().council(),
        evaluation.dataSourceForPeople(), evaluation.reports().stream().map(r -> report(r, readings)).toList());
  }

  static ReportDto report(ComplianceReport report) {
    return report(report, null);
  }

  private static ReportDto report(ComplianceReport report, Readings readings) {
    Map<String, Integer> byStatus = new LinkedHashMap<>();
    report.countsByStatus().forEach((k, v) -> byStatus.put(k.name(), v));
    Map<String, Integer> byRag = new LinkedHashMap<>();
    report.countsByRag().forEach((k, v) -> byRag.put(k.name(), v));
    return new ReportDto(report.asAt(), report.assessment().orElse(null), report.isFinal(), report.compliedSoFar(),
        Evaluation.verdict(report), byStatus, byRag,
        report.findings().stream().map(f -> finding(f, readings)).toList());
  }

  static FindingDto finding(Finding f) {
    return finding(f, null);
  }

  /** The finding, its values at least at its indicator's precision when the readings are known. */
  private static FindingDto finding(Finding f, Readings readings) {
    int scale = readings == null ? 0 : readings.indicator(f).map(readings::dataScale).orElse(0);
    return new FindingDto(f.requirement().value(), f.measure().value(), f.form().name(), f.form().number(),
        f.status().name(), f.status().isFailure(), f.rag().name(),
        f.values().stream().map(v -> figure(v, scale)).toList(), f.threshold().orElse(null), f.rule(), f.clause(),
        f.explanation(), f.direction().name());
  }

  static FigureDto figure(FigureUsed figure) {
    return figure(figure, 0);
  }

  /** The figure, written exactly, with at least {@code scale} decimals. */
  static FigureDto figure(FigureUsed figure, int scale) {
    BigDecimal value = figure.value().scale() < scale ? figure.value().setScale(scale) : figure.value();
    return new FigureDto(figure.role(), value.toPlainString(),
        figure.period().map(Object::toString).orElse(null));
  }

  /** Writes the document. */
  public static void write(Document document, Writer out) throws IOException {
    MAPPER.writeValue(out, document);
  }

  /** {@return reads a document written by {@link #write}} */
  public static Document read(Reader in) throws IOException {
    return MAPPER.readValue(in, Document.class);
  }
}
