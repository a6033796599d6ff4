package org.improvementnotice.rules;

import static org.improvementnotice.rules.Fixtures.NI59;
import static org.improvementnotice.rules.Fixtures.VACANCY;
import static org.improvementnotice.rules.Fixtures.data;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.AssessmentSchedule;
import org.improvementnotice.model.IssueDate;
import org.improvementnotice.model.Issuer;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.MeasureId;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.Recipient;
import org.improvementnotice.model.Term;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.indicator.IndicatorCatalogue;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.indicator.Unit;
import org.improvementnotice.model.requirement.Due;
import org.improvementnotice.model.requirement.Maintain;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.requirement.Stage;
import org.improvementnotice.model.requirement.StagedTargets;
import org.improvementnotice.model.requirement.Threshold;
import org.improvementnotice.model.requirement.ThresholdByDate;
import org.improvementnotice.model.requirement.Trajectory;
import org.improvementnotice.model.time.CalendarQuarter;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.time.Window;

/**
 * The performance-indicator measures of the Surrey 2008 notice (as in the examples module, which depends on
 * this one and so cannot be used here), with two years of monthly figures.
 */
final class Surrey {
  static final IndicatorId NI60 = IndicatorId.of("NI 60");
  static final IndicatorId NI66 = IndicatorId.of("NI 66");

  /** The date of the verdict that the engine's tests check in full. */
  static final LocalDate VERDICT_DATE = LocalDate.of(2009, 12, 20);

  /** The notice's verdict on {@link #VERDICT_DATE} on {@link #data()}, each finding as {@link Fixtures#summary}. */
  static final List<String> VERDICT = List.of(
      "ni59.1 MISSED AMBER threshold missed within tolerance",
      "ni59.2 AT_RISK AMBER forecast at risk",
      "ni60.1 MET GREEN threshold met",
      "ni60.2 AT_RISK AMBER forecast at risk",
      "ni66.1 MET GREEN threshold met",
      "ni66.2 NOT_MAINTAINED RED level not maintained",
      "vacancy.1 MISSED RED threshold missed",
      "vacancy.2 OFF_TRACK RED forecast off track");

  private Surrey() {}

  static Notice notice() {
    return notice(Optional.of(new Term.Until(LocalDate.of(2010, 9, 30))), new AssessmentSchedule(Optional.empty(),
        Optional.empty(), AssessmentSchedule.quarterly(YearMonth.of(2009, 1), YearMonth.of(2010, 9))));
  }

  /** The same measures with another term (none: no end) and schedule. */
  static Notice notice(Optional<Term> term, AssessmentSchedule schedule) {
    IndicatorCatalogue c = IndicatorCatalogue.standard();
    Notice.Builder b = Notice.builder().id("surrey-2008").recipient(Recipient.of("Surrey County Council"))
        .issuer(Issuer.of("Department for Children, Schools and Families"))
        .issued(IssueDate.assumed(LocalDate.of(2008, 12, 1)))
        .schedule(schedule);
    term.ifPresent(b::term);
    return b.addIndicator(c.get("NI 59")).addIndicator(c.get("NI 60")).addIndicator(c.get("NI 66"))
        .addIndicator(c.get("SW VACANCY"))
        .addMeasure(staged("ni59", NI59, "NI 59 - ... to 65% in the quarter to 31 March 2009 and to 77% by 31 March 2010;",
            "65", "77"))
        .addMeasure(staged("ni60", NI60, "NI 60 - ... to 65% in the quarter to 31 March 2009 and to 90% by 31 March 2010;",
            "65", "90"))
        .addMeasure(new Measure(MeasureId.of("ni66"), "Outcomes",
            "NI 66 – ... to 95% by 31 March 2009 and to maintain that level by 31 March 2010;",
            List.of(new ThresholdByDate(RequirementId.of("ni66.1"), NI66, Threshold.atLeast("95", Unit.PERCENT),
                    Deadline.on(LocalDate.of(2009, 3, 31)), Trajectory.fromIssue(), Optional.empty()),
                new Maintain(RequirementId.of("ni66.2"), NI66, Threshold.atLeast("95", Unit.PERCENT),
                    Window.between(LocalDate.of(2009, 4, 1), LocalDate.of(2010, 3, 31))))))
        .addMeasure(Measure.of("vacancy", "Outcomes",
            "reduce the social work vacancy rate to 14% by 31 March 2009 and 11% by 31 March 2010;",
            new StagedTargets(RequirementId.of("vacancy"), VACANCY, Optional.empty(), List.of(
                new Stage(Threshold.atMost("14", Unit.PERCENT), Due.by(Deadline.on(LocalDate.of(2009, 3, 31)))),
                new Stage(Threshold.atMost("11", Unit.PERCENT), Due.by(Deadline.on(LocalDate.of(2010, 3, 31))))),
                Optional.empty())))
        .build();
  }

  private static Measure staged(String id, IndicatorId indicator, String clause, String first, String second) {
    return Measure.of(id, "Outcomes", clause, new StagedTargets(RequirementId.of(id), indicator, Optional.empty(),
        List.of(new Stage(Threshold.atLeast(first, Unit.PERCENT), Due.in(CalendarQuarter.of(2009, 1))),
            new Stage(Threshold.atLeast(second, Unit.PERCENT), Due.by(Deadline.on(LocalDate.of(2010, 3, 31))))),
        Optional.empty()));
  }

  /**
   * Monthly figures from October 2008 to August 2010: NI 59 and NI 60 by numerator and denominator, rising
   * steadily; NI 66 at 96% but for 93% in November 2009; the vacancy rate falling from 20%.
   */
  static PerformanceData data() {
    PerformanceData.Builder b = Fixtures.data();
    YearMonth m = YearMonth.of(2008, 10);
    for (int i = 0; m.isBefore(YearMonth.of(2010, 9)); i++, m = m.plusMonths(1)) {
      b.addObservation(Fixtures.ratio(NI59, m.getYear(), m.getMonthValue(), 55 + i, 100));
      b.addObservation(Fixtures.ratio(NI60, m.getYear(), m.getMonthValue(), 240 + 6 * i, 400));
      b.addObservation(Fixtures.month(NI66, m.getYear(), m.getMonthValue(),
          m.equals(YearMonth.of(2009, 11)) ? "93" : "96"));
      b.addObservation(Fixtures.month(VACANCY, m.getYear(), m.getMonthValue(), Integer.toString(20 - i / 3)));
    }
    return b.build();
  }
}
