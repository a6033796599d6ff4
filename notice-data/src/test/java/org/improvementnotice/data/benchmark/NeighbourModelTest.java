package org.improvementnotice.data.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.improvementnotice.data.DataError;
import org.improvementnotice.data.DataFileException;
import org.improvementnotice.data.council.LaNumber;
import org.improvementnotice.data.dfe.LocatedCsv;
import org.improvementnotice.data.dfe.ShippedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The two shipped models, with their different headers, and every row of each accounted for. */
class NeighbourModelTest {

  static final String MODEL_2025 = "sn_model_2025_wide.csv";
  static final String MODEL_2021 = "New_Statistical_Neighbour_Groupings_April_2021.csv";

  @Test
  void readsThe2025Model() {
    NeighbourModel m = NeighbourModel.read(ShippedData.file(MODEL_2025));
    // sn_model_2025_wide.csv line 71: 886,Kent,6,South East,881,Very close,845,Very close,878,...
    assertKentsNeighbours(m, "Very close", "881", "845", "878", "303", "935", "926", "891", "938", "822", "933");
    assertThat(m.neighbours(LaNumber.of("936")).get(9).closeness()).isEqualTo("Close");   // "Close " in the file
    assertThat(m.nameOf(LaNumber.of("886"))).hasValue("Kent");
  }

  @Test
  void readsThe2021ModelWithItsOtherHeadersAndItsSectionOfCouncilsThatHaveGone() {
    NeighbourModel m = NeighbourModel.read(ShippedData.file(MODEL_2021));
    assertKentsNeighbours(m, "Extremely Close", "881", "845", "866", "885", "888", "941", "891", "937", "935", "860");
    assertThat(m.has(LaNumber.of("928"))).isTrue();          // Northamptonshire, under "Old SNs:"
    assertThat(m.skippedLines()).containsExactly(154, 155, 156);  // a blank row, the heading, a blank row
  }

  /** Asserts Kent's (886) neighbours in the model, closest first, and how close the closest is said to be. */
  private static void assertKentsNeighbours(NeighbourModel m, String closest, String... numbers) {
    assertThat(m.neighbours(LaNumber.of("886"))).extracting(n -> n.number().value()).containsExactly(numbers);
    assertThat(m.neighbours(LaNumber.of("886")).get(0).closeness()).isEqualTo(closest);
  }

  @ParameterizedTest
  @CsvSource({MODEL_2025 + ", 153", MODEL_2021 + ", 159"})
  void everyRowIsACouncilOrASkippedLine(String name, int rows) {
    NeighbourModel m = NeighbourModel.read(ShippedData.file(name));
    List<LocatedCsv.Record> records = LocatedCsv.read(ShippedData.file(name), name);
    assertThat(records).hasSize(rows + 1);
    assertThat(m.councils().size() + m.skippedLines().size()).isEqualTo(rows);
    for (LaNumber council : m.councils()) {
      assertThat(m.neighbours(council)).hasSize(10);
      assertThat(m.lineOf(council)).isPresent();
    }
  }

  private static DataError onlyError(String text) {
    DataFileException e = catchThrowableOfType(DataFileException.class, () -> NeighbourModel.parse("m.csv",
        LocatedCsv.parse(text, "m.csv")));
    assertThat(e).isNotNull();
    assertThat(e.errors()).hasSize(1);
    return e.errors().get(0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "old_la_code,la_name,SN_1,SN_1P,SN_2,SN_2P\\n886,Kent,88x,Close,845,Close | 2 | 10 | '88x' is not an LA number",
      "old_la_code,la_name,SN_1,SN_1P,SN_2,SN_2P\\n886,Kent,881,Close | 2 | 0 | expected 6 fields, found 4",
      "old_la_code,la_name,SN_1,SN_1P,SN_2,SN_2P\\n886,Kent,886,Close,845,Close | 2 | 0 | 886 is its own neighbour",
      "old_la_code,la_name,SN_1,SN_1P,SN_3,SN_3P\\n886,Kent,881,Close,845,Close | 1 | 0 | without gaps",
      "la_name,SN_1,SN_1P\\nKent,881,Close | 1 | 0 | no LA number column",
      // found by DfeFuzzProperties: a neighbour rank past int's range threw NumberFormatException
      "old_la_code,la_name,SN_19999999999999999,SN_1P\\n886,Kent,881,Close | 1 | 0 | no neighbour columns",
      "LA num,LA number,SN1,SNP\\n886,887,881,Close | 2 | 1 | '886' disagrees with the LA number '887'",
      "old_la_code,la_name,SN_1,SN_1P\\n886,Kent,881,Close\\n886,Kent,845,Close | 3 | 0 | the first is at line 2"})
  void locatesEachBadRow(String text, int line, int column, String message) {
    DataError e = onlyError(text.replace("\\n", "\n"));
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.column()).isEqualTo(column);
    assertThat(e.message()).contains(message);
  }

  @Test
  void listsAtMostAHundredErrorsAndCountsTheRest() {
    // found by DfeFuzzProperties: the model's header repeated 60 times gave 600 errors, all listed
    StringBuilder text = new StringBuilder("old_la_code,la_name,SN_1,SN_1P,SN_2,SN_2P\n");
    for (int i = 0; i < 300; i++) {
      text.append("886,Kent,SN_1,x,SN_2,x\n");
    }
    DataFileException e = catchThrowableOfType(DataFileException.class, () -> NeighbourModel.parse("m.csv",
        LocatedCsv.parse(text.toString(), "m.csv")));
    assertThat(e.errors()).hasSize(100);
    assertThat(e.errors().get(0).line()).isEqualTo(2);
    assertThat(e.omitted()).isPositive();
    assertThat(e.getMessage()).contains("more errors (only the first 100 are listed)");
  }
}
