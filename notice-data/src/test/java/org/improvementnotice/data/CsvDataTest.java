package org.improvementnotice.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.language.NoticeLanguage;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.indicator.IndicatorCatalogue;
import org.improvementnotice.model.data.Ratio;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDataTest {
  /** A notice declaring NI 59 and not NI 101. */
  private static final Notice SURREY = NoticeLanguage.parse("surrey-2008.notice", """
      notice surrey-2008
      recipient "Surrey County Council"
      issuer "Department for Children, Schools and Families"
      issued 1 December 2008
      indicator "NI 59"
      measure ni59 "NI 59 to 65% in the quarter to 31 March 2009"
        target "NI 59" at least 65% in quarter to 31 March 2009
      """);

  @TempDir
  Path dir;

  /** The file's path as errors name it: the directory given and the file's name. */
  private String at(String name) {
    return dir.resolve(name).toString();
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }

  @Test
  void readsEveryKindOfRow() throws IOException {
    write("observations.csv", """
        # Illustrative figures.
        indicator,period,value,numerator,denominator,source,published
        NI 59,2009-01,61.5,123,200,monthly return,2009-02-10
        NI 59,2009-Q1,64,,,"quarterly return, revised",2009-05-01
        """);
    write("benchmarks.csv", """
        indicator,benchmark,period,value,source,published
        NI 59,england,FY2009-10,72.4,DCSF statistical release,2010-09-30
        """);
    write("meetings.csv", """
        body,date,chair,department_attended,label,reference
        Improvement Board,2009-01-21,Independent Chair,yes,January Improvement Board,IB minutes 21/01/09
        Improvement Board,2009-02-18,,no,,IB minutes 18/02/09
        """);
    write("judgements.csv", """
        requirement,rag,date,note
        ni59.1,amber,2009-04-15,Improving but short of target
        """);
    write("actions.csv", """
        action,completed,reference,recorded
        smt,2009-02-27,Cabinet report 3 March 2009,2009-03-03
        """);
    CsvData read = CsvData.read(dir, "Surrey County Council");
    assertThat(read.data().observations()).containsExactly(
        new Observation(IndicatorId.of("NI 59"), Period.parse("2009-01"), new BigDecimal("61.5"),
            java.util.Optional.of(Ratio.of(123, 200)), "monthly return", LocalDate.of(2009, 2, 10)),
        Observation.of(IndicatorId.of("NI 59"), Period.parse("2009-Q1"), new BigDecimal("64"),
            "quarterly return, revised", LocalDate.of(2009, 5, 1)));
    assertThat(read.data().benchmarks()).singleElement().satisfies(b -> assertThat(b.value()).isEqualByComparingTo("72.4"));
    assertThat(read.data().meetings()).hasSize(2);
    assertThat(read.data().meetings().get(0).departmentAttended()).isTrue();
    assertThat(read.data().meetings().get(1).chair()).isEmpty();
    assertThat(read.data().judgements()).hasSize(1);
    assertThat(read.data().actions()).hasSize(1);
  }

  @Test
  void everyBadRowIsReportedWithFileLineAndColumn() throws IOException {
    write("observations.csv", """
        indicator,period,value,numerator,denominator,source,published
        NI 59,2009-13,61.5,123,200,monthly return,2009-02-10
        NI 59,2009-02,abc,,,monthly return,2009-02-30
        NI 59,2009-03,61.5,123,,monthly return,2009-04-10
        NI 59,2009-04,61.5
        """);
    write("benchmarks.csv", """
        indicator,benchmark,period,value,source,published
        NI 59,county,FY2009-10,72.4,release,2010-09-30
        """);
    write("observation.csv", "indicator\n");
    assertRefused(() -> CsvData.read(dir, "Surrey"),
        at("observation.csv") + ": unknown data file; expected one of actions.csv, benchmarks.csv, judgements.csv, "
            + "meetings.csv, observations.csv",
        at("observations.csv") + ":2:7: period: '2009-13' is not a period (2009-03, 2009-Q1, FY2009-10, AY2008/09, "
            + "YE2009-09, 2009-01-01..2009-03-31)",
        at("observations.csv") + ":3:15: value: 'abc' is not a number",
        at("observations.csv") + ":3:36: published: '2009-02-30' is not a date (YYYY-MM-DD)",
        at("observations.csv") + ":4:24: denominator: numerator and denominator go together: give both or neither",
        at("observations.csv") + ":5: expected 7 fields, found 3",
        at("benchmarks.csv") + ":2:7: benchmark: 'county' is not one of ENGLAND, STATISTICAL_NEIGHBOURS, REGION");
  }

  @Test
  void aBadHeaderStopsThatFileOnly() throws IOException {
    write("observations.csv", "indicator,period,valu,source,published\n");
    write("actions.csv", "action,completed,reference\n");
    assertRefused(() -> CsvData.read(dir, "Surrey"),
        at("observations.csv") + ":1:18: unknown column 'valu'; expected indicator,period,value,numerator,denominator,"
            + "source,published",
        at("observations.csv") + ":1: missing column 'value'",
        at("actions.csv") + ":1: missing column 'recorded'");
  }

  @Test
  void duplicatesAndNoticeProblemsAreReportedAtTheirRows() throws IOException {
    write("observations.csv", """
        indicator,period,value,numerator,denominator,source,published
        NI 59,2009-01,61.5,123,200,monthly return,2009-02-10
        NI 59,2009-01,61.5,123,200,monthly return,2009-02-10
        """);
    assertRefused(() -> CsvData.read(dir, "Surrey"),
        at("observations.csv") + ":3: Duplicate observation: NI 59 for 2009-01 published 2009-02-10 is already given at "
            + at("observations.csv") + ":2");
    write("observations.csv", """
        indicator,period,value,numerator,denominator,source,published
        NI 59,2009-01,161.5,,,monthly return,2009-02-10
        NI 101,AY2008/09,12,,,DCSF,2009-12-10
        """);
    CsvData read = CsvData.read(dir, "Surrey");
    assertRefused(() -> read.check(SURREY),
        at("observations.csv") + ":2: NI 59 is a percentage and cannot exceed 100, was 161.5",
        at("observations.csv") + ":3: Indicator NI 101 is not declared in notice surrey-2008");
  }

  /** A quarterly row of a monthly indicator is refused at its line, naming the kind expected. */
  @Test
  void aFigureOfAnotherPeriodKindIsRefusedAtItsLine() throws IOException {
    write("observations.csv", """
        indicator,period,value,numerator,denominator,source,published
        NI 59,2009-01,61.5,123,200,monthly return,2009-02-10
        NI 59,2009-Q1,62,372,600,quarterly return,2009-04-10
        """);
    write("benchmarks.csv", """
        indicator,benchmark,period,value,source,published
        NI 59,ENGLAND,FY2008-09,70,DCSF,2009-10-01
        """);
    CsvData read = CsvData.read(dir, "Surrey");
    assertRefused(() -> read.check(SURREY),
        at("observations.csv") + ":3: NI 59 for 2009-Q1 is a figure for a quarter, but NI 59 reports by month: "
            + "a figure of another period kind is refused; give the figure of each month",
        at("benchmarks.csv") + ":2: NI 59 for FY2008-09 is a figure for a financial year, but NI 59 reports by "
            + "month: a figure of another period kind is refused; give the figure of each month");
  }

  /** The reader records the decimal places each value was written with, which the held value drops. */
  @Test
  void theDecimalsAFigureWasWrittenWithAreKept() throws IOException {
    write("observations.csv", """
        indicator,period,value,numerator,denominator,source,published
        NI 59,2009-01,70.0,,,monthly return,2009-02-10
        NI 59,2009-02,67.20,,,monthly return,2009-03-10
        NI 60,2009-01,70.0,,,monthly return,2009-02-10
        NI 66,2009-01,95,,,monthly return,2009-02-10
        """);
    write("benchmarks.csv", """
        indicator,benchmark,period,value,source,published
        NI 101,ENGLAND,AY2008/09,1.5E-3,DCSF,2009-10-01
        """);
    PerformanceData data = CsvData.read(dir, "Surrey").data();
    IndicatorCatalogue c = IndicatorCatalogue.standard();
    assertThat(data.observations().get(0).value()).isEqualByComparingTo("70").hasToString("70");
    assertThat(data.decimals(c.get("NI 59"))).hasValue(2);
    assertThat(data.decimals(c.get("NI 60"))).hasValue(1);
    assertThat(data.decimals(c.get("NI 66"))).hasValue(0);
    assertThat(data.decimals(c.get("NI 101"))).hasValue(4);
    assertThat(data.decimals(c.get("NI 64"))).isEmpty();
    assertThat(data.asAt(LocalDate.of(2009, 2, 10)).decimals(c.get("NI 60"))).hasValue(1);
  }

  @Test
  void aMissingDirectoryIsAnError() {
    assertThatThrownBy(() -> CsvData.read(dir.resolve("nope"), "Surrey"))
        .isInstanceOf(DataFileException.class).hasMessageContaining("nope: not a directory");
  }

  /** Asserts that reading or checking the files is refused with exactly these errors, in order. */
  private static void assertRefused(ThrowingCallable readOrCheck, String... errors) {
    assertThatThrownBy(readOrCheck).isInstanceOfSatisfying(DataFileException.class, e ->
        assertThat(e.errors()).extracting(DataError::toString).containsExactly(errors));
  }
}
