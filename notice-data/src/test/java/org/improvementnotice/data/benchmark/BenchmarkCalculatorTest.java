package org.improvementnotice.data.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.improvementnotice.data.council.Council;
import org.improvementnotice.data.dfe.DfeData;
import org.improvementnotice.data.dfe.ShippedData;
import org.improvementnotice.model.data.BenchmarkBasis;
import org.improvementnotice.model.data.BenchmarkValue;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.time.Period;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks computed from the shipped files, against values worked by hand from the same files (each
 * figure's row quoted in the comments).
 */
class BenchmarkCalculatorTest {

  private static final IndicatorId REPEAT = IndicatorId.of("CPP SUBSEQUENT");
  private static final IndicatorId LONG_PLANS = IndicatorId.of("CPP 2 YEARS OR MORE");
  private static final IndicatorId VACANCY = IndicatorId.of("SW VACANCY RATE");

  private final DfeData data = ShippedData.data();
  private final NeighbourModel model2021 = NeighbourModel.read(ShippedData.file(NeighbourModelTest.MODEL_2021));
  private final NeighbourModel model2025 = NeighbourModel.read(ShippedData.file(NeighbourModelTest.MODEL_2025));
  private final Council kent = data.councils().find("Kent");
  private final Council somerset = data.councils().find("Somerset");

  private ComputedBenchmark neighbours(NeighbourModel model, BenchmarkSettings settings, Council council,
      IndicatorId indicator, int year) {
    return new BenchmarkCalculator(data, Optional.of(model), settings).neighbours(council, indicator, year)
        .orElseThrow();
  }

  /*
   * Kent's second or subsequent plans, year to 31 March 2013 (d3, time_period 2013), the April 2021 model's ten
   * neighbours of 886: 881, 845, 866, 885, 888, 941, 891, 937, 935, 860.
   *   881 Essex            15.4  (103 of 670)
   *   845 East Sussex      18.9  (100 of 530)
   *   866 Swindon           8.9  ( 16 of 179)
   *   885 Worcestershire   19.8  ( 89 of 450)
   *   888 Lancashire       16.7  (203 of 1215)
   *   941 West Northamptonshire: no row for 2013 (the council was created in 2021)
   *   891 Nottinghamshire  17.4  (174 of 1002)
   *   937 Warwickshire     13.3  ( 81 of 609)
   *   935 Suffolk          13.9  ( 78 of 562)
   *   860 Staffordshire    12.5  ( 86 of 686)
   * Nine used. Mean: 136.8 / 9 = 15.2. Median of 8.9 12.5 13.3 13.9 15.4 16.7 17.4 18.9 19.8: 15.4.
   * Pooled: (103+100+16+89+203+174+81+78+86) / (670+530+179+450+1215+1002+609+562+686) = 930 / 5903
   *   = 15.75470099949178% (16 significant digits).
   */
  @Test
  void kentRepeatPlans2012To13AgainstThe2021Model() {
    ComputedBenchmark mean = neighbours(model2021, BenchmarkSettings.defaults(), kent, REPEAT, 2013);
    assertThat(mean.kind()).isEqualTo(BenchmarkKind.STATISTICAL_NEIGHBOURS);
    assertThat(mean.period()).isEqualTo(Period.parse("FY2012-13"));
    assertThat(mean.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("15.2"));
    assertThat(mean.used()).hasSize(9);
    assertThat(mean.leftOut()).singleElement().satisfies(l -> {
      assertThat(l.area()).isEqualTo("941");
      assertThat(l.name()).isEqualTo("West Northamptonshire");
      assertThat(l.reason()).contains("no figure for FY2012-13", "it did not exist that year");
    });
    assertThat(mean.description()).contains("statistical neighbour mean (model " + NeighbourModelTest.MODEL_2021
        + ") of 9 of 10 neighbours of Kent (886) for FY2012-13, not rounded; used: Essex (881), East Sussex (845), "
        + "Swindon (866)",
        "left out: West Northamptonshire (941)");
    assertThat(mean.published()).isEqualTo("2013-10-31");

    assertThat(neighbours(model2021, BenchmarkSettings.defaults().withMethod(BenchmarkMethod.MEDIAN), kent, REPEAT,
        2013).value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("15.4"));
    ComputedBenchmark pooled = neighbours(model2021, BenchmarkSettings.defaults().withMethod(BenchmarkMethod.POOLED),
        kent, REPEAT, 2013);
    assertThat(pooled.value()).hasValue(new BigDecimal("15.75470099949178"));
    assertThat(pooled.description()).contains("statistical neighbour pooled rate");
    assertThat(pooled.used().get(0).numerator()).hasValue(new BigDecimal("103"));
    assertThat(pooled.used().get(0).denominator()).hasValue(new BigDecimal("670"));
    assertThat(pooled.used().get(0).location()).isEqualTo("d3_cpps_subsequent_plan_2013_to_2025.csv:2058");
  }

  /*
   * The same against the 2025 model: 881, 845, 878, 303, 935, 926, 891, 938, 822, 933.
   *   881 Essex 15.4 (103/670), 845 East Sussex 18.9 (100/530), 878 Devon 17 (93/547), 303 Bexley 6.3 (17/270),
   *   935 Suffolk 13.9 (78/562), 926 Norfolk x (not available: left out), 891 Nottinghamshire 17.4 (174/1002),
   *   938 West Sussex 17.8 (98/550), 822 Bedford 15 (27/180), 933 Somerset 11.8 (54/457).
   * Mean of nine: 133.5 / 9 = 14.83333333333333; one decimal half up: 14.8. Median: 15.4.
   * Pooled: 744 / 4768 = 15.60402684563758%.
   */
  /**
   * The engine's fact carries the same computation as data: the method, model and rounding, each neighbour's
   * published figure (Essex first, 15.4 from 103 of 670) and West Northamptonshire left out with why.
   */
  @Test
  void theBenchmarkValueCarriesItsBasisNeighbourByNeighbour() {
    BenchmarkCalculator calculator = new BenchmarkCalculator(data, Optional.of(model2021),
        BenchmarkSettings.defaults().withMethod(BenchmarkMethod.MEDIAN));
    ComputedBenchmark median = calculator.neighbours(kent, REPEAT, 2013).orElseThrow();
    BenchmarkValue value = calculator.valueOf(median).orElseThrow();
    assertThat(value.value()).isEqualByComparingTo("15.4");
    BenchmarkBasis basis = value.basis().orElseThrow();
    assertThat(basis.method()).isEqualTo("median");
    assertThat(basis.model()).isEqualTo(model2021.name());
    assertThat(basis.rounding()).isEqualTo("not rounded");
    assertThat(basis.used()).extracting(BenchmarkBasis.Contribution::area).containsExactly("881", "845", "866",
        "885", "888", "891", "937", "935", "860");
    BenchmarkBasis.Contribution essex = basis.used().get(0);
    assertThat(essex.name()).isEqualTo("Essex");
    assertThat(essex.value()).isEqualByComparingTo("15.4");
    assertThat(essex.numerator()).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("103"));
    assertThat(essex.denominator()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("670"));
    assertThat(essex.location()).isEqualTo(median.used().get(0).location()).contains(":");
    assertThat(basis.leftOut()).singleElement().satisfies(x -> {
      assertThat(x.area()).isEqualTo("941");
      assertThat(x.name()).isEqualTo("West Northamptonshire");
      assertThat(x.reason()).isEqualTo(median.leftOut().get(0).reason());
    });
    // England's and the region's are their files' own rows: no basis
    assertThat(calculator.valueOf(calculator.england(REPEAT, 2013).orElseThrow()).orElseThrow().basis()).isEmpty();
  }

  @Test
  void kentRepeatPlans2012To13AgainstThe2025ModelWithANeighbourNotAvailable() {
    ComputedBenchmark mean = neighbours(model2025, BenchmarkSettings.defaults(), kent, REPEAT, 2013);
    assertThat(mean.value()).hasValue(new BigDecimal("14.83333333333333"));
    assertThat(mean.leftOut()).singleElement().satisfies(l -> {
      assertThat(l.name()).isEqualTo("Norfolk");
      assertThat(l.reason()).startsWith("'x' (not available) in CPP_subsequent_percent");
    });
    assertThat(neighbours(model2025, BenchmarkSettings.defaults().withRounding(Rounding.ONE_DECIMAL_HALF_UP), kent,
        REPEAT, 2013).value()).hasValue(new BigDecimal("14.8"));
    assertThat(neighbours(model2025, BenchmarkSettings.defaults().withMethod(BenchmarkMethod.MEDIAN), kent, REPEAT,
        2013).value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("15.4"));
    assertThat(neighbours(model2025, BenchmarkSettings.defaults().withMethod(BenchmarkMethod.POOLED), kent, REPEAT,
        2013).value()).hasValue(new BigDecimal("15.60402684563758"));
  }

  /*
   * Kent's plans open two years or more at 31 March 2013 (d5, 2_years_or_more of CPP_At31), 2021 model:
   *   881 Essex c (suppressed: left out; line 2058 "...,881,E10000012,Essex,...,547,144,26.3,145,26.5,162,29.6,c,c,c,c"),
   *   845 East Sussex 7.1 (39/546), 866 Swindon 6.1 (9/147),
   *   885 Worcestershire 5.4 (23/428), 888 Lancashire 2.4 (21/883), 941 no row (did not exist),
   *   891 Nottinghamshire 2.9 (23/786), 937 Warwickshire 3.5 (19/550), 935 Suffolk 5.3 (27/513),
   *   860 Staffordshire 1.9 (10/535).
   * Eight used. Mean: 34.6 / 8 = 4.325 (4.3 to one decimal, half up). Median: (3.5 + 5.3) / 2 = 4.4.
   * Pooled: 171 / 4388 = 3.896991795806746% (3.9 to one decimal).
   */
  @Test
  void aSuppressedNeighbourAndOneThatDidNotExistAreLeftOutAndNamed() {
    ComputedBenchmark mean = neighbours(model2021, BenchmarkSettings.defaults(), kent, LONG_PLANS, 2013);
    assertThat(mean.value()).hasValue(new BigDecimal("4.325"));
    assertThat(mean.used()).hasSize(8);
    assertThat(mean.leftOut()).extracting(BenchmarkBasis.Exclusion::name)
        .containsExactly("Essex", "West Northamptonshire");
    assertThat(mean.leftOut().get(0).reason()).isEqualTo("'c' (suppressed to protect confidentiality) in "
        + "2_years_or_more_percent (d5_cpps_at31march_by_duration_2013_to_2025.csv:2058)");
    assertThat(neighbours(model2021, BenchmarkSettings.defaults().withRounding(Rounding.ONE_DECIMAL_HALF_UP), kent,
        LONG_PLANS, 2013).value()).hasValue(new BigDecimal("4.3"));
    assertThat(neighbours(model2021, BenchmarkSettings.defaults().withMethod(BenchmarkMethod.MEDIAN), kent,
        LONG_PLANS, 2013).value()).hasValue(new BigDecimal("4.4"));
    assertThat(neighbours(model2021, BenchmarkSettings.defaults().withMethod(BenchmarkMethod.POOLED), kent,
        LONG_PLANS, 2013).value()).hasValue(new BigDecimal("3.896991795806746"));
    assertThat(neighbours(model2021, new BenchmarkSettings(BenchmarkMethod.POOLED, 7, Rounding.ONE_DECIMAL_HALF_UP),
        kent, LONG_PLANS, 2013).value()).hasValue(new BigDecimal("3.9"));
  }

  @Test
  void withFewerNeighboursThanTheMinimumThereIsNoBenchmarkAndItSaysWhy() {
    ComputedBenchmark nine = neighbours(model2021, BenchmarkSettings.defaults().withMinimumNeighbours(9), kent,
        LONG_PLANS, 2013);
    assertThat(nine.value()).isEmpty();
    assertThat(nine.unavailable()).hasValue("only 8 of 10 neighbours have a figure; at least 9 are needed");
    assertThat(nine.toBenchmarkValue()).isEmpty();
    /*
     * Somerset at 31 March 2013, 2021 model: 878 Devon 2.2, 908 Cornwall 2.4, 935 Suffolk 5.3, 838 Dorset (the
     * new council, from 2019: no row), 893 Shropshire c, 926 Norfolk x, 884 Herefordshire 3, 916 Gloucestershire
     * c, 845 East Sussex 7.1, 865 Wiltshire c: five of ten, below the default seven.
     */
    ComputedBenchmark somersetLongPlans = neighbours(model2021, BenchmarkSettings.defaults(), somerset, LONG_PLANS,
        2013);
    assertThat(somersetLongPlans.value()).isEmpty();
    assertThat(somersetLongPlans.unavailable()).hasValue("only 5 of 10 neighbours have a figure; at least 7 are needed");
    assertThat(somersetLongPlans.leftOut()).hasSize(5);
  }

  /*
   * Kent's social worker vacancy rate at 30 September 2022 (csww, 2022), 2021 model: West Northamptonshire's
   * workforce is published only jointly with North Northamptonshire's (940 / 941, line 558), so it is left out.
   * The others: 6.9, 5, 33.5, 18, 34.4, 12, 6.4, 8.4, 18.4; mean 143 / 9 = 15.88888888888889.
   */
  @Test
  void aNeighbourPublishedOnlyJointlyIsLeftOut() {
    ComputedBenchmark mean = neighbours(model2021, BenchmarkSettings.defaults(), kent, VACANCY, 2022);
    assertThat(mean.value()).hasValue(new BigDecimal("15.88888888888889"));
    assertThat(mean.period()).isEqualTo(Period.parse("YE2022-09"));
    assertThat(mean.leftOut()).singleElement().satisfies(l -> assertThat(l.reason()).isEqualTo(
        "published only jointly, for North Northamptonshire / West Northamptonshire (940 / 941, "
            + "csww_indicators_2017_to_2025.csv:558)"));
    assertThat(mean.published()).isEqualTo("2023-02-23");   // the last Thursday of February after the census
  }

  @Test
  void englandAndTheRegionAreTheFilesOwnRows() {
    BenchmarkCalculator calculator = new BenchmarkCalculator(data, Optional.empty(), BenchmarkSettings.defaults());
    // d3 line 1970: 2013 National 14.9; line 1978: 2013 South East (E12000008) 16.3
    ComputedBenchmark england = calculator.england(REPEAT, 2013).orElseThrow();
    assertThat(england.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("14.9"));
    assertThat(england.description()).startsWith("England: DfE d3_cpps_subsequent_plan_2013_to_2025.csv:1970");
    ComputedBenchmark region = calculator.region(kent, REPEAT, 2013).orElseThrow();
    assertThat(region.kind()).isEqualTo(BenchmarkKind.REGION);
    assertThat(region.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("16.3"));
    assertThat(region.description()).startsWith("South East (E12000008): DfE d3_cpps_subsequent_plan_2013_to_2025.csv:1978");
    assertThat(calculator.neighbours(kent, REPEAT, 2013)).isEmpty();   // no model chosen
  }

  @Test
  void aCouncilTheModelLacksHasNoNeighbourBenchmark() {
    Council northamptonshire = data.councils().find("Northamptonshire");
    ComputedBenchmark b = neighbours(model2025, BenchmarkSettings.defaults(), northamptonshire, REPEAT, 2013);
    assertThat(b.unavailable()).hasValue("Northamptonshire (928) is not in the model " + NeighbourModelTest.MODEL_2025);
  }
}
