package org.improvementnotice.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.BenchmarkValue;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.data.Ratio;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.language.NoticeLanguage;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.rules.ComplianceEngine;

/** Small notices and data for the reports' tests, written here rather than read from the examples. */
final class Reports {
  static final ComplianceEngine ENGINE = ComplianceEngine.create();
  static final IndicatorId NI59 = IndicatorId.of("NI 59");

  private Reports() {}

  /** A notice on NI 59: 65% in the quarter to 31 March 2013, 77% by 31 March 2014, with the given texts. */
  static Notice notice(String council, String clause) {
    return NoticeLanguage.parse("test.notice", String.join("\n",
        "notice test-notice",
        "recipient \"" + council + "\"",
        "issuer \"DfE\"",
        "issued 1 October 2012",
        "indicator \"NI 59\"",
        "measure ni59 \"" + clause + "\"",
        "  targets \"NI 59\" at least 65% in quarter to 31 March 2013 then at least 77% by 31 March 2014",
        ""));
  }

  static Notice notice() {
    return notice("Testshire County Council", "NI 59 - increase initial assessments to 65% and then 77%");
  }

  /** Monthly NI 59 figures from October 2012, one per value, with an England benchmark for each quarter. */
  static PerformanceData data(String council, String... values) {
    PerformanceData.Builder data = PerformanceData.builder(council);
    for (int i = 0; i < values.length; i++) {
      Period month = Period.parse(String.format("%d-%02d", 2012 + (9 + i) / 12, (9 + i) % 12 + 1));
      BigDecimal value = new BigDecimal(values[i]);
      data.addObservation(new Observation(NI59, month, value,
          Optional.of(Ratio.of(value.movePointRight(2).longValueExact(), 10000)), "monthly return",
          month.endInclusive().plusDays(10)));
    }
    data.addBenchmark(new BenchmarkValue(NI59, BenchmarkKind.ENGLAND, Period.parse("2013-Q1"), new BigDecimal("71.5"),
        "DfE", LocalDate.of(2013, 6, 1)));
    return data.build();
  }

  static Evaluation evaluation(Notice notice, PerformanceData data, LocalDate... dates) {
    List<org.improvementnotice.rules.ComplianceReport> reports = java.util.Arrays.stream(dates)
        .map(d -> ENGINE.evaluate(notice, data, d)).toList();
    return new Evaluation(notice, data, "data from file:///tmp/test%20data/", reports);
  }

  /** The notice with figures below target in the first quarter, evaluated in June 2013 and March 2014. */
  static Evaluation failing() {
    Notice notice = notice();
    return evaluation(notice, data(notice.recipient().council(), "58", "59.5", "60", "61", "62.5", "60", "63", "64"),
        LocalDate.of(2013, 6, 30), LocalDate.of(2013, 9, 30));
  }
}
