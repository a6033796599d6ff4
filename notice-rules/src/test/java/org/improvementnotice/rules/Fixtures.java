package org.improvementnotice.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.Governance;
import org.improvementnotice.model.IssueDate;
import org.improvementnotice.model.Issuer;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.Recipient;
import org.improvementnotice.model.Term;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.data.Ratio;
import org.improvementnotice.model.indicator.IndicatorCatalogue;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.indicator.Unit;
import org.improvementnotice.model.requirement.AverageOverPeriod;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.requirement.Threshold;
import org.improvementnotice.model.time.CalendarMonth;
import org.improvementnotice.model.time.Period;

/** Notices and data for the rule tests: one engine shared by every test (the rule base loads once). */
final class Fixtures {
  static final ComplianceEngine ENGINE = ComplianceEngine.create();
  /** The engine with strict missing data: a figure the council should have supplied and did not is missed. */
  static final ComplianceEngine STRICT = ENGINE.withSettings(Settings.builder().missingData(MissingData.STRICT)
      .build());
  static final LocalDate ISSUE = LocalDate.of(2008, 12, 1);
  static final LocalDate END = LocalDate.of(2010, 9, 30);
  static final IndicatorId NI59 = IndicatorId.of("NI 59");
  static final IndicatorId VACANCY = IndicatorId.of("SW VACANCY");
  static final IndicatorId UNALLOCATED = IndicatorId.of("UNALLOCATED");
  static final IndicatorId NI101 = IndicatorId.of("NI 101");

  /** The boards the test notices declare, so that governance requirements name a declared board. */
  static final Governance BOARDS = new Governance(java.util.List.of(new org.improvementnotice.model.Board(
      "Improvement Board", java.util.Optional.of("Independent Chair"), java.util.Optional.empty(), java.util.List.of(),
      java.util.List.of())), java.util.List.of());

  private Fixtures() {}

  /** A notice issued 1 December 2008, ending 30 September 2010, with each requirement as its own measure. */
  static Notice notice(Requirement... requirements) {
    return notice(BOARDS, ISSUE, requirements);
  }

  static Notice notice(Governance governance, LocalDate issued, Requirement... requirements) {
    Notice.Builder b = Notice.builder()
        .id("test-notice")
        .recipient(Recipient.of("Test Council"))
        .issuer(Issuer.of("Department for Children, Schools and Families"))
        .issued(IssueDate.stated(issued))
        .term(new Term.Until(END.isAfter(issued) ? END : issued.plusYears(2)))
        .governance(governance);
    IndicatorCatalogue.standard().indicators().forEach(b::addIndicator);
    for (Requirement r : requirements) {
      b.addMeasure(Measure.of(r.id().value().replace('.', '-'), "Tests", "Clause of " + r.id(), r));
    }
    return b.build();
  }

  /** Requirement "avg": NI 59 at least 65% on average over the period. */
  static AverageOverPeriod ni59AverageOfAtLeast65(Period period) {
    return new AverageOverPeriod(RequirementId.of("avg"), NI59, Threshold.atLeast("65", Unit.PERCENT), period);
  }

  /**
   * A notice in the notice language, Anyshire Council's from the Department for Education, issued and in force
   * as given, with the rest of its statements (indicators, measures) in {@code lines}.
   */
  static Notice written(String id, String issued, String term, String... lines) {
    return org.improvementnotice.model.language.NoticeLanguage.parse(id + ".notice", String.join("\n",
        "notice " + id, "recipient \"Anyshire Council\"", "issuer \"Department for Education\"", "issued " + issued,
        "term " + term, String.join("\n", lines), ""));
  }

  static PerformanceData.Builder data() {
    return PerformanceData.builder("Test Council");
  }

  /** A figure for the month, published on the 15th of the month after. */
  static Observation month(IndicatorId id, int year, int month, String value) {
    CalendarMonth p = CalendarMonth.of(year, month);
    return Observation.of(id, p, new BigDecimal(value), "test", p.endInclusive().plusDays(15));
  }

  /** A figure for the period, published on the date. */
  static Observation figure(IndicatorId id, Period p, String value, LocalDate published) {
    return Observation.of(id, p, new BigDecimal(value), "test", published);
  }

  /** A percentage for the month from numerator and denominator, published on the 15th of the month after. */
  static Observation ratio(IndicatorId id, int year, int month, long numerator, long denominator) {
    CalendarMonth p = CalendarMonth.of(year, month);
    BigDecimal value = BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator),
        java.math.MathContext.DECIMAL64);
    return new Observation(id, p, value, Optional.of(Ratio.of(numerator, denominator)), "test",
        p.endInclusive().plusDays(15));
  }

  /** Each finding as "id STATUS RAG rule". */
  static List<String> summary(ComplianceReport report) {
    for (Finding f : report.findings()) {
      if (f.explanation().contains("null") || !f.explanation().endsWith(".")) {
        throw new AssertionError("Explanation of " + f.requirement() + " is not a finished sentence: "
            + f.explanation());
      }
    }
    return report.findings().stream()
        .map(f -> f.requirement() + " " + f.status() + " " + f.rag() + " " + f.rule())
        .toList();
  }

  static List<String> evaluate(Notice notice, PerformanceData data, LocalDate asAt) {
    return summary(ENGINE.evaluate(notice, data, asAt));
  }

  static List<String> evaluate(ComplianceEngine engine, Notice notice, PerformanceData data, LocalDate asAt) {
    return summary(engine.evaluate(notice, data, asAt));
  }

  /**
   * Asserts that the notice, evaluated against the data at the date, has exactly these findings, in order.
   *
   * @return the report, for what a test checks besides the findings' summaries
   */
  static ComplianceReport assertFindings(Notice notice, PerformanceData data, LocalDate asAt, String... expected) {
    ComplianceReport report = ENGINE.evaluate(notice, data, asAt);
    assertThat(summary(report)).containsExactly(expected);
    return report;
  }

  /** Asserts that the notice, evaluated by the engine against the data at the date, has exactly these findings. */
  static void assertFindings(ComplianceEngine engine, Notice notice, PerformanceData data, LocalDate asAt,
      String... expected) {
    assertThat(evaluate(engine, notice, data, asAt)).containsExactly(expected);
  }

  /** Asserts that the report has exactly one finding, with the summary and the explanation. */
  static void assertSoleFinding(ComplianceReport report, String summary, String explanation) {
    assertThat(summary(report)).containsExactly(summary);
    assertThat(report.findings().get(0).explanation()).isEqualTo(explanation);
  }
}
