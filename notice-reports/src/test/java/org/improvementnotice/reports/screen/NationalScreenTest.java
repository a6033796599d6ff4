package org.improvementnotice.reports.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.BenchmarkValue;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.language.NoticeLanguage;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.rules.ComplianceEngine;
import org.improvementnotice.rules.Status;
import org.junit.jupiter.api.Test;

class NationalScreenTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.create();
  private static final IndicatorId REPEAT = IndicatorId.of("CPP SUBSEQUENT");
  private static final IndicatorId LONG = IndicatorId.of("CPP 2 YEARS OR MORE");
  private static final LocalDate AS_AT = LocalDate.of(2015, 11, 30);

  private static final Notice NOTICE = NoticeLanguage.parse("screen.notice", String.join("\n",
      "notice screen",
      "recipient \"Each council\"",
      "issuer \"Department for Education\"",
      "issued 1 April 2013",
      "term until 31 March 2016",
      "indicator \"CPP SUBSEQUENT\"",
      "indicator \"CPP 2 YEARS OR MORE\"",
      "measure repeat \"Repeat plans at most the statistical neighbour average.\"",
      "  relative \"CPP SUBSEQUENT\" at most statistical neighbour average by 31 March 2015",
      "measure target \"Repeat plans at most 15% in 2014-15.\"",
      "  target \"CPP SUBSEQUENT\" at most 15% in financial year 2014-15",
      "measure long \"Plans open two years or more at most 5% in every year.\"",
      "  maintain \"CPP 2 YEARS OR MORE\" at most 5% throughout the notice",
      "measure improve \"Improve repeat plans.\"",
      "  improve \"CPP SUBSEQUENT\" from baseline at issue",
      ""));

  private static Observation figure(IndicatorId indicator, String period, String value) {
    return Observation.of(indicator, Period.parse(period), new BigDecimal(value), "test",
        Period.parse(period).endInclusive().plusMonths(7));
  }

  /** A council's repeat plans in 2012-13 to 2014-15, its neighbours' 2014-15 average, its long plans. */
  private static ScreenSubject council(String code, String fy13, String fy14, String fy15, String neighbours,
      String long14, String long15) {
    PerformanceData data = PerformanceData.builder("Council " + code)
        .addObservation(figure(REPEAT, "FY2012-13", fy13))
        .addObservation(figure(REPEAT, "FY2013-14", fy14))
        .addObservation(figure(REPEAT, "FY2014-15", fy15))
        .addObservation(figure(LONG, "FY2013-14", long14))
        .addObservation(figure(LONG, "FY2014-15", long15))
        .addBenchmark(new BenchmarkValue(REPEAT, BenchmarkKind.STATISTICAL_NEIGHBOURS, Period.parse("FY2014-15"),
            new BigDecimal(neighbours), "test", LocalDate.of(2015, 10, 29)))
        .build();
    return new ScreenSubject(code, "Council " + code, "Region", data);
  }

  private static final List<ScreenSubject> COUNCILS = List.of(
      council("300", "20", "18", "16", "15", "4", "6"),     // 1 above its neighbours; 2014-15 long plans 6%
      council("100", "20", "22", "21", "15", "3", "2"),     // 6 above; worse than at issue
      council("200", "12", "11", "10", "15", "9", "1"));    // 5 below; long plans 9% in 2013-14

  private final ScreenResult screen = NationalScreen.screen(ENGINE, NOTICE, COUNCILS, AS_AT);

  private static BigDecimal distance(ScreenRow row, String requirement) {
    return row.cell(RequirementId.of(requirement)).orElseThrow().distance().orElseThrow();
  }

  @Test
  void eachFindingHasItsFigureTargetAndDistanceThePolarityOfTheRequirementSays() {
    assertThat(screen.rows()).extracting(ScreenRow::code).containsExactly("100", "200", "300");
    ScreenRow worst = screen.rows().get(0);
    ScreenCell repeat = worst.cell(RequirementId.of("repeat")).orElseThrow();
    assertThat(repeat.status()).isEqualTo(Status.MISSED);
    assertThat(repeat.figure()).hasValue(new BigDecimal("21"));
    assertThat(repeat.target()).hasValue(new BigDecimal("15"));
    assertThat(repeat.distance()).hasValue(new BigDecimal("-6"));        // at most: target minus figure
    assertThat(distance(screen.rows().get(1), "repeat")).isEqualByComparingTo("5");
    assertThat(distance(worst, "target")).isEqualByComparingTo("-6");   // 15 - 21
    // improve: the latest against the baseline at issue (2012-13), lower is better for the indicator
    assertThat(worst.cell(RequirementId.of("improve")).orElseThrow().status()).isEqualTo(Status.NOT_IMPROVED);
    assertThat(distance(worst, "improve")).isEqualByComparingTo("-1");  // 20 - 21
    assertThat(distance(screen.rows().get(2), "improve")).isEqualByComparingTo("4");   // 20 - 16
  }

  @Test
  void overAWindowTheFigureIsThePeriodFurthestBehind() {
    ScreenRow council200 = screen.rows().get(1);
    ScreenCell longPlans = council200.cell(RequirementId.of("long")).orElseThrow();
    assertThat(longPlans.status()).isEqualTo(Status.NOT_MAINTAINED);
    assertThat(longPlans.figure()).hasValue(new BigDecimal("9"));       // 2013-14, not the latest 1
    assertThat(longPlans.distance()).hasValue(new BigDecimal("-4"));
  }

  @Test
  void sortsByDistanceFurthestBehindFirst() {
    assertThat(screen.sortedBy(ScreenSort.parse("distance:repeat")).rows()).extracting(ScreenRow::code)
        .containsExactly("100", "300", "200");
    assertThat(screen.sortedBy(ScreenSort.parse("distance:long")).rows()).extracting(ScreenRow::code)
        .containsExactly("200", "300", "100");
    assertThat(screen.sortedBy(ScreenSort.parse("verdict")).rows()).extracting(ScreenRow::compliedSoFar)
        .containsExactly(false, false, false);
    assertThatThrownBy(() -> screen.sortedBy(ScreenSort.parse("distance:nope")))
        .hasMessage("The notice has no requirement nope; it has repeat, target, long, improve");
    assertThatThrownBy(() -> ScreenSort.parse("distance:")).hasMessageContaining("is not a sort");
  }

  @Test
  void writesATableAndJsonThatReadsBack() throws Exception {
    StringWriter text = new StringWriter();
    ScreenText.write(screen.sortedBy(ScreenSort.parse("distance:repeat")), new PrintWriter(text));
    assertThat(text.toString()).startsWith("National screen: screen as at 2015-11-30, 3 councils, 0 complied with "
        + "so far; sorted by distance from the target of repeat, furthest behind first")
        .contains("MISSED RED 21 vs 15 (-6)", "MET GREEN 10 vs 15 (+5)");
    StringWriter json = new StringWriter();
    ScreenJson.write(screen, json);
    ScreenJson.Document doc = ScreenJson.read(new StringReader(json.toString()));
    assertThat(doc).isEqualTo(ScreenJson.document(screen));
    assertThat(doc.rows().get(0).findings().get(0).distance()).isEqualTo("-6");
  }

  @Test
  void isDeterministic() {
    assertThat(NationalScreen.screen(ENGINE, NOTICE, COUNCILS, AS_AT)).isEqualTo(screen);
  }
}
