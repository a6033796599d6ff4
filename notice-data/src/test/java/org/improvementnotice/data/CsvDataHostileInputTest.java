package org.improvementnotice.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.language.NoticeLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Broken and hostile data files: each refused with a located error, none escaping as another exception. */
class CsvDataHostileInputTest {
  private static final String OBSERVATIONS = "indicator,period,value,numerator,denominator,source,published\n";

  private static final Notice NOTICE = NoticeLanguage.parse("board.notice", """
      notice board-2012
      recipient "A Council"
      issuer "Department for Education"
      issued 1 May 2012
      indicator "NI 59"
      measure smt "The council will appoint a senior management team by 1 September 2012."
        action "Appoint a senior management team" by 1 September 2012
      board "Improvement Board" chaired by "Independent Chair" meets monthly
      measure board "An improvement board will meet monthly."
        meetings "Improvement Board" monthly chaired by "Independent Chair"
      """);

  @TempDir
  Path dir;

  private String at(String name) {
    return dir.resolve(name).toString();
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private DataFileException refused() {
    return (DataFileException) org.assertj.core.api.Assertions.catchThrowableOfType(DataFileException.class,
        () -> CsvData.read(dir, "A Council"));
  }

  private String onlyError() {
    DataFileException e = refused();
    assertThat(e).as("a DataFileException").isNotNull();
    assertThat(e.errors()).hasSize(1);
    return e.errors().get(0).toString();
  }

  @Test
  void aByteOrderMarkBeforeTheHeaderIsAccepted() throws IOException {
    write("actions.csv", "\uFEFFaction,completed,reference,recorded\nsmt,2012-08-20,Board minute 3,2012-08-21\n");
    assertThat(CsvData.read(dir, "A Council").data().actions()).hasSize(1);
  }

  @Test
  void errorsNameTheFileWithItsDirectory() throws IOException {
    write("observations.csv", OBSERVATIONS + "NI 59,2009-13,61.5,,,return,2009-02-10\n");
    assertThat(onlyError()).startsWith(dir.resolve("observations.csv") + ":2:7: period:");
  }

  @Test
  void anUnclosedQuoteIsReportedWhereItOpens() throws IOException {
    write("actions.csv", "action,completed,reference,recorded\nsmt,2012-08-20,Board minute 3,2012-08-21\n"
        + "smt,2012-08-20,\"Board minute 4,2012-08-21\n");
    assertThat(onlyError()).startsWith(dir.resolve("actions.csv") + ":3:16: not readable as CSV: ")
        .contains("closing quote");
  }

  @Test
  void errorsAreCappedAndTheRestCounted() throws IOException {
    StringBuilder csv = new StringBuilder(OBSERVATIONS);
    for (int i = 0; i < 200_000; i++) {
      csv.append("NI 59,2009-01,x,,,return,2009-02-10\n");
    }
    write("observations.csv", csv.toString());
    DataFileException e = refused();
    assertThat(e.errors()).hasSize(100);
    assertThat(e.omitted()).isEqualTo(199_900);
    assertThat(e.getMessage()).startsWith("200000 errors in the data files")
        .endsWith("... and 199900 more errors (only the first 100 are listed)").hasSizeLessThan(20_000);
  }

  @Test
  void aRowWhoseFirstFieldStartsWithAHashIsDataNotAComment() throws IOException {
    write("actions.csv", """
        # a comment before the header
        reference,action,completed,recorded
        #3 board minute,smt,2012-08-20,2012-08-21
        """);
    assertThat(CsvData.read(dir, "A Council").data().actions()).singleElement()
        .satisfies(a -> assertThat(a.reference()).isEqualTo("#3 board minute"));
  }

  @Test
  void aCommentAfterTheHeaderIsARowAndSoAnError() throws IOException {
    write("actions.csv", "action,completed,reference,recorded\n# not a comment here\n");
    assertThat(onlyError()).isEqualTo(at("actions.csv") + ":2: expected 4 fields, found 1");
  }

  @Test
  void duplicateEvidenceIsRefusedNamingBothRows() throws IOException {
    write("actions.csv", """
        action,completed,reference,recorded
        smt,2012-08-20,Board minute 3,2012-08-21
        smt,2012-08-20,Board minute 3,2012-09-01
        """);
    assertThat(onlyError()).isEqualTo(at("actions.csv") + ":3: duplicate evidence: smt completed 2012-08-20 with "
        + "reference 'Board minute 3' is already given at " + at("actions.csv") + ":2");
  }

  @Test
  void twoJudgementsOfARequirementOnOneDateAreRefused() throws IOException {
    write("judgements.csv", """
        requirement,rag,date,note
        board,GREEN,2012-09-30,Meets monthly
        board,RED,2012-09-30,Missed August
        board,AMBER,2012-10-31,Improving
        board,AMBER,2012-10-31,Improving
        """);
    assertThat(refused().errors()).extracting(DataError::toString).containsExactly(
        at("judgements.csv") + ":3: conflicting judgements: board on 2012-09-30 is RED here and GREEN at "
            + at("judgements.csv") + ":2",
        at("judgements.csv") + ":5: duplicate judgement: board on 2012-10-31 is already judged AMBER at "
            + at("judgements.csv") + ":4");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "\u0666\u0665     | digits of another script",
      "\uFF16\uFF15     | digits of another script",
      "+65              | a sign '+' is not allowed",
      "6 5              | is not a number",
      "0x41             | is not a number",
      "1e               | is not a number",
      "NaN              | is not a number",
      "Infinity         | is not a number",
      "1e999999999      | within bounds",
      "1e-999999999     | within bounds",
      "1e-2147483647    | within bounds",
      "1e100000         | within bounds",
      "1e400            | within bounds",
      "1234567890123456 | within bounds",
      "0.0000000000001  | within bounds",
      "1.5e-13          | within bounds",
      "1e15             | within bounds"})
  void numbersOutsideTheFormOrTheBoundsAreRefusedAtTheirCell(String value, String reason) throws IOException {
    write("observations.csv", OBSERVATIONS + "NI 59,2009-01," + value + ",,,return,2009-02-10\n");
    assertThat(onlyError()).startsWith(at("observations.csv") + ":2:15: value: '" + value + "' is not a number")
        .contains(reason);
  }

  @ParameterizedTest
  @CsvSource({"123456789012345, 123456789012345", "0.000000000001, 0.000000000001", "1.5E-3, 0.0015",
      "12.50, 12.5", "1e14, 100000000000000", "-3, -3", "0e999999999, 0", "61.500000000000000000, 61.5"})
  void numbersAtTheBoundsAreRead(String value, String read) throws IOException {
    write("benchmarks.csv", "indicator,benchmark,period,value,source,published\n"
        + "NI 59,ENGLAND,FY2009-10," + value + ",release,2010-09-30\n");
    assertThat(CsvData.read(dir, "A Council").data().benchmarks()).singleElement()
        .satisfies(b -> assertThat(b.value()).isEqualByComparingTo(new BigDecimal(read)));
  }

  @Test
  @Timeout(60) // a guard against a hang, not a speed target: this takes milliseconds
  void hugeExponentsAreRefusedAtOnce() throws IOException {
    StringBuilder csv = new StringBuilder(OBSERVATIONS);
    for (int i = 0; i < 1000; i++) {
      csv.append("NI 59,2009-01,1e100000,1e-999999999,1e999999999,return,2009-02-10\n");
    }
    write("observations.csv", csv.toString());
    assertThat(refused().errors()).hasSize(100).allSatisfy(e -> assertThat(e.toString()).contains("within bounds"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1899-12-31", "2200-01-01", "+999999999-12-31", "-0001-01-01"})
  void datesOutsideTheSupportedYearsAreRefused(String date) throws IOException {
    write("actions.csv", "action,completed,reference,recorded\nsmt,2012-08-20,Minute," + date + "\n");
    assertThat(onlyError()).startsWith(at("actions.csv") + ":2:").contains("recorded: '" + date + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1899-12", "2200-Q1", "FY2199-00", "1899-01-01..2009-01-01"})
  void periodsOutsideTheSupportedYearsAreRefused(String period) throws IOException {
    write("observations.csv", OBSERVATIONS + "NI 59," + period + ",61.5,,,return,2009-02-10\n");
    assertThat(onlyError()).startsWith(at("observations.csv") + ":2:7: period: '" + period + "'");
  }

  @Test
  void invalidUtf8IsRefusedAtItsLineAndColumn() throws IOException {
    byte[] head = (OBSERVATIONS + "NI 59,2009-01,61.5,,,caf").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ",2009-02-10\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xE9;
    System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
    Files.write(dir.resolve("observations.csv"), bytes);
    assertThat(onlyError()).isEqualTo(at("observations.csv") + ":2:25: not valid UTF-8: byte 0xE9 at byte offset "
        + head.length);
  }

  @Test
  void controlCharactersInBadValuesAreShownEscaped() throws IOException {
    write("observations.csv", OBSERVATIONS + "NI 59,2009-01,\"\u001b[31m6\u202e\n5\",,,return,2009-02-10\n");
    assertThat(onlyError()).contains("'\\u001b[31m6\\u202e\\u000a5' is not a number").doesNotContain("\u001b");
  }

  @Test
  void theDataFilesTogetherAreBoundedBeforeAnyIsRead() throws IOException {
    for (String name : new String[] {"observations.csv", "meetings.csv"}) {
      try (RandomAccessFile file = new RandomAccessFile(dir.resolve(name).toFile(), "rw")) {
        file.setLength(CsvData.MAX_TOTAL_BYTES / 2 + 1);
      }
    }
    assertThat(onlyError()).isEqualTo(dir + ": the data files hold " + (CsvData.MAX_TOTAL_BYTES + 2)
        + " bytes together, more than the 67108864 bytes (64 MiB) read at most");
  }

  @Test
  void meetingsOutOfDateOrderAreReportedAtTheirOwnRows() throws IOException {
    write("meetings.csv", """
        body,date,chair,department_attended,label,reference
        Improvement Board,2012-09-20,Independent Chair,yes,,IB 3
        Improvement Board,2012-07-20,Independent Chair,yes,,IB 1
        Imprvement Board,2012-08-20,Independent Chair,yes,,IB 2
        """);
    CsvData read = CsvData.read(dir, "A Council");
    assertThatThrownBy(() -> read.check(NOTICE)).isInstanceOfSatisfying(DataFileException.class, e ->
        assertThat(e.errors()).extracting(DataError::toString).singleElement().asString()
            .startsWith(at("meetings.csv") + ":4: Meeting of 'Imprvement Board' on 2012-08-20"));
  }

  @Test
  void aBlankLineOfSpacesIsSkipped() throws IOException {
    write("actions.csv", "action,completed,reference,recorded\n   \nsmt,2012-08-20,Minute,2012-08-21\n\n");
    assertThat(CsvData.read(dir, "A Council").data().actions()).hasSize(1);
  }
}
