package org.improvementnotice.data.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.data.benchmark.BenchmarkCalculator;
import org.improvementnotice.data.benchmark.BenchmarkSettings;
import org.improvementnotice.data.benchmark.NeighbourModel;
import org.improvementnotice.data.council.Council;
import org.improvementnotice.data.dfe.DfeData;
import org.improvementnotice.data.dfe.DfeFigure;
import org.improvementnotice.data.dfe.DfeSymbol;
import org.improvementnotice.data.dfe.ShippedData;
import org.improvementnotice.model.data.Aggregate;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.indicator.IndicatorCatalogue;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.validation.DataValidator;
import org.junit.jupiter.api.Test;

class PublishedDataTest {

  private static final IndicatorId REPEAT = IndicatorId.of("CPP SUBSEQUENT");
  private static final LocalDate LATER = LocalDate.of(2030, 1, 1);

  private final DfeData data = ShippedData.data();
  private final PublishedData published = new PublishedData(data, new BenchmarkCalculator(data,
      Optional.of(NeighbourModel.read(ShippedData.file("New_Statistical_Neighbour_Groupings_April_2021.csv"))),
      BenchmarkSettings.defaults()));

  @Test
  void aCouncilsFiguresAreObservationsQuotingTheirRowAndTheAssumedPublicationDate() {
    PerformanceData kent = published.forCouncil(data.councils().find("Kent")).data();
    // d3 line 2072: 2013, Kent, CPP_start 1226, CPP_subsequent 241, 19.7%
    Observation o = kent.observation(REPEAT, Period.parse("FY2012-13"), LATER).orElseThrow();
    assertThat(o.value()).isEqualByComparingTo("19.7");
    assertThat(o.ratio().map(Object::toString)).hasValue("241/1226");
    assertThat(o.published()).isEqualTo("2013-10-31");
    assertThat(o.source()).isEqualTo("DfE d3_cpps_subsequent_plan_2013_to_2025.csv:2072 (CPP_subsequent_percent "
        + "(CPP_subsequent / CPP_start)); published 2013-10-31 assumed from the publication calendar (last Thursday "
        + "of October after 2013-03-31)");
    // not known before it is published: "as at" evaluation does not see the future
    assertThat(kent.observation(REPEAT, Period.parse("FY2012-13"), LocalDate.of(2013, 10, 30))).isEmpty();
    assertThat(DataValidator.validate(kent, IndicatorCatalogue.standard()::find)).isEmpty();
  }

  @Test
  void theBenchmarksOfEachYearAreFacts() {
    PerformanceData kent = published.forCouncil(data.councils().find("Kent"), List.of(REPEAT)).data();
    Period p = Period.parse("FY2012-13");
    assertThat(kent.benchmark(REPEAT, BenchmarkKind.ENGLAND, p, LATER).orElseThrow().value()).isEqualByComparingTo("14.9");
    assertThat(kent.benchmark(REPEAT, BenchmarkKind.REGION, p, LATER).orElseThrow().value()).isEqualByComparingTo("16.3");
    var sn = kent.benchmark(REPEAT, BenchmarkKind.STATISTICAL_NEIGHBOURS, p, LATER).orElseThrow();
    assertThat(sn.value()).isEqualByComparingTo("15.2");
    assertThat(sn.source()).contains("statistical neighbour mean", "9 of 10 neighbours",
        "left out: West Northamptonshire (941)");
    assertThat(kent.benchmarks()).allSatisfy(b -> assertThat(b.indicator()).isEqualTo(REPEAT));
  }

  /** Snapshots carry their value only, so that the engine can never sum them. */
  @Test
  void snapshotsAreNeverSummed() {
    PerformanceData kent = published.forCouncil(data.councils().find("Kent")).data();
    IndicatorId longPlans = IndicatorId.of("CPP 2 YEARS OR MORE");
    // d5 2013 Kent 4.3% (43 of 999) and 2014 1.3% (16 of 1191): over the two years, the latest, never 59 of 2190
    assertThat(kent.observation(longPlans, Period.parse("FY2012-13"), LATER).orElseThrow().ratio()).isEmpty();
    Optional<Aggregate> two = kent.aggregate(IndicatorCatalogue.standard().get("CPP 2 YEARS OR MORE"),
        Period.parse("2012-04-01..2014-03-31"), LATER);
    assertThat(two).hasValueSatisfying(a -> {
      assertThat(a.value()).isEqualByComparingTo("1.3");     // the count at 31 March 2014, not (43 + 16) / (999 + 1191)
      assertThat(a.method()).isEqualTo(org.improvementnotice.model.indicator.Aggregation.LATEST);
      assertThat(a.ratio()).isEmpty();
    });
    assertThat(IndicatorCatalogue.standard().get("SW VACANCY RATE").aggregation())
        .isEqualTo(org.improvementnotice.model.indicator.Aggregation.LATEST);
  }

  /*
   * The children in need rate at 31 March 2013: b1 line 2072, Kent At31_episodes 8827, over the ONS mid-2012
   * estimate of children aged 0 to 17 (ons line 2072, 323021): 8827 / 323021 x 10000 = 273.264 -> 273.3.
   */
  @Test
  void theChildrenInNeedRateIsComputedOverThePopulationOfTheYearBefore() {
    PerformanceData kent = published.forCouncil(data.councils().find("Kent")).data();
    Observation rate = kent.observation(IndicatorId.of("CIN RATE"), Period.parse("FY2012-13"), LATER).orElseThrow();
    assertThat(rate.value()).isEqualByComparingTo("273.3");
    assertThat(rate.ratio()).isEmpty();   // a count at 31 March: a snapshot
    assertThat(rate.source()).contains("b1_children_in_need_2013_to_2025.csv:2072",
        "At31_episodes / population_estimate of ons_mid-year_population_estimates_*.csv (year -1)");
    // ICPC within 15 days, c4 line 2072: (343 + 499) of 1369 = 61.5%
    Observation icpc = kent.observation(IndicatorId.of("ICPC 15 DAYS"), Period.parse("FY2012-13"), LATER).orElseThrow();
    assertThat(icpc.value()).isEqualByComparingTo("61.5");
    assertThat(icpc.ratio().map(Object::toString)).hasValue("842/1369");
  }

  @Test
  void suppressedFiguresAreKeptWithTheirSymbolAndCell() {
    CouncilFigures figures = published.forCouncil(data.councils().find("Somerset"));
    // d5 Somerset 2014 line 1932: 2_years_or_more 6 of 412, 1.5%; Somerset's suppressed d5 cells are kept
    List<DfeFigure> suppressed = figures.unavailable();
    assertThat(suppressed).isNotEmpty().allSatisfy(f -> {
      assertThat(f.value()).isEmpty();
      assertThat(f.unavailable()).isPresent();
    });
    assertThat(suppressed).anySatisfy(f -> assertThat(f.unavailable().get().symbol()).hasValue(DfeSymbol.CONFIDENTIAL));
    for (DfeFigure f : suppressed) {
      assertThat(figures.data().observation(f.indicator().id(), f.period(), LATER)).isEmpty();
    }
  }

  @Test
  void aSeriesFollowsTheLaNumberAcrossTheCodeChange() {
    Council somerset = data.councils().find("Somerset");
    PerformanceData d = published.forCouncil(somerset, List.of(REPEAT)).data();
    // 2023 as E10000027, 2024 and 2025 as E06000066: one series of thirteen years
    assertThat(d.observations()).extracting(Observation::period).extracting(Period::toString)
        .contains("FY2022-23", "FY2023-24", "FY2024-25").hasSize(13);
  }

  @Test
  void aCouncilThatDidNotExistHasNoFigureForTheYear() {
    PerformanceData west = published.forCouncil(data.councils().find("West Northamptonshire"), List.of(REPEAT)).data();
    assertThat(west.observations()).extracting(o -> o.period().toString()).doesNotContain("FY2012-13", "FY2020-21")
        .contains("FY2021-22");
  }

  @Test
  void aFigurePublishedOnlyJointlyIsKeptAsUnavailableAtTheJointRow() {
    CouncilFigures north = published.forCouncil(data.councils().find("North Northamptonshire"),
        List.of(IndicatorId.of("SW VACANCY RATE")));
    assertThat(north.unavailable()).isNotEmpty().allSatisfy(f -> {
      assertThat(f.unavailable().get().reason()).startsWith("published only jointly, for North Northamptonshire "
          + "/ West Northamptonshire (940 / 941)");
      assertThat(f.file()).isEqualTo("csww_indicators_2017_to_2025.csv");
    });
    assertThat(north.data().observations()).isEmpty();
  }

  @Test
  void everyCouncilsDataBuildsAndValidates() {
    for (Council c : data.councils().all()) {
      CouncilFigures figures = published.forCouncil(c);
      assertThat(DataValidator.validate(figures.data(), IndicatorCatalogue.standard()::find)).isEmpty();
      assertThat(figures.data().observations().size() + figures.unavailable().size())
          .isEqualTo(figures.figures().size());
    }
  }

  @Test
  void theRatesValueAgreesWithItsParts() {
    PerformanceData kent = published.forCouncil(data.councils().find("Kent")).data();
    for (Observation o : kent.observations()) {
      o.ratio().ifPresent(r -> assertThat(o.value().subtract(
          IndicatorCatalogue.standard().find(o.indicator()).get().unit().ofRatio(r.numerator(), r.denominator()))
          .abs()).isLessThanOrEqualTo(new BigDecimal("0.05")));
    }
  }
}
