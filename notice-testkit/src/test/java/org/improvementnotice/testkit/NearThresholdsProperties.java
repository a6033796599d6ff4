package org.improvementnotice.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.RequirementForm;
import org.improvementnotice.model.requirement.ThresholdInPeriod;
import org.improvementnotice.model.validation.DataValidator;

/** Data dense near the thresholds is still valid, and does hit the thresholds. */
class NearThresholdsProperties {

  @Provide
  Arbitrary<NoticeAndData> near() {
    return Pairs.withData(NoticeArbitraries.notices().ofForms(RequirementForm.THRESHOLD_IN_PERIOD,
        RequirementForm.MAINTAIN), PerformanceDataArbitrary::nearThresholds);
  }

  @Property(tries = 50)
  void dataNearThresholdsPassesValidation(@ForAll("near") NoticeAndData pair) {
    assertThat(DataValidator.validate(pair.notice(), pair.data())).isEmpty();
  }

  @Property(tries = 100)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)   // the coverage check below says what it showed
  void someFiguresEqualAThreshold(@ForAll("near") NoticeAndData pair) {
    boolean hit = false;
    for (Requirement r : pair.notice().decidableRequirements()) {
      if (r instanceof ThresholdInPeriod t) {
        for (Observation o : pair.data().observations()) {
          hit |= o.indicator().equals(t.indicator()) && o.value().compareTo(t.threshold().value()) == 0;
        }
      }
    }
    Statistics.label("a figure exactly at a threshold").collect(hit);
    Statistics.label("a figure exactly at a threshold").coverage(c -> c.check(true).percentage(p -> p > 30));
  }
}
