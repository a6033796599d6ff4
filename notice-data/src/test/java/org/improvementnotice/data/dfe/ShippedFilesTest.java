package org.improvementnotice.data.dfe;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.improvementnotice.data.council.LaNumber;
import org.improvementnotice.model.indicator.IndicatorId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every row of every shipped file in the open-data layout is accounted for: each is read (none refused,
 * since the shipped files hold no unreadable cell), and each indicator cell is either the number its text
 * writes or the symbol its text is, compared cell by cell with an independent reading of the file. No cell
 * is read as zero unless its text is a zero.
 */
class ShippedFilesTest {

  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  static final String[] FILES = {
      "b1_children_in_need_2013_to_2025.csv",
      "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv",
      "c4_children_in_need_section_47s_and_icpcs_2013_to_2025.csv",
      "csww_indicators_2017_to_2025.csv",
      "d3_cpps_subsequent_plan_2013_to_2025.csv",
      "d5_cpps_at31march_by_duration_2013_to_2025.csv",
      "ons_mid-year_population_estimates_2012_to_2024.csv"};

  @ParameterizedTest
  @FieldSource("FILES")
  void everyRowAndCellIsReadAsWhatItsTextIs(String name) {
    DfeFile file = DfeFile.read(ShippedData.file(name), DfeSettings.DEFAULT_FILTERS);
    List<List<String>> raw = RawCsv.read(ShippedData.file(name));
    List<String> header = raw.get(0);

    assertThat(file.header()).isEqualTo(header);
    assertThat(file.rows()).hasSize(raw.size() - 1);          // every line after the header is a row read
    for (int r = 0; r < file.rows().size(); r++) {
      DfeRow row = file.rows().get(r);
      List<String> text = raw.get(r + 1);
      assertThat(row.line()).isEqualTo(r + 2);
      assertThat(row.timePeriod()).isEqualTo(text.get(header.indexOf("time_period")));
      assertThat(row.level().label()).isEqualTo(text.get(header.indexOf("geographic_level")));
      assertThat(row.laCode()).isEqualTo(text.get(header.indexOf("old_la_code")));
      assertThat(row.laName()).isEqualTo(text.get(header.indexOf("la_name")));
      for (String column : file.filterColumns()) {
        assertThat(row.filters().get(column)).isEqualTo(text.get(header.indexOf(column)));
      }
      for (int c = 0; c < file.indicatorColumns().size(); c++) {
        String cellText = text.get(header.indexOf(file.indicatorColumns().get(c)));
        DfeCell cell = row.cells().get(c);
        if (NUMBER.matcher(cellText).matches()) {
          assertThat(cell.number()).as("%s:%d %s", name, row.line(), file.indicatorColumns().get(c))
              .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo(new BigDecimal(cellText)));
        } else {
          assertThat(cell.symbol()).as("%s:%d %s '%s'", name, row.line(), file.indicatorColumns().get(c), cellText)
              .hasValueSatisfying(s -> assertThat(s.symbol()).isEqualTo(cellText));
        }
        if (cell.number().filter(n -> n.signum() == 0).isPresent()) {
          assertThat(cellText).matches("-?0+(\\.0+)?");       // a zero only where the file writes a zero
        }
      }
    }
  }

  /**
   * The symbols of each file, counted by a separate reading of the files (Python's csv module): each is kept
   * as its symbol, none read as a number.
   */
  @ParameterizedTest
  @CsvSource({
      "b1_children_in_need_2013_to_2025.csv, 16938, 62, 46, 0, 10, 0",
      "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv, 20930, 296, 68, 0, 26, 0",
      "c4_children_in_need_section_47s_and_icpcs_2013_to_2025.csv, 22890, 486, 47, 18, 11, 0",
      "csww_indicators_2017_to_2025.csv, 31936, 8, 98, 81, 51, 12",
      "d3_cpps_subsequent_plan_2013_to_2025.csv, 6301, 75, 9, 6, 5, 0",
      "d5_cpps_at31march_by_duration_2013_to_2025.csv, 20406, 2957, 33, 45, 11, 0",
      "ons_mid-year_population_estimates_2012_to_2024.csv, 2111, 0, 21, 0, 0, 0"})
  void symbolsAreKeptAsSymbols(String name, int numbers, int c, int x, int z, int u, int low) {
    DfeFile file = DfeFile.read(ShippedData.file(name), DfeSettings.DEFAULT_FILTERS);
    Map<DfeSymbol, Integer> symbols = new EnumMap<>(DfeSymbol.class);
    int numberCells = 0;
    for (DfeRow row : file.rows()) {
      for (DfeCell cell : row.cells()) {
        if (cell.isNumber()) {
          numberCells++;
        } else {
          symbols.merge(cell.symbol().get(), 1, Integer::sum);
        }
      }
    }
    assertThat(numberCells).isEqualTo(numbers);
    assertThat(symbols.getOrDefault(DfeSymbol.CONFIDENTIAL, 0)).isEqualTo(c);
    assertThat(symbols.getOrDefault(DfeSymbol.NOT_AVAILABLE, 0)).isEqualTo(x);
    assertThat(symbols.getOrDefault(DfeSymbol.NOT_APPLICABLE, 0)).isEqualTo(z);
    assertThat(symbols.getOrDefault(DfeSymbol.LOW_RELIABILITY, 0)).isEqualTo(u);
    assertThat(symbols.getOrDefault(DfeSymbol.LOW, 0)).isEqualTo(low);
    assertThat(symbols.keySet()).doesNotContain(DfeSymbol.EMPTY, DfeSymbol.BELOW_HALF);
  }

  /**
   * Every row of each mapped indicator's file gives a figure: with a value where its cell (or, for a
   * computed rate, its numerator and denominator) are numbers, otherwise without one and naming the symbol
   * and column. Counted against the raw text of the same rows.
   */
  @ParameterizedTest
  @CsvSource({
      "CIN REREFERRALS, c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv, rereferral_percent",
      "CPP SUBSEQUENT, d3_cpps_subsequent_plan_2013_to_2025.csv, CPP_subsequent_percent",
      "CPP 2 YEARS OR MORE, d5_cpps_at31march_by_duration_2013_to_2025.csv, 2_years_or_more_percent",
      "SW VACANCY RATE, csww_indicators_2017_to_2025.csv, vacancy_rate_fte",
      "SW AGENCY RATE, csww_indicators_2017_to_2025.csv, agency_rate_fte",
      "SW TURNOVER RATE, csww_indicators_2017_to_2025.csv, turnover_rate_fte",
      "SW CASELOAD, csww_indicators_2017_to_2025.csv, caseload_fte"})
  void everyRowOfAMappedFileIsAFigureWithItsValueOrItsSymbol(String indicator, String name, String column) {
    DfeData data = ShippedData.data();
    List<List<String>> raw = RawCsv.read(ShippedData.file(name));
    List<String> header = raw.get(0);
    int figures = 0;
    for (int r = 1; r < raw.size(); r++) {
      List<String> text = raw.get(r);
      Area area = area(text, header);
      int year = Integer.parseInt(text.get(header.indexOf("time_period")));
      Optional<DfeFigure> figure = data.figure(IndicatorId.of(indicator), area, year);
      assertThat(figure).as("%s:%d", name, r + 1).isPresent();
      figures++;
      DfeFigure f = figure.get();
      assertThat(f.line()).isEqualTo(r + 1);
      String cellText = text.get(header.indexOf(column));
      if (NUMBER.matcher(cellText).matches()) {
        assertThat(f.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal(cellText)));
      } else {
        assertThat(f.value()).isEmpty();
        assertThat(f.unavailable()).hasValueSatisfying(u -> {
          assertThat(u.symbol().map(DfeSymbol::symbol)).hasValue(cellText);
          assertThat(u.column()).isEqualTo(column);
        });
      }
    }
    assertThat(data.figures(IndicatorId.of(indicator))).hasSize(figures);
  }

  /** The two rates computed from a numerator and a denominator: a value exactly when both are numbers. */
  @ParameterizedTest
  @CsvSource({
      "ICPC 15 DAYS, c4_children_in_need_section_47s_and_icpcs_2013_to_2025.csv",
      "CIN RATE, b1_children_in_need_2013_to_2025.csv"})
  void computedRatesHaveAValueExactlyWhenTheirPartsAreNumbers(String indicator, String name) {
    DfeData data = ShippedData.data();
    DfeIndicator mapping = data.mapping().get(IndicatorId.of(indicator)).orElseThrow();
    List<List<String>> raw = RawCsv.read(ShippedData.file(name));
    List<String> header = raw.get(0);
    for (int r = 1; r < raw.size(); r++) {
      List<String> text = raw.get(r);
      DfeFigure f = data.figure(IndicatorId.of(indicator), area(text, header),
          Integer.parseInt(text.get(header.indexOf("time_period")))).orElseThrow();
      boolean numeratorIsNumber = mapping.numerator().get().columns().stream()
          .allMatch(c -> NUMBER.matcher(text.get(header.indexOf(c))).matches());
      if (!numeratorIsNumber) {
        assertThat(f.value()).isEmpty();
        assertThat(f.unavailable().get().reason()).contains("numerator");
      }
      if (f.value().isEmpty()) {
        assertThat(f.unavailable()).isPresent();
      } else {
        assertThat(numeratorIsNumber).isTrue();
        assertThat(f.value().get()).isEqualByComparingTo(
            mapping.indicator().unit().ofRatio(f.numerator().get(), f.denominator().get())
                .setScale(1, java.math.RoundingMode.HALF_UP));
      }
    }
  }

  private static Area area(List<String> text, List<String> header) {
    return switch (text.get(header.indexOf("geographic_level"))) {
      case "National" -> Area.ENGLAND;
      case "Regional" -> Area.region(text.get(header.indexOf("region_code")));
      default -> new Area(GeographicLevel.LOCAL_AUTHORITY, text.get(header.indexOf("old_la_code")));
    };
  }

  /** The joint rows of the workforce file (shared services) are read as the joint area's. */
  @ParameterizedTest
  @CsvSource({"940, 2022, 941", "314, 2017, 318", "318, 2025, 314"})
  void jointRowsAreTheJointAreasFigures(String council, int year, String partner) {
    DfeData data = ShippedData.data();
    Optional<DfeFigure> joint = data.joint(IndicatorId.of("SW VACANCY RATE"), LaNumber.of(council), year);
    assertThat(joint).hasValueSatisfying(f -> assertThat(f.area().code()).contains(council, partner));
    assertThat(data.figure(IndicatorId.of("SW VACANCY RATE"), Area.council(LaNumber.of(council)), year)).isEmpty();
  }

  static Set<String> files() {
    return Set.of(FILES);
  }
}
