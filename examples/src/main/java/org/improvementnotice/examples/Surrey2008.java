package org.improvementnotice.examples;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.AssessmentSchedule;
import org.improvementnotice.model.Consequence;
import org.improvementnotice.model.Instrument;
import org.improvementnotice.model.IssueDate;
import org.improvementnotice.model.Issuer;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.MeasureId;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.NoticeEvidence;
import org.improvementnotice.model.Recipient;
import org.improvementnotice.model.Term;
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
import org.improvementnotice.model.time.StatedDate;
import org.improvementnotice.model.time.Window;

/**
 * Part of the Surrey County Council Improvement Notice of 2008 built through the model's Java API: the
 * NI 59, NI 60, NI 66 and social work vacancy rate measures, worded as the document words them. The
 * document is undated; its first assessment is in January 2009, so the issue date is assumed to be
 * 1 December 2008.
 */
public final class Surrey2008 {

  static final String GROUP = "Demonstrate clear evidence of improvement in outcomes";

  private Surrey2008() {}

  /** The notice with its four performance-indicator measures. */
  public static Notice notice() {
    IndicatorCatalogue catalogue = IndicatorCatalogue.standard();
    return Notice.builder()
        .id("surrey-2008")
        .instrument(Instrument.IMPROVEMENT_NOTICE)
        .recipient(new Recipient("Surrey County Council", Optional.of(
            "Councillor Nick Skellett, Leader of the Council, Surrey County Council, County Hall, Penrhyn Road, "
                + "Kingston upon Thames, Surrey, KT1 2DJ")))
        .issuer(Issuer.of("Department for Children, Schools and Families"))
        .serviceArea("Children's Services")
        .addEvidence(new NoticeEvidence("Joint Area Review", Optional.of(StatedDate.parse("2008-07"))))
        .addEvidence(new NoticeEvidence("DCSF-commissioned Diagnostic Report", Optional.of(StatedDate.parse("2008-08"))))
        .issued(IssueDate.assumed(LocalDate.of(2008, 12, 1)))
        .term(new Term.Until(LocalDate.of(2010, 9, 30)))
        .schedule(new AssessmentSchedule(
            Optional.of("The Department for Children, Schools, and Families"),
            Optional.of("A quarterly basis for a period of 2 years with the first assessment occurring in January 2009 "
                + "and the final assessment in September 2010"),
            AssessmentSchedule.quarterly(YearMonth.of(2009, 1), YearMonth.of(2010, 9))))
        .addIndicator(catalogue.get("NI 59"))
        .addIndicator(catalogue.get("NI 60"))
        .addIndicator(catalogue.get("NI 66"))
        .addIndicator(catalogue.get("SW VACANCY"))
        .addMeasure(staged("ni59", "NI 59",
            "NI 59 - increase the percentage of initial assessments for children's social care carried out within "
                + "7 working days of referral to 65% in the quarter to 31 March 2009 and to 77% by 31 March 2010;",
            new Stage(Threshold.atLeast("65", Unit.PERCENT), Due.in(CalendarQuarter.endingOn(LocalDate.of(2009, 3, 31)))),
            new Stage(Threshold.atLeast("77", Unit.PERCENT), Due.by(Deadline.on(LocalDate.of(2010, 3, 31))))))
        .addMeasure(staged("ni60", "NI 60",
            "NI 60- increase the percentage of core assessments for children's social care carried out within 35 "
                + "working days of their commencement to 65% in the quarter to 31 March 2009 and to 90% by 31 March 2010;",
            new Stage(Threshold.atLeast("65", Unit.PERCENT), Due.in(CalendarQuarter.endingOn(LocalDate.of(2009, 3, 31)))),
            new Stage(Threshold.atLeast("90", Unit.PERCENT), Due.by(Deadline.on(LocalDate.of(2010, 3, 31))))))
        .addMeasure(new Measure(MeasureId.of("ni66"), GROUP,
            "NI 66 – increase the percentage of looked after children cases reviewed within required timescales to "
                + "95% by 31 March 2009 and to maintain that level by 31 March 2010;",
            List.of(
                new ThresholdByDate(RequirementId.of("ni66.1"), IndicatorId.of("NI 66"),
                    Threshold.atLeast("95", Unit.PERCENT), Deadline.on(LocalDate.of(2009, 3, 31)),
                    Trajectory.fromIssue(), Optional.empty()),
                new Maintain(RequirementId.of("ni66.2"), IndicatorId.of("NI 66"), Threshold.atLeast("95", Unit.PERCENT),
                    Window.between(LocalDate.of(2009, 4, 1), LocalDate.of(2010, 3, 31))))))
        .addMeasure(staged("vacancy", "SW VACANCY",
            "reduce the social work vacancy rate to 14% by 31 March 2009 and 11% by 31 March 2010;",
            new Stage(Threshold.atMost("14", Unit.PERCENT), Due.by(Deadline.on(LocalDate.of(2009, 3, 31)))),
            new Stage(Threshold.atMost("11", Unit.PERCENT), Due.by(Deadline.on(LocalDate.of(2010, 3, 31))))))
        .consequence(new Consequence(Optional.of("s497A Education Act 1996"),
            "The Secretary of State for Children, Schools and Families using statutory powers of intervention "
                + "(s497A Education Act 1996) to direct the Council to enter into an appropriate arrangement to secure "
                + "the necessary and rapid improvements required in children's social care provision."))
        .build();
  }

  private static Measure staged(String id, String indicator, String clause, Stage... stages) {
    return Measure.of(id, GROUP, clause, new StagedTargets(RequirementId.of(id), IndicatorId.of(indicator),
        Optional.empty(), List.of(stages), Optional.empty()));
  }
}
