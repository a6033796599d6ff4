package org.improvementnotice.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.reports.Evaluation;
import org.improvementnotice.cli.Fixtures;
import org.improvementnotice.cli.Sources;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.language.NoticeLanguage;
import org.improvementnotice.rules.ComplianceEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

  @TempDir
  Path dir;

  @Test
  void everyTextIsEscapedClauseTextIncluded() {
    Notice notice = NoticeLanguage.parse("esc.notice", String.join("\n",
        "notice esc",
        "recipient \"A <b>Council</b> & Co\"",
        "issuer \"DfE\"",
        "issued 1 May 2012",
        "indicator \"NI 59\"",
        "measure m1 \"NI 59 <script>alert('x')</script> & \\\"quoted\\\" to 65% by 2013\"",
        "  target \"NI 59\" at least 65% in quarter to 31 March 2013", ""));
    Sources.LoadedData data = Sources.data(notice, Optional.empty());
    String html = HtmlReport.render(List.of(Evaluation.at(ComplianceEngine.create(), notice, data.data(), data.describe(),
        LocalDate.of(2013, 6, 30))));
    assertThat(html).doesNotContain("<script", "<b>Council")
        .contains("A &lt;b&gt;Council&lt;/b&gt; &amp; Co")
        .contains("NI 59 &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot; to 65% by 2013");
  }

  @Test
  void isSelfContained() throws IOException {
    Notice notice = Sources.notice("surrey-2008").notice();
    Sources.LoadedData data = Sources.data(notice, Optional.of(Fixtures.surreyData(dir.resolve("d"), 15, "1.5")));
    String html = HtmlReport.render(List.of(Evaluation.overSchedule(ComplianceEngine.create(), notice, data.data(), data.describe())));
    assertThat(html).doesNotContain("<script", "<link", "src=\"http", "url(", "@import");
    assertThat(html).contains("<polyline class=\"observed\"", "<rect class=\"benchmark\"",
        "<line class=\"target\"", "<line class=\"deadline\"", "Journey across the assessment schedule");
  }
}
