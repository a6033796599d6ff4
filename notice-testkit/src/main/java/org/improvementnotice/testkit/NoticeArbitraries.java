package org.improvementnotice.testkit;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.BenchmarkValue;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.IndicatorCatalogue;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.RequirementForm;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.testkit.internal.Generators;

/**
 * The entry point of the testkit: jqwik arbitraries for the whole model. Each factory returns an arbitrary
 * with documented defaults; the fluent ones return modified copies from their configuration methods.
 * {@code @ForAll Notice}, {@code @ForAll Period}, {@code @ForAll Indicator}, {@code @ForAll Requirement} and
 * {@code @ForAll NoticeAndData} work without a provider method: the testkit registers an
 * {@link net.jqwik.api.providers.ArbitraryProvider} for them.
 */
public final class NoticeArbitraries {

  private NoticeArbitraries() {}

  /** {@return reporting periods; see {@link PeriodArbitrary} for the defaults} */
  public static PeriodArbitrary periods() {
    return new PeriodArbitrary();
  }

  /** {@return indicators of the standard catalogue} */
  public static Arbitrary<Indicator> indicators() {
    return Arbitraries.of(IndicatorCatalogue.standard().indicators());
  }

  /**
   * Requirements of the given forms (all sixteen when none is given), valid in a notice issued on 8 March
   * 2011 for twelve months that declares the standard catalogue.
   *
   * @param forms the forms to draw from, each as likely; none for all sixteen
   * @return an arbitrary of requirements, each with the id {@code r1}
   */
  public static Arbitrary<Requirement> requirements(RequirementForm... forms) {
    List<RequirementForm> chosen = forms.length == 0 ? List.of(RequirementForm.values()) : List.of(forms);
    LocalDate issue = LocalDate.of(2011, 3, 8);
    Generators.Context ctx = new Generators.Context(issue, issue.plusMonths(12),
        IndicatorCatalogue.standard().indicators(), List.of("Improvement Board"), List.of("January Improvement Board"),
        false);
    return Arbitraries.of(chosen).flatMap(f -> Generators.requirement(RequirementId.of("r1"), f, ctx));
  }

  /** {@return whole notices that pass validation; see {@link NoticeArbitrary} for the defaults} */
  public static NoticeArbitrary notices() {
    return new NoticeArbitrary();
  }

  /**
   * {@return performance data consistent with the notice; see {@link PerformanceDataArbitrary}}
   *
   * @param notice the notice the data is for: its indicators, actions, boards and qualitative measures
   */
  public static PerformanceDataArbitrary performanceData(Notice notice) {
    return new PerformanceDataArbitrary(notice);
  }

  /** {@return notices with consistent performance data, both with their defaults} */
  public static Arbitrary<NoticeAndData> noticesWithData() {
    return notices().flatMap(n -> performanceData(n).map(d -> new NoticeAndData(n, d))).withoutEdgeCases();
  }

  /**
   * {@return a series of observations of the indicator; see {@link ObservationSeriesArbitrary}}
   *
   * @param indicator the indicator, whose unit and natural reporting period the series follows
   */
  public static ObservationSeriesArbitrary observationSeries(Indicator indicator) {
    return new ObservationSeriesArbitrary(indicator);
  }

  /**
   * {@return a benchmark series of the kind for the indicator over the periods containing the days of the span}
   *
   * @param indicator the indicator, whose unit and natural reporting period the series follows
   * @param kind the comparator (England, statistical neighbours, region); the source of every value is "generated"
   * @param from the first day of the span
   * @param to the last day of the span, on or after {@code from}
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static Arbitrary<List<BenchmarkValue>> benchmarkSeries(
      Indicator indicator, BenchmarkKind kind, LocalDate from, LocalDate to) {
    requireNonNull(kind, "kind");
    Options.requireOrdered("Series", from, to);
    return observationSeries(indicator).over(from, to).map(os -> os.stream()
        .map(o -> new BenchmarkValue(o.indicator(), kind, o.period(), o.value(), "generated", o.published()))
        .toList());
  }
}
