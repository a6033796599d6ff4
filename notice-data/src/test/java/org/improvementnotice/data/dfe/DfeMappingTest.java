package org.improvementnotice.data.dfe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.improvementnotice.data.DataError;
import org.improvementnotice.data.DataFileException;
import org.improvementnotice.data.council.LaNumber;
import org.improvementnotice.model.indicator.Aggregation;
import org.improvementnotice.model.indicator.IndicatorCatalogue;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.indicator.Polarity;
import org.improvementnotice.model.indicator.Unit;
import org.improvementnotice.model.time.PeriodKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DfeMappingTest {

  private static final String HEADER = String.join(",", DfeMapping.COLUMNS) + "\n";

  @Test
  void theShippedMappingMapsEachPublishedIndicatorOfTheCatalogue() {
    DfeMapping mapping = DfeMapping.standard();
    assertThat(mapping.indicators()).extracting(i -> i.id().value()).containsExactly("CIN REREFERRALS",
        "CPP SUBSEQUENT", "CPP 2 YEARS OR MORE", "ICPC 15 DAYS", "CIN RATE", "SW VACANCY RATE", "SW AGENCY RATE",
        "SW TURNOVER RATE", "SW CASELOAD", "NI 65");
    for (DfeIndicator i : mapping.indicators()) {
      assertThat(i.indicator()).isEqualTo(IndicatorCatalogue.standard().find(i.id()).orElseThrow());
      if (i.period().isSnapshot()) {
        assertThat(i.indicator().aggregation()).as("%s is a snapshot", i.id()).isEqualTo(Aggregation.LATEST);
      }
    }
    DfeIndicator rate = mapping.get(IndicatorId.of("CIN RATE")).orElseThrow();
    assertThat(rate.denominatorFile()).hasValue("ons_mid-year_population_estimates_*.csv");
    assertThat(rate.denominatorYearOffset()).isEqualTo(-1);
  }

  /** A user adds a published indicator by writing a row: no code. */
  @Test
  void aUsersRowAddsAnIndicatorTheCatalogueLacks(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.csv");
    Files.writeString(file, HEADER + "CIN NFA,Referrals closed with no further action,"
        + "c1_children_in_need_referrals_and_rereferrals_*.csv,category=Referrals and Re-referrals,"
        + "no_further_action_percent,no_further_action_count,referral_count,,,,percent,lower is better,"
        + "year to 31 March,31 October,\n");
    DfeMapping mapping = DfeMapping.standard().plus(DfeMapping.read(file));
    DfeIndicator nfa = mapping.get(IndicatorId.of("CIN NFA")).orElseThrow();
    assertThat(nfa.indicator().unit()).isEqualTo(Unit.PERCENT);
    assertThat(nfa.indicator().polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThat(nfa.indicator().reportingPeriod()).isEqualTo(PeriodKind.FINANCIAL_YEAR);

    DfeData data = DfeData.read(ShippedData.folder(), mapping.only(List.of(IndicatorId.of("CIN NFA"))),
        DfeSettings.defaults());
    // c1, Kent, 2013 (line 2072): no_further_action_count 4155 of referral_count 14644, 28.4%
    DfeFigure kent = data.figure(IndicatorId.of("CIN NFA"), Area.council(LaNumber.of("886")), 2013).orElseThrow();
    assertThat(kent.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("28.4"));
    assertThat(kent.numerator()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("4155"));
    assertThat(kent.published()).isEqualTo("2013-10-31");
    assertThat(kent.source()).contains("c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv:2072",
        "assumed from the publication calendar (31 October after 2013-03-31)");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "NI 65,,d3_*.csv,,CPP_subsequent_percent,,,,,,percent,lower is better,at 30 September,31 October,"
          + "| 0 | indicator NI 65 is in the catalogue as PERCENT, LOWER_IS_BETTER, reported by FINANCIAL_YEAR",
      "NEW ONE,,d3_*.csv,,x,,,,,,percent,lower is better,year to 31 March,31 October,"
          + "| 0 | indicator NEW ONE is not in the catalogue: give its name",
      "NEW ONE,A thing,d3_*.csv,,x,,,,,,percents,lower is better,year to 31 March,31 October,"
          + "| 34 | unit: 'percents' is not a unit",
      "NEW ONE,A thing,d3_*.csv,,x,,,,,,percent,lower,year to 31 March,31 October,"
          + "| 42 | polarity: 'lower' is not a polarity",
      "NEW ONE,A thing,d3_*.csv,,x,,,,,,percent,lower is better,at 1 April,31 October,"
          + "| 58 | period: 'at 1 April' is not a period",
      "NEW ONE,A thing,d3_*.csv,,x,,,,,,percent,lower is better,at 31 March,autumn,"
          + "| 70 | published: 'autumn' is not a publication rule",
      "NEW ONE,A thing,d3_*.csv,,x,a,,,,,percent,lower is better,at 31 March,31 October,"
          + "| 0 | a numerator and a denominator go together",
      "NEW ONE,A thing,d3_*.csv,,,,,,,,count,lower is better,at 31 March,31 October,"
          + "| 0 | give a value column, or a numerator and denominator",
      "NEW ONE,A thing,d3_*.csv,category,x,,,,,,percent,lower is better,at 31 March,31 October,"
          + "| 26 | filters: 'category' is not a filter: expected column=value",
      "NEW ONE,A thing,d3_*.csv,,x,,,,,,percent,lower is better,at 31 March,31 October,13"
          + "| 0 | decimals must be 0 to 12, not 13",
      "NEW ONE,A thing,,,x,,,,,,percent,lower is better,at 31 March,31 October,"
          + "| 17 | file: a value is required"})
  void eachBadRowIsLocated(String row, int column, String message) {
    DataFileException e = catchThrowableOfType(DataFileException.class, () -> DfeMapping.parse("mine.csv",
        HEADER + row + "\n", IndicatorCatalogue.standard()));
    assertThat(e).isNotNull();
    DataError error = e.errors().get(0);
    assertThat(error.file()).isEqualTo("mine.csv");
    assertThat(error.line()).isEqualTo(2);
    assertThat(error.column()).isEqualTo(column);
    assertThat(error.message()).contains(message);
  }

  @Test
  void anIndicatorMappedTwiceIsAnError() {
    String row = "NEW ONE,A thing,d3_*.csv,,x,,,,,,percent,lower is better,year to 31 March,31 October,\n";
    DataFileException e = catchThrowableOfType(DataFileException.class, () -> DfeMapping.parse("mine.csv",
        HEADER + row + row, IndicatorCatalogue.standard()));
    assertThat(e.errors()).singleElement().satisfies(x -> {
      assertThat(x.line()).isEqualTo(3);
      assertThat(x.message()).contains("already mapped at line 2");
    });
  }

  @Test
  void aMappedColumnTheFileLacksIsAnErrorNamingTheFile() {
    DfeMapping mapping = DfeMapping.parse("mine.csv", HEADER + "NEW ONE,A thing,d3_cpps_*.csv,,no_such_column,,,,,,"
        + "percent,lower is better,year to 31 March,31 October,\n", IndicatorCatalogue.standard());
    DataFileException e = catchThrowableOfType(DataFileException.class, () -> DfeData.read(ShippedData.folder(),
        mapping, DfeSettings.defaults()));
    assertThat(e.errors()).singleElement().satisfies(x -> {
      assertThat(x.file()).isEqualTo("d3_cpps_subsequent_plan_2013_to_2025.csv");
      assertThat(x.message()).contains("NEW ONE reads column 'no_such_column'");
    });
  }

  @Test
  void aFileTheFolderLacksLeavesItsIndicatorsMissing(@TempDir Path dir) throws IOException {
    Files.copy(ShippedData.file("d3_cpps_subsequent_plan_2013_to_2025.csv"),
        dir.resolve("d3_cpps_subsequent_plan_2013_to_2025.csv"));
    DfeData data = DfeData.read(dir);
    // NI 65 is the same table's measure under its National Indicator name
    assertThat(data.indicators()).containsExactlyInAnyOrder(IndicatorId.of("CPP SUBSEQUENT"), IndicatorId.of("NI 65"));
    assertThat(data.missing()).containsKey(IndicatorId.of("SW VACANCY RATE"));
    assertThat(data.missing().get(IndicatorId.of("SW VACANCY RATE"))).contains("no file matching csww_indicators_*.csv");
  }

  @Test
  void twoEditionsOfOneFileAreAnError(@TempDir Path dir) throws IOException {
    Files.copy(ShippedData.file("d3_cpps_subsequent_plan_2013_to_2025.csv"),
        dir.resolve("d3_cpps_subsequent_plan_2013_to_2025.csv"));
    Files.copy(ShippedData.file("d3_cpps_subsequent_plan_2013_to_2025.csv"),
        dir.resolve("d3_cpps_subsequent_plan_2013_to_2026.csv"));
    DataFileException e = catchThrowableOfType(DataFileException.class, () -> DfeData.read(dir));
    // one error per indicator mapped from the file: CPP SUBSEQUENT and NI 65
    assertThat(e.errors()).hasSize(2).allSatisfy(x -> assertThat(x.message())
        .contains("which 2 files match", "keep one edition in the folder"));
  }

  @Test
  void aPublicationRuleCanBeOverriddenPerFile() {
    DfeData data = DfeData.read(ShippedData.folder(), DfeMapping.standard().only(List.of(
        IndicatorId.of("CPP SUBSEQUENT"), IndicatorId.of("SW VACANCY RATE"))),
        DfeSettings.defaults().withPublication("d3_*.csv", PublicationRule.parse("first Thursday of November")));
    assertThat(data.figure(IndicatorId.of("CPP SUBSEQUENT"), Area.ENGLAND, 2013).orElseThrow().published())
        .isEqualTo("2013-11-07");
    // the workforce census at 30 September 2017: the last Thursday of February 2018, as mapped
    assertThat(data.figure(IndicatorId.of("SW VACANCY RATE"), Area.ENGLAND, 2017).orElseThrow().published())
        .isEqualTo("2018-02-22");
  }
}
