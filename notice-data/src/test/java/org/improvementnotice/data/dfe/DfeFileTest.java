package org.improvementnotice.data.dfe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;
import org.improvementnotice.data.DataError;
import org.improvementnotice.data.DataFileException;
import org.improvementnotice.data.council.LaNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad files in the layout: each error at its file, line and column. */
class DfeFileTest {

  private static final String HEADER = "time_period,time_identifier,geographic_level,country_code,country_name,"
      + "region_code,region_name,old_la_code,new_la_code,la_name,category,count,percent\n";
  private static final String GOOD = "2013,Reporting year,Local authority,E92000001,England,E12000008,South East,"
      + "886,E10000016,Kent,Things,10,2.5\n";

  private static DfeFile parse(String text) {
    return DfeFile.parse("test.csv", LocatedCsv.parse(text, "test.csv"), Set.of("category"));
  }

  private static DataError onlyError(String text) {
    DataFileException e = catchThrowableOfType(DataFileException.class, () -> parse(text));
    assertThat(e).as("an error for %s", text).isNotNull();
    assertThat(e.errors()).hasSize(1);
    return e.errors().get(0);
  }

  @Test
  void readsAGoodFile() {
    DfeFile file = parse(HEADER + GOOD);
    assertThat(file.indicatorColumns()).containsExactly("count", "percent");
    assertThat(file.filterColumns()).containsExactly("category");
    DfeRow row = file.rows().get(0);
    assertThat(row.line()).isEqualTo(2);
    assertThat(row.laNumber()).hasValue(LaNumber.of("886"));
    assertThat(row.endYear()).isEqualTo(2013);
    assertThat(row.filters()).containsEntry("category", "Things");
    assertThat(file.cell(row, "percent").flatMap(DfeCell::number)).hasValueSatisfying(
        n -> assertThat(n).isEqualByComparingTo("2.5"));
  }

  /** Input (a data row after the header), expected line and column, and what the message says. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2013,Reporting year,Local authority,E92000001,England,E12000008,South East,886,E10000016,Kent,Things,1e3,2.5"
          + "| 2 | 102 | count: '1e3' is neither a number",
      "2013,Reporting year,Local authority,E92000001,England,E12000008,South East,886,E10000016,Kent,Things,10,C"
          + "| 2 | 105 | percent: 'C' is neither a number",
      "2013,Reporting year,Local authority,E92000001,England,E12000008,South East,886,E10000016,Kent,Things,10,"
          + "1234567890123456| 2 | 105 | 16 digits before the point",
      "2013,Reporting year,Local authority,E92000001,England,E12000008,South East,886,E10000016,Kent,Things,10,"
          + "0.1234567890123| 2 | 105 | 13 decimal places",
      "13,Reporting year,Local authority,E92000001,England,E12000008,South East,886,E10000016,Kent,Things,10,2"
          + "| 2 | 1 | time_period: '13' is not a Reporting year",
      "2013,Reporting Year,Local authority,E92000001,England,E12000008,South East,886,E10000016,Kent,Things,10,2"
          + "| 2 | 6 | time_identifier: 'Reporting Year' is not a time identifier",
      "2013,Reporting year,County,E92000001,England,E12000008,South East,886,E10000016,Kent,Things,10,2"
          + "| 2 | 21 | geographic_level: 'County' is not a geographic level",
      "2013,Reporting year,Local authority,E92000001,England,E12000008,South East,88,E10000016,Kent,Things,10,2"
          + "| 2 | 76 | old_la_code: '88' is not an LA number",
      "2013,Reporting year,Local authority,E92000001,England,E12000008,South East,886 / 886,E10000016,Kent,Things,10,2"
          + "| 2 | 76 | old_la_code: '886 / 886' is not an LA number",
      "2013,Reporting year,Local authority,E92000001,England,E12000008,South East,886,E10000016,Kent,Things,10"
          + "| 2 | 0 | expected 13 fields, found 12",
      "2013,Financial year,Local authority,E92000001,England,E12000008,South East,886,E10000016,Kent,Things,10,2"
          + "| 2 | 1 | time_period: '2013' is not a Financial year (six digits, such as 201213)",
      "201214,Financial year,Local authority,E92000001,England,E12000008,South East,886,E10000016,Kent,Things,10,2"
          + "| 2 | 1 | 14 does not follow 2012"})
  void locatesEachBadCell(String row, int line, int column, String message) {
    DataError e = onlyError(HEADER + row + "\n");
    assertThat(e.file()).isEqualTo("test.csv");
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.column()).isEqualTo(column);
    assertThat(e.message()).contains(message);
  }

  @Test
  void aSecondRowForTheSameCouncilAndYearIsAnErrorNamingTheFirst() {
    DataError e = onlyError(HEADER + GOOD + GOOD);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.message()).contains("a second row for Kent (886)", "the first is at line 2");
  }

  @Test
  void aTextColumnNotDeclaredAFilterIsNotReadAsAFigure() {
    DataFileException e = catchThrowableOfType(DataFileException.class, () ->
        DfeFile.parse("test.csv", LocatedCsv.parse(HEADER + GOOD, "test.csv"), Set.of()));
    assertThat(e.errors()).singleElement().satisfies(x -> {
      assertThat(x.line()).isEqualTo(2);
      assertThat(x.column()).isEqualTo(95);
      assertThat(x.message()).contains("category: 'Things'", "must be declared a filter column");
    });
  }

  @Test
  void everyErrorOfTheFileIsReportedTogether() {
    String bad = "2013,Reporting year,Local authority,E92000001,England,E12000008,South East,886,E10000016,Kent,"
        + "Things,ten,twenty\n";
    DataFileException e = catchThrowableOfType(DataFileException.class, () -> parse(HEADER + bad + bad.replace("886",
        "887")));
    assertThat(e.errors()).extracting(DataError::line).containsExactly(2, 2, 3, 3);
  }

  @Test
  void headerProblemsAreLocated() {
    DataError missing = onlyError("time_period,geographic_level,count\n2013,National,1\n");
    assertThat(missing.message()).isEqualTo("missing column 'time_identifier'");
    DataError twice = onlyError("time_period,time_identifier,geographic_level,count,count\n");
    assertThat(twice.column()).isEqualTo(52);
    assertThat(twice.message()).contains("column 'count' appears twice");
  }

  @Test
  void jointRowsHoldSeveralLaNumbers() {
    DfeFile file = parse(HEADER + "2025,Reporting year,Local authority,E92000001,England,E12000004,East Midlands,"
        + "940 / 941,E06000061 / E06000062,North Northamptonshire / West Northamptonshire,Things,1,2\n");
    DfeRow row = file.rows().get(0);
    assertThat(row.isJoint()).isTrue();
    assertThat(row.laNumbers()).containsExactly(LaNumber.of("940"), LaNumber.of("941"));
    assertThat(row.laNumber()).isEmpty();
    assertThat(Area.of(row).code()).isEqualTo("940 / 941");
  }

  @Test
  void aFileThatIsNotCsvIsAnError() {
    DataFileException e = catchThrowableOfType(DataFileException.class, () -> LocatedCsv.parse(
        "a,b\n\"unclosed,1\n", "bad.csv"));
    assertThat(e.errors()).singleElement().satisfies(x -> {
      assertThat(x.file()).isEqualTo("bad.csv");
      assertThat(x.line()).as("where the quote opens").isEqualTo(2);
      assertThat(x.column()).isEqualTo(1);
      assertThat(x.message()).startsWith("not readable as CSV");
    });
  }
}
