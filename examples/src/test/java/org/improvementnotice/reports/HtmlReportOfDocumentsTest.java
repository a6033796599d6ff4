package org.improvementnotice.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.cli.Sources;
import org.improvementnotice.model.Notice;
import org.improvementnotice.rules.ComplianceEngine;
import org.improvementnotice.rules.Status;
import org.junit.jupiter.api.Test;

/** The HTML report of the five bundled documents over their schedules, as the main job writes it. */
class HtmlReportOfDocumentsTest {

  static String fiveDocuments() throws IOException {
    ComplianceEngine engine = ComplianceEngine.create();
    List<Evaluation> evaluations = new ArrayList<>();
    for (String id : Sources.BUNDLED) {
      Notice notice = Sources.notice(id).notice();
      Sources.LoadedData data = Sources.data(notice, Optional.empty());
      evaluations.add(Evaluation.overSchedule(engine, notice, data.data(), data.describe())
          .withNote(Evaluation.ILLUSTRATIVE));
    }
    return HtmlReport.render(evaluations);
  }

  @Test
  void isSelfContainedAndSpeaksPlainly() throws IOException {
    String html = fiveDocuments();
    assertThat(html).doesNotContain("<script", "<link", "src=\"http", "@import", "<img");
    assertThat(html).as("only references inside the document").doesNotContainPattern("url\\((?!#)");
    assertThat(html).contains("What is red and why", "Everything else, by status", "Journey across the assessment schedule",
        "Indicators against their targets", "The figures are illustrative", "England average", "Percent (%)");
    String text = html.replaceAll("(?s)<style>.*?</style>", "").replaceAll("(?s)<[^>]*>", " ");
    // indicator ids may hold such words ("LAC MISSED 25D"): they are names, not statuses
    for (String id : Sources.BUNDLED) {
      for (var indicator : Sources.notice(id).notice().indicators()) {
        text = text.replace(indicator.id().value(), "");
      }
    }
    for (Status status : Status.values()) {
      assertThat(text).as("status %s in words", status).doesNotContain(status.name());
    }
    assertThat(text).doesNotContain("file:", "form 14", "GREY 16", "TREND_DOWN");
    assertThat(java.util.regex.Pattern.compile("\\d\\.\\d{4,}").matcher(text).find()).as("unrounded value").isFalse();
    assertThat(text).contains("Data from ").containsPattern("Data from /\\S+/data/surrey-2008/");
  }
}
