package org.improvementnotice.reports;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.improvementnotice.model.data.BenchmarkBasis;
import org.improvementnotice.model.data.BenchmarkValue;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.data.Ratio;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.rules.FigureUsed;

/**
 * The published figures a finding's value rests on, in the JSON report's audit record ({@code docs/report-json.md},
 * "Figure"): for each, the indicator (and the comparator, for a benchmark), the period, the value as published,
 * its numerator and denominator, where it was published, when, and which revision of that figure it is. One
 * instance per evaluation: it indexes the data's revisions once. Not thread-safe.
 */
public final class JsonSources {
  /**
   * One published figure a value rests on.
   *
   * @param indicator the indicator's id ({@code "NI 59"})
   * @param benchmark the comparator ({@code "ENGLAND"}, {@code "STATISTICAL_NEIGHBOURS"}, {@code "REGION"}) for a
   *     benchmark, or null for the council's own figure
   * @param period the period it is for, in its canonical form
   * @param value the value as published, exact, in plain notation
   * @param numerator the numerator it was published with, or null
   * @param denominator the denominator it was published with, or null
   * @param source where it was published (a file and line, a computed benchmark's method, model and neighbours)
   * @param published the date it became known
   * @param revision which publication of the figure for that period it is: 1 for the first, 2 for the first
   *     revision, and so on; null when the data it came from is not at hand
   * @param basis how a benchmark computed from other councils' published figures was computed (since version 5),
   *     else null
   */
  @JsonPropertyOrder({"indicator", "benchmark", "period", "value", "numerator", "denominator", "source",
      "published", "revision", "basis"})
  public record SourceDto(String indicator, String benchmark, String period, String value, String numerator,
      String denominator, String source, LocalDate published, Integer revision, BasisDto basis) {}

  /**
   * How a benchmark was computed from other councils' published figures.
   *
   * @param method how the figures were combined ({@code "mean"}, {@code "median"}, {@code "pooled rate"})
   * @param model the statistical-neighbour model's name
   * @param rounding how the result was rounded, in words
   * @param used the neighbours' figures used, closest neighbour first
   * @param leftOut the neighbours left out, each with why
   */
  @JsonPropertyOrder({"method", "model", "rounding", "used", "leftOut"})
  public record BasisDto(String method, String model, String rounding, List<UsedDto> used,
      List<LeftOutDto> leftOut) {
    /**
     * Copies the lists, as the type's documentation says of each component.
     *
     * @param method how the figures were combined
     * @param model the statistical-neighbour model's name
     * @param rounding how the result was rounded, in words
     * @param used the neighbours' figures used, closest neighbour first
     * @param leftOut the neighbours left out, each with why
     */
    public BasisDto {
      used = List.copyOf(used);
      leftOut = List.copyOf(leftOut);
    }
  }

  /**
   * A neighbour's figure used.
   *
   * @param area its code (the DfE's three-digit LA number)
   * @param name its name
   * @param value its published value, as its file writes it (not at the indicator's scale)
   * @param numerator its published numerator, or null
   * @param denominator its published denominator, or null
   * @param location where it was read (a file and line)
   */
  @JsonPropertyOrder({"area", "name", "value", "numerator", "denominator", "location"})
  public record UsedDto(String area, String name, String value, String numerator, String denominator,
      String location) {}

  /**
   * A neighbour left out.
   *
   * @param area its code (the DfE's three-digit LA number)
   * @param name its name
   * @param reason why it was left out
   */
  @JsonPropertyOrder({"area", "name", "reason"})
  public record LeftOutDto(String area, String name, String reason) {}

  private record Key(IndicatorId indicator, Optional<BenchmarkKind> benchmark, Period period) {}

  /** For each figure, the dates of its publications, by indicator, comparator and period. */
  private final Map<Key, List<LocalDate>> publications = new HashMap<>();

  /** The sources of an evaluation without its data: no revision is known. */
  static final JsonSources NONE = new JsonSources();

  private JsonSources() {}

  /** The sources of the evaluation's figures, revisions counted in its data. */
  JsonSources(PerformanceData data) {
    for (Observation o : data.observations()) {
      publications.computeIfAbsent(new Key(o.indicator(), Optional.empty(), o.period()), k -> new ArrayList<>())
          .add(o.published());
    }
    for (BenchmarkValue b : data.benchmarks()) {
      publications.computeIfAbsent(new Key(b.indicator(), Optional.of(b.kind()), b.period()),
          k -> new ArrayList<>()).add(b.published());
    }
  }

  /**
   * The published figures the value rests on, in period order, values with at least {@code scale} decimals (the
   * report's convention); empty for a value computed or stated.
   */
  List<SourceDto> of(FigureUsed figure, int scale) {
    List<SourceDto> out = new ArrayList<>(figure.observations().size() + 1);
    for (Observation o : figure.observations()) {
      out.add(new SourceDto(o.indicator().value(), null, o.period().toString(), atScale(o.value(), scale),
          o.ratio().map(Ratio::numerator).map(BigDecimal::toPlainString).orElse(null),
          o.ratio().map(Ratio::denominator).map(BigDecimal::toPlainString).orElse(null), o.source(), o.published(),
          revision(new Key(o.indicator(), Optional.empty(), o.period()), o.published()), null));
    }
    figure.benchmark().ifPresent(b -> out.add(new SourceDto(b.indicator().value(), b.kind().name(),
        b.period().toString(), atScale(b.value(), scale), null, null, b.source(), b.published(),
        revision(new Key(b.indicator(), Optional.of(b.kind()), b.period()), b.published()),
        b.basis().map(JsonSources::basis).orElse(null))));
    return out;
  }

  /** The basis, each neighbour's figures as its file writes them. */
  private static BasisDto basis(BenchmarkBasis basis) {
    return new BasisDto(basis.method(), basis.model(), basis.rounding(),
        basis.used().stream().map(c -> new UsedDto(c.area(), c.name(), c.value().toPlainString(),
            c.numerator().map(BigDecimal::toPlainString).orElse(null),
            c.denominator().map(BigDecimal::toPlainString).orElse(null), c.location())).toList(),
        basis.leftOut().stream().map(l -> new LeftOutDto(l.area(), l.name(), l.reason())).toList());
  }

  private static String atScale(BigDecimal value, int scale) {
    return (value.scale() < scale ? value.setScale(scale) : value).toPlainString();
  }

  /** 1 plus the number of publications of the figure before this one; null without the data. */
  private Integer revision(Key key, LocalDate published) {
    List<LocalDate> dates = publications.get(key);
    if (dates == null) {
      return null;
    }
    int earlier = 0;
    for (LocalDate d : dates) {
      if (d.isBefore(published)) {
        earlier++;
      }
    }
    return earlier + 1;
  }
}
