package org.improvementnotice.data.benchmark;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.stream.Collectors;
import org.improvementnotice.data.council.Council;
import org.improvementnotice.data.council.LaNumber;
import org.improvementnotice.data.dfe.Area;
import org.improvementnotice.data.dfe.DfeData;
import org.improvementnotice.data.dfe.DfeFigure;
import org.improvementnotice.data.dfe.DfeIndicator;
import org.improvementnotice.model.data.BenchmarkBasis;
import org.improvementnotice.model.data.BenchmarkValue;
import org.improvementnotice.model.indicator.Decimals;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.indicator.Unit;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.time.Period;

/**
 * Computes the benchmarks of a council's figures from the published files: England is the National row,
 * the region the Regional row of the council's region that year, and the statistical neighbours those of a
 * model, combined by the settings' method. A neighbour whose figure is missing (the council did not exist
 * that year), suppressed or otherwise unavailable is left out and named; with fewer than the minimum left
 * the benchmark has no value and says why. England's and each region's benchmarks are computed once and kept.
 * Thread-safe.
 */
public final class BenchmarkCalculator {

  private final DfeData data;
  private final Optional<NeighbourModel> model;
  private final BenchmarkSettings settings;
  /** England's and the regions' benchmarks, the same for every council: computed once each. */
  private final Map<RowKey, Optional<ComputedBenchmark>> rows = new ConcurrentHashMap<>();

  private record RowKey(IndicatorId indicator, BenchmarkKind kind, Area area, int year) {
    @Override
    public boolean equals(Object o) {
      return o instanceof RowKey k && year == k.year && kind == k.kind && indicator.equals(k.indicator)
          && area.equals(k.area);
    }

    @Override
    public int hashCode() {
      return ((indicator.hashCode() * 31 + kind.ordinal()) * 31 + area.hashCode()) * 31 + year;
    }
  }

  /**
   * A calculator over the figures.
   *
   * @param data the published figures
   * @param model the statistical neighbour model, if neighbour benchmarks are wanted
   * @param settings method, minimum and rounding
   */
  public BenchmarkCalculator(DfeData data, Optional<NeighbourModel> model, BenchmarkSettings settings) {
    this.data = requireNonNull(data, "data");
    this.model = requireNonNull(model, "model");
    this.settings = requireNonNull(settings, "settings");
  }

  /** {@return the settings} */
  public BenchmarkSettings settings() {
    return settings;
  }

  /** {@return the model, if there is one} */
  public Optional<NeighbourModel> model() {
    return model;
  }

  /**
   * The England benchmark: the National row's figure.
   *
   * @param indicator the indicator
   * @param year the year the figure's period ends in
   * @return the benchmark, if the indicator is mapped
   */
  public Optional<ComputedBenchmark> england(IndicatorId indicator, int year) {
    return row(indicator, BenchmarkKind.ENGLAND, Area.ENGLAND, year, "England");
  }

  /**
   * The regional benchmark: the Regional row of the council's region in the year.
   *
   * @param council the council
   * @param indicator the indicator
   * @param year the year
   * @return the benchmark, if the indicator is mapped and the council has a region
   */
  public Optional<ComputedBenchmark> region(Council council, IndicatorId indicator, int year) {
    return council.region(year).flatMap(r -> row(indicator, BenchmarkKind.REGION, Area.region(r.code()), year,
        r.name() + " (" + r.code() + ")"));
  }

  private Optional<ComputedBenchmark> row(IndicatorId indicator, BenchmarkKind kind, Area area, int year, String label) {
    RowKey key = new RowKey(indicator, kind, area, year);
    Optional<ComputedBenchmark> known = rows.get(key);
    if (known == null) {
      known = computeRow(indicator, kind, area, year, label);
      rows.put(key, known);
    }
    return known;
  }

  private Optional<ComputedBenchmark> computeRow(IndicatorId indicator, BenchmarkKind kind, Area area, int year,
      String label) {
    Optional<DfeIndicator> mapped = data.mapping().get(indicator);
    if (mapped.isEmpty() || data.publication(indicator).isEmpty()) {
      return Optional.empty();
    }
    Period period = period(mapped.get(), year);
    Optional<DfeFigure> figure = data.figure(indicator, area, year);
    if (figure.isEmpty()) {
      return Optional.of(new ComputedBenchmark(indicator, kind, period, Optional.empty(),
          Optional.of("no row for " + label + " in " + year), label + ": no row in the files for " + year,
          List.of(), List.of(), published(indicator, period)));
    }
    DfeFigure f = figure.get();
    String description = label + ": " + f.source();
    return Optional.of(f.value().isPresent()
        ? new ComputedBenchmark(indicator, kind, period, f.value(), Optional.empty(), description, List.of(), List.of(),
            f.published())
        : new ComputedBenchmark(indicator, kind, period, Optional.empty(),
            Optional.of(f.unavailable().get().reason() + " (" + label + ", " + f.location() + ")"), description,
            List.of(), List.of(), f.published()));
  }

  /**
   * The statistical neighbour benchmark of the council.
   *
   * @param council the council
   * @param indicator the indicator
   * @param year the year
   * @return the benchmark, if the indicator is mapped and there is a model
   */
  public Optional<ComputedBenchmark> neighbours(Council council, IndicatorId indicator, int year) {
    Optional<DfeIndicator> mapped = data.mapping().get(indicator);
    if (mapped.isEmpty() || model.isEmpty() || data.publication(indicator).isEmpty()) {
      return Optional.empty();
    }
    NeighbourModel m = model.get();
    Period period = period(mapped.get(), year);
    LocalDate published = published(indicator, period);
    String method = "statistical neighbour " + settings.method().words() + " (model " + m.name() + ")";
    if (!m.has(council.number())) {
      return Optional.of(new ComputedBenchmark(indicator, BenchmarkKind.STATISTICAL_NEIGHBOURS, period,
          Optional.empty(), Optional.of(council.label() + " is not in the model " + m.name()), method, List.of(),
          List.of(), published));
    }
    List<BenchmarkBasis.Contribution> used = new ArrayList<>();
    List<BenchmarkBasis.Exclusion> leftOut = new ArrayList<>();
    for (Neighbour n : m.neighbours(council.number())) {
      String name = data.councils().get(n.number()).map(Council::name)
          .or(() -> m.nameOf(n.number())).orElse("LA " + n.number());
      Optional<DfeFigure> figure = data.figure(indicator, Area.council(n.number()), year);
      Optional<DfeFigure> joint = figure.isEmpty() ? data.joint(indicator, n.number(), year) : Optional.empty();
      if (joint.isPresent()) {
        leftOut.add(new BenchmarkBasis.Exclusion(n.number().value(), name, "published only jointly, for "
            + joint.get().name() + " (" + joint.get().area().code() + ", " + joint.get().location() + ")"));
        continue;
      }
      if (figure.isEmpty()) {
        boolean known = data.councils().get(n.number()).isPresent();
        leftOut.add(new BenchmarkBasis.Exclusion(n.number().value(), name, "no figure for " + period + ": "
            + (known ? "the council does not appear in " + data.mapping().get(indicator).get().file() + " for " + year
                + (data.councils().get(n.number()).get().appearsIn(year) ? "" : " (it did not exist that year)")
                : "the published files do not name the council")));
        continue;
      }
      DfeFigure f = figure.get();
      if (f.value().isEmpty()) {
        leftOut.add(new BenchmarkBasis.Exclusion(n.number().value(), name, f.unavailable().get().reason() + " ("
            + f.location() + ")"));
        continue;
      }
      if (settings.method() == BenchmarkMethod.POOLED && (f.numerator().isEmpty() || f.denominator().isEmpty())) {
        leftOut.add(new BenchmarkBasis.Exclusion(n.number().value(), name, "no numerator and denominator to pool"
            + f.unavailable().map(u -> ": " + u.reason()).orElse("") + " (" + f.location() + ")"));
        continue;
      }
      used.add(new BenchmarkBasis.Contribution(n.number().value(), name, f.value().get(), f.numerator(), f.denominator(),
          f.location()));
      if (f.published().isAfter(published)) {
        published = f.published();
      }
    }
    int total = m.neighbours(council.number()).size();
    String usedText = used.stream().map(c -> c.name() + " (" + c.area() + ")").collect(Collectors.joining(", "));
    String leftText = leftOut.isEmpty() ? "none" : leftOut.stream().map(BenchmarkBasis.Exclusion::toString)
        .collect(Collectors.joining("; "));
    if (used.size() < settings.minimumNeighbours()) {
      String why = "only " + used.size() + " of " + total + " neighbours have a figure; at least "
          + settings.minimumNeighbours() + " are needed";
      return Optional.of(new ComputedBenchmark(indicator, BenchmarkKind.STATISTICAL_NEIGHBOURS, period,
          Optional.empty(), Optional.of(why), method + " of " + council.label() + " for " + period
          + "; used: " + (usedText.isEmpty() ? "none" : usedText) + "; left out: " + leftText, used, leftOut,
          published));
    }
    BigDecimal raw = combine(mapped.get().indicator().unit(), used);
    BigDecimal value = settings.rounding().apply(raw);
    String description = method + " of " + used.size() + " of " + total + " neighbours of " + council.label()
        + " for " + period + ", " + settings.rounding().words() + "; used: " + usedText + "; left out: " + leftText;
    return Optional.of(new ComputedBenchmark(indicator, BenchmarkKind.STATISTICAL_NEIGHBOURS, period,
        Optional.of(value), Optional.empty(), description, used, leftOut, published));
  }

  private BigDecimal combine(Unit unit, List<BenchmarkBasis.Contribution> used) {
    switch (settings.method()) {
      case MEAN -> {
        BigDecimal sum = used.stream().map(BenchmarkBasis.Contribution::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Decimals.canonical(sum.divide(BigDecimal.valueOf(used.size()), MathContext.DECIMAL64));
      }
      case MEDIAN -> {
        List<BigDecimal> values = used.stream().map(BenchmarkBasis.Contribution::value)
            .sorted(Comparator.naturalOrder()).toList();
        int n = values.size();
        BigDecimal median = n % 2 == 1 ? values.get(n / 2)
            : values.get(n / 2 - 1).add(values.get(n / 2)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
        return Decimals.canonical(median);
      }
      case POOLED -> {
        BigDecimal num = used.stream().map(c -> c.numerator().get()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal den = used.stream().map(c -> c.denominator().get()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return unit.isRate() ? unit.ofRatio(num, den) : Decimals.canonical(num.divide(den, MathContext.DECIMAL64));
      }
      default -> throw new AssertionError(settings.method());
    }
  }

  private static Period period(DfeIndicator indicator, int year) {
    return indicator.period().forEndYear(year);
  }

  private LocalDate published(IndicatorId indicator, Period period) {
    return data.publication(indicator).get().after(period.endInclusive());
  }

  /**
   * {@return the computed benchmark as the engine's fact, if it has a value: a statistical-neighbour one with its
   * basis (this calculator's method, model and rounding, and the neighbours used and left out), England's and the
   * region's as their published rows}
   *
   * @param benchmark a benchmark this calculator computed
   */
  public Optional<BenchmarkValue> valueOf(ComputedBenchmark benchmark) {
    if (benchmark.kind() == BenchmarkKind.STATISTICAL_NEIGHBOURS && model.isPresent()) {
      return benchmark.toBenchmarkValue(settings.method().words(), model.get().name(), settings.rounding().words());
    }
    return benchmark.toBenchmarkValue();
  }

  /**
   * {@return the LA numbers of the council's neighbours in the model, closest first}
   *
   * @param council the council; without a model, or when the model does not have it, the list is empty
   */
  public List<LaNumber> neighbourNumbers(Council council) {
    return model.map(m -> m.neighbours(council.number()).stream().map(Neighbour::number).toList()).orElse(List.of());
  }
}
