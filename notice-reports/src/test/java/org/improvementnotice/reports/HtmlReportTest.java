package org.improvementnotice.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.validation.DataValidator;
import org.improvementnotice.rules.Status;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  @Test
  void whatIsRedAndWhyComesFirstThenTheRestByStatus() {
    String html = HtmlReport.render(List.of(Reports.failing()));
    int verdict = html.indexOf("Not complied with: 1 requirement failed");
    int red = html.indexOf("What is red and why");
    int rest = html.indexOf("Everything else, by status");
    int journey = html.indexOf("Journey across the assessment schedule");
    int charts = html.indexOf("Indicators against their targets");
    assertThat(verdict).isPositive();
    assertThat(List.of(verdict, red, rest, journey, charts)).isSorted();
    String redPart = html.substring(red, rest);
    assertThat(redPart).contains("Missed", "at least 65%", "The notice says:", "NI 59 - increase initial assessments");
  }

  @Test
  void noInternalWords() {
    String html = HtmlReport.render(List.of(Reports.failing()));
    String text = visibleText(html);
    for (Status status : Status.values()) {
      assertThat(text).doesNotContain(status.name());
    }
    assertThat(text).doesNotContain("form 1", "GREY", "RED ", "AMBER", "GREEN", "IMPROVING", "NOT_KNOWN", "file:");
    assertThat(text).contains("Data from /tmp/test data/");
    // no unrounded values
    assertThat(Pattern.compile("\\d\\.\\d{4,}").matcher(text).find()).isFalse();
  }

  @Test
  void chartsAreSvgWithATitleADescriptionLabelledDatesAndATable() {
    String html = HtmlReport.render(List.of(Reports.failing()));
    assertThat(html).contains("role=\"img\"", "<title id=\"n1-chart-1-title\">", "<desc id=\"n1-chart-1-desc\">",
        "Percent (%)", "England average", "Expected path to the target", "Figure judged a failure",
        "due 31 Mar 2013", "assessed 30 Jun 2013", "target at least 65% by 31 Mar 2013",
        "<table class=\"figures\">", "<th scope=\"row\">January 2013</th>");
    // no tick above 100 on a percentage axis
    Matcher ticks = Pattern.compile(">(\\d+)</text>").matcher(svg(html));
    while (ticks.find()) {
      assertThat(Integer.parseInt(ticks.group(1))).isLessThanOrEqualTo(100);
    }
  }

  /**
   * The audit record on demand: each finding's figures, and under each the published figures it rests on (a
   * quarter's months); a value the engine worked out says so.
   */
  @Test
  void aFindingsFiguresAndTheirSourcesAreShownOnDemand() {
    String html = HtmlReport.render(List.of(Reports.failing()));
    assertThat(html).contains("<details class=\"sources\"><summary>Figures used and their sources</summary>",
        "<li>Figure 61.2% for January to March 2013<ul>",
        "<li>January 2013: 61.0% (6100 of 10000), monthly return, published 10 February 2013</li>",
        "<li>March 2013: 60.0% (6000 of 10000), monthly return, published 10 April 2013</li>",
        "<li>Expected 67.0% for May 2013: worked out, or stated in the notice</li>");
  }

  /**
   * A rate derived from two counts is charted from the counts, as the rules judge it: 40 assessments of 80
   * referrals in January 2013 is 50%, 45 of 60 in February is 75%; the data holds no rate itself.
   */
  @Test
  void aDerivedRateIsChartedFromItsCounts() {
    Notice notice = org.improvementnotice.model.language.NoticeLanguage.parse("derived.notice", String.join("\n",
        "notice derived",
        "recipient \"Testshire County Council\"",
        "issuer \"DfE\"",
        "issued 1 October 2012",
        "indicator \"REFERRALS\" named \"Referrals received\" unit count polarity higher is better reported by month",
        "indicator \"IA STARTED\" named \"Initial assessments started\" unit count polarity higher is better"
            + " reported by month",
        "indicator \"REFERRAL TO IA\" named \"Referrals leading to an initial assessment\" unit percent polarity"
            + " higher is better reported by month derived from \"IA STARTED\" over \"REFERRALS\"",
        "measure ia \"Most referrals lead to an initial assessment\"",
        "  target \"REFERRAL TO IA\" at least 70% by 31 March 2013",
        ""));
    PerformanceData.Builder data = PerformanceData.builder("Testshire County Council");
    String[][] counts = {{"2013-01", "80", "40"}, {"2013-02", "60", "45"}};
    for (String[] c : counts) {
      Period month = Period.parse(c[0]);
      data.addObservation(Observation.of(IndicatorId.of("REFERRALS"), month,
          new BigDecimal(c[1]), "monthly return", month.endInclusive().plusDays(10)));
      data.addObservation(Observation.of(IndicatorId.of("IA STARTED"), month,
          new BigDecimal(c[2]), "monthly return", month.endInclusive().plusDays(10)));
    }
    String html = HtmlReport.render(List.of(Reports.evaluation(notice, data.build(), LocalDate.of(2013, 3, 20))));
    String table = html.substring(html.indexOf("<caption>REFERRAL TO IA"));
    assertThat(table.substring(0, table.indexOf("</table>"))).contains(
        "<tr><th scope=\"row\">January 2013</th><td>50.0%</td><td></td><td></td></tr>",
        "<tr><th scope=\"row\">February 2013</th><td>75.0%</td><td>70.0%</td><td></td></tr>");
  }

  /** The records a finding rests on, on demand: an action's completion, the board's judgement. */
  @Test
  void aFindingsRecordsAreShownOnDemand() {
    Notice notice = org.improvementnotice.model.language.NoticeLanguage.parse("records.notice", String.join("\n",
        "notice records",
        "recipient \"Testshire County Council\"",
        "issuer \"DfE\"",
        "issued 1 October 2012",
        "measure plan \"An improvement plan agreed by the end of November 2012\"",
        "  action \"An improvement plan agreed\" by 30 November 2012",
        "measure partners \"Working with partners\"",
        "  qualitative \"Working with partners on early help\"",
        ""));
    PerformanceData data = PerformanceData.builder("Testshire County Council")
        .addAction(new org.improvementnotice.model.data.ActionEvidence(
            org.improvementnotice.model.requirement.RequirementId.of("plan"), LocalDate.of(2012, 11, 20),
            "Cabinet minute 41", LocalDate.of(2012, 11, 22)))
        .addJudgement(new org.improvementnotice.model.data.BoardJudgement(
            org.improvementnotice.model.requirement.RequirementId.of("partners"), org.improvementnotice.model.Rag.AMBER,
            LocalDate.of(2012, 12, 10), "Early days."))
        .build();
    String html = HtmlReport.render(List.of(Reports.evaluation(notice, data, LocalDate.of(2012, 12, 31))));
    assertThat(html).contains("<details class=\"sources\"><summary>Records used</summary><ul>"
            + "<li>Completion: completed 20 November 2012, Cabinet minute 41, recorded 22 November 2012</li>"
            + "</ul></details>",
        "<li>Board judgement: rated amber on 10 December 2012: Early days.</li>");
    // a finding on figures alone has no records to show
    assertThat(HtmlReport.render(List.of(Reports.failing()))).doesNotContain("Records used");
  }

  @Test
  void isSelfContainedAndDeterministic() {
    String html = HtmlReport.render(List.of(Reports.failing()));
    assertThat(html).doesNotContain("<script", "<link", "src=\"http", "href=\"http", "@import", "<img");
    assertThat(HtmlReport.render(List.of(Reports.failing()))).isEqualTo(html);
    Matcher ids = Pattern.compile(" id=['\"]([^'\"]+)['\"]").matcher(html);
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (ids.find()) {
      assertThat(seen.add(ids.group(1))).as("id %s is unique", ids.group(1)).isTrue();
    }
  }

  @Test
  void everyTextIsEscapedAndNeutralised() {
    for (String payload : SafeTextTest.PAYLOADS) {
      String text = payload.replace("\"", "");
      Notice notice = Reports.notice("A <b>Council</b> & Co " + text, "NI 59 <script>alert('x')</script> " + text);
      String html = HtmlReport.render(List.of(Reports.evaluation(notice, Reports.data(notice.recipient().council(),
          "50", "60", "70"), LocalDate.of(2013, 6, 30))));
      assertThat(html).doesNotContain("<script", "<b>Council").contains("A &lt;b&gt;Council&lt;/b&gt; &amp; Co")
          .contains("NI 59 &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
      assertThat(SafeTextTest.controls(html)).as("payload %s", payload.chars().boxed().toList()).isZero();
    }
  }

  @Test
  void aValueThatPassesValidationAlwaysRenders() {
    Notice notice = org.improvementnotice.model.language.NoticeLanguage.parse("big.notice", String.join("\n",
        "notice big", "recipient \"Bigshire\"", "issuer \"DfE\"", "issued 1 October 2012",
        "indicator \"IA OUT OF TIMESCALE\"", "measure late \"no more than 200 late\"",
        "  target \"IA OUT OF TIMESCALE\" at most 200 by 31 March 2013", ""));
    PerformanceData.Builder data = PerformanceData.builder("Bigshire");
    // The largest figure the model accepts (less than 10^15; 1e400 is refused where an observation is made).
    List<String> values = List.of("150", "999999999999999", "1e14", "180");
    for (int i = 0; i < values.size(); i++) {
      Period month = Period.parse("2013-0" + (i + 1));
      data.addObservation(new Observation(org.improvementnotice.model.indicator.IndicatorId.of("IA OUT OF TIMESCALE"),
          month, new BigDecimal(values.get(i)), Optional.empty(), "return", month.endInclusive().plusDays(5)));
    }
    PerformanceData built = data.build();
    assertThat(DataValidator.validate(notice, built)).isEmpty();
    for (LocalDate asAt : List.of(LocalDate.of(2013, 3, 15), LocalDate.of(2013, 6, 30))) {
      String html = HtmlReport.render(List.of(Reports.evaluation(notice, built, asAt)));
      assertThat(html).contains("<svg").doesNotContain("Infinity", "NaN");
    }
  }

  private static String svg(String html) {
    int start = html.indexOf("<svg id=");
    return html.substring(start, html.indexOf("</svg>", start));
  }

  /** The text a reader sees: no markup, no style sheet, no attribute values. */
  static String visibleText(String html) {
    return html.replaceAll("(?s)<style>.*?</style>", "").replaceAll("(?s)<[^>]*>", " ")
        .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'").replace("&quot;", "\"");
  }
}
