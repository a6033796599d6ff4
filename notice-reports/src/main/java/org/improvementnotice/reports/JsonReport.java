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
  public static final String SCHEMA = "improvement-notice-report/5";

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

  /**
   * The document: one per run, holding one entry per notice.
   *
   * @param schema the schema's name and version, {@value #SCHEMA} when written by this version
   * @param notices one entry per notice evaluated, in the order evaluated
   */
  @JsonPropertyOrder({"schema", "notices"})
  public record Document(String schema, List<NoticeDto> notices) {
    /**
     * Copies the list, as the type's documentation says of each component.
     *
     * @param schema the schema's name and version, {@value #SCHEMA} when written by this version
     * @param notices one entry per notice evaluated, in the order evaluated
     */
    public Document {
      notices = List.copyOf(notices);
    }
  }

  /**
   * One notice evaluated, with its audit record and its reports in date order.
   *
   * @param notice the notice's id ({@code "surrey-2008"})
   * @param council the council the notice was issued to
   * @param data where the performance data came from (a path, never a {@code file:} URI), or that there was none
   * @param audit the notice's fingerprint, the library's version and the settings in force (since version 3)
   * @param reports one per date evaluated, in date order
   */
  @JsonPropertyOrder({"notice", "council", "data", "audit", "reports"})
  public record NoticeDto(String notice, String council, String data, JsonAudit.AuditDto audit,
      List<ReportDto> reports) {
    /**
     * Copies the list, as the type's documentation says of each component.
     *
     * @param notice the notice's id ({@code "surrey-2008"})
     * @param council the council the notice was issued to
     * @param data where the performance data came from (a path, never a {@code file:} URI), or that there was none
     * @param audit the notice's fingerprint, the library's version and the settings in force
     * @param reports one per date evaluated, in date order
     */
    public NoticeDto {
      reports = List.copyOf(reports);
    }
  }

  /**
   * One report: the notice at a date; {@code finalVerdict} when it is the notice's final verdict.
   *
   * @param asAt the date the notice was evaluated at
   * @param assessment the assessment point's name when evaluated over the schedule, otherwise null
   * @param finalVerdict whether this report is the notice's final verdict
   * @param compliedSoFar whether no finding has a failing status
   * @param verdict the verdict in words ({@code "COMPLIED WITH SO FAR"}, {@code "NOT COMPLIED WITH: n requirements
   *     failed"})
   * @param countsByStatus findings per status's name, statuses with none left out
   * @param countsByRag findings per RAG colour's name
   * @param findings one per decidable requirement, in the notice's order
   */
  @JsonPropertyOrder({"asAt", "assessment", "finalVerdict", "compliedSoFar", "verdict", "countsByStatus",
      "countsByRag", "findings"})
  public record ReportDto(LocalDate asAt, String assessment, boolean finalVerdict, boolean compliedSoFar,
      String verdict, Map<String, Integer> countsByStatus, Map<String, Integer> countsByRag,
      List<FindingDto> findings) {
    /**
     * Copies the maps and the list, as the type's documentation says of each component.
     *
     * @param asAt the date the notice was evaluated at
     * @param assessment the assessment point's name when evaluated over the schedule, otherwise null
     * @param finalVerdict whether this report is the notice's final verdict
     * @param compliedSoFar whether no finding has a failing status
     * @param verdict the verdict in words ({@code "COMPLIED WITH SO FAR"}, {@code "NOT COMPLIED WITH: n requirements
     *     failed"})
     * @param countsByStatus findings per status's name, statuses with none left out
     * @param countsByRag findings per RAG colour's name
     * @param findings one per decidable requirement, in the notice's order
     */
    public ReportDto {
      countsByStatus = Map.copyOf(countsByStatus);
      countsByRag = Map.copyOf(countsByRag);
      findings = List.copyOf(findings);
    }
  }

  /**
   * One finding, with everything it holds.
   *
   * @param requirement the requirement's id ({@code "ni59.1"})
   * @param measure the id of the measure (clause) it belongs to
   * @param form the requirement form's name ({@code "STAGED_TARGETS"})
   * @param formNumber the form's number, 1 to 16, as {@code DOMAIN.md} numbers them
   * @param status the status's name ({@code "MET"})
   * @param failure whether the status counts against the verdict
   * @param rag {@code RED}, {@code AMBER}, {@code GREEN} or {@code GREY}
   * @param values every figure the finding used
   * @param evidence every record beside the figures the finding rests on: completions, meetings, judgements
   * @param threshold the target as text ({@code "at least 65%"}), or null when there is none
   * @param rule the name of the rule that decided it, stable so that findings can cite it
   * @param clause the notice's own words for the measure
   * @param explanation why, in a sentence
   * @param direction the direction of travel: {@code IMPROVING}, {@code UNCHANGED}, {@code WORSENING} or {@code
   *     NOT_KNOWN}
   * @param bearer who bears the duty: {@code COUNCIL}, {@code COUNCIL_WITH_PARTNERS} or {@code OTHER}
   * @param bearerParty the other party's name when {@code bearer} is {@code OTHER}, else null
   */
  @JsonPropertyOrder({"requirement", "measure", "form", "formNumber", "status", "failure", "rag", "values",
      "evidence", "threshold", "rule", "clause", "explanation", "direction", "bearer", "bearerParty"})
  public record FindingDto(String requirement, String measure, String form, int formNumber, String status,
      boolean failure, String rag, List<FigureDto> values, List<JsonEvidence.EvidenceDto> evidence,
      String threshold, String rule, String clause, String explanation, String direction, String bearer,
      String bearerParty) {
    /**
     * Copies the list, as the type's documentation says of each component.
     *
     * @param requirement the requirement's id ({@code "ni59.1"})
     * @param measure the id of the measure (clause) it belongs to
     * @param form the requirement form's name ({@code "STAGED_TARGETS"})
     * @param formNumber the form's number, 1 to 16, as {@code DOMAIN.md} numbers them
     * @param status the status's name ({@code "MET"})
     * @param failure whether the status is a failure; it counts against the verdict when the council bears the duty
     * @param rag {@code RED}, {@code AMBER}, {@code GREEN} or {@code GREY}
     * @param values every figure the finding used
     * @param evidence every record beside the figures the finding rests on: completions, meetings, judgements
     *     (since version 5)
     * @param threshold the target as text ({@code "at least 65%"}), or null when there is none
     * @param rule the name of the rule that decided it, stable so that findings can cite it
     * @param clause the notice's own words for the measure
     * @param explanation why, in a sentence
     * @param direction the direction of travel: {@code IMPROVING}, {@code UNCHANGED}, {@code WORSENING} or {@code
     *     NOT_KNOWN}
     * @param bearer who bears the duty: {@code COUNCIL}, {@code COUNCIL_WITH_PARTNERS} or {@code OTHER}
     * @param bearerParty the other party's name when {@code bearer} is {@code OTHER}, else null
     */
    public FindingDto {
      values = List.copyOf(values);
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * One figure a finding used.
   *
   * @param role what the value is: {@code "figure"}, {@code "benchmark"}, {@code "baseline"}, {@code "expected"},
   *     {@code "latest"}, {@code "year earlier"} or {@code "before window"}
   * @param value the value in the indicator's unit, exact, in plain notation
   * @param period the period it is for in its canonical form ({@code "2009-Q1"}), or null when it is for none
   * @param sources the published figures it rests on (the observations it was read or built from, or the
   *     benchmark it is), each with its source, publication date and revision; empty for a value computed or
   *     stated in the notice (since version 3)
   */
  @JsonPropertyOrder({"role", "value", "period", "sources"})
  public record FigureDto(String role, String value, String period, List<JsonSources.SourceDto> sources) {
    /**
     * Copies the list, as the type's documentation says of each component.
     *
     * @param role what the value is
     * @param value the value in the indicator's unit, exact, in plain notation
     * @param period the period it is for in its canonical form, or null when it is for none
     * @param sources the published figures it rests on; empty for a value computed or stated in the notice
     */
    public FigureDto {
      sources = List.copyOf(sources);
    }
  }

  /**
   * {@return maps the evaluations to the document}
   *
   * @param evaluations the notices evaluated, each with its reports, in the order the document lists them
   */
  public static Document document(List<Evaluation> evaluations) {
    return new Document(SCHEMA, evaluations.stream().map(JsonReport::notice).toList());
  }

  static NoticeDto notice(Evaluation evaluation) {
    Readings readings = new Readings(evaluation);
    return new NoticeDto(evaluation.notice().id().value(), evaluation.notice().recipient().council(),
        evaluation.dataSourceForPeople(), JsonAudit.of(evaluation), evaluation.reports().stream().map(r -> report(r, readings)).toList());
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
    JsonSources sources = readings == null ? JsonSources.NONE : readings.sources();
    return new FindingDto(f.requirement().value(), f.measure().value(), f.form().name(), f.form().number(),
        f.status().name(), f.status().isFailure(), f.rag().name(),
        f.values().stream().map(v -> figure(v, scale, sources)).toList(),
        f.evidence().stream().map(JsonEvidence::of).toList(), f.threshold().orElse(null), f.rule(), f.clause(),
        f.explanation(), f.direction().name(), f.bearer().kind().name(), f.bearer().party().orElse(null));
  }

  static FigureDto figure(FigureUsed figure) {
    return figure(figure, 0, JsonSources.NONE);
  }

  /** The figure, written exactly, with at least {@code scale} decimals. */
  static FigureDto figure(FigureUsed figure, int scale, JsonSources sources) {
    BigDecimal value = figure.value().scale() < scale ? figure.value().setScale(scale) : figure.value();
    return new FigureDto(figure.role(), value.toPlainString(),
        figure.period().map(Object::toString).orElse(null), sources.of(figure, scale));
  }

  /**
   * Writes the document as indented JSON. The writer is flushed but not closed.
   *
   * @param document the document
   * @param out where to write it; the caller closes it
   * @throws IOException if writing fails
   */
  public static void write(Document document, Writer out) throws IOException {
    MAPPER.writeValue(out, document);
  }

  /**
   * {@return reads a document written by {@link #write}}
   *
   * @param in the JSON; the caller closes it
   * @throws IOException if reading fails, or the JSON is not such a document (a field unknown to the schema is an
   *     error)
   */
  public static Document read(Reader in) throws IOException {
    return MAPPER.readValue(in, Document.class);
  }
}
