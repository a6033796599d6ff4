package org.improvementnotice.benchmarks.reference;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.improvementnotice.model.Bearer;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.Rag;
import org.improvementnotice.model.data.DerivedFigures;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.requirement.AverageOverPeriod;
import org.improvementnotice.model.requirement.DatedAction;
import org.improvementnotice.model.requirement.DirectionOnly;
import org.improvementnotice.model.requirement.EveryPeriod;
import org.improvementnotice.model.requirement.GapBetweenSeries;
import org.improvementnotice.model.requirement.GovernanceCadence;
import org.improvementnotice.model.requirement.Maintain;
import org.improvementnotice.model.requirement.QualitativeMeasure;
import org.improvementnotice.model.requirement.RecurringAction;
import org.improvementnotice.model.requirement.RelativeToBaseline;
import org.improvementnotice.model.requirement.RelativeToBenchmark;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.RequirementForm;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.requirement.SustainedTrend;
import org.improvementnotice.model.requirement.TargetNotSet;
import org.improvementnotice.model.requirement.ThresholdByDate;
import org.improvementnotice.model.requirement.ThresholdInPeriod;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.rules.DirectionOfTravel;
import org.improvementnotice.rules.Settings;
import org.improvementnotice.rules.Status;

/**
 * A plain-Java reference evaluator of every requirement form, written from the domain notes and the rules'
 * documentation for clarity rather than speed, to check the Drools engine against (a differential oracle) and to
 * compare its speed with.
 *
 * <p>It gives the status and colour of each decidable requirement at a date, under any {@link Settings}, each
 * family of forms read in its own class, in the same families as the engine's rules:
 * <ul>
 *   <li>{@link ThresholdVerdicts}: forms 1 and 2 (and form 3's stages) once due, 9 and 10;</li>
 *   <li>{@link ForecastVerdicts}: forms 1 and 2 (and form 3's stages), and form 6, before they are due;</li>
 *   <li>{@link BenchmarkVerdicts}: form 6;</li>
 *   <li>{@link StandingVerdicts}: forms 4, 5 and 7;</li>
 *   <li>{@link DirectionVerdicts}: form 8;</li>
 *   <li>{@link TrendVerdicts}: form 15;</li>
 *   <li>{@link TargetNotSetVerdicts}: form 11;</li>
 *   <li>{@link ActionVerdicts}: form 12;</li>
 *   <li>{@link GovernanceVerdicts}: form 13;</li>
 *   <li>{@link QualitativeVerdicts}: form 14.</li>
 * </ul>
 * Beside the status and colour, each {@link Verdict} gives:
 * <ul>
 *   <li>the <b>direction of travel</b> of the figure used, for every form, as the notice-rules README defines it
 *       ("Direction of travel"): the figure against the figure for the same period a year earlier where one is
 *       known at the date, else the previous period, polarity-aware; the figure used is the judged figure for
 *       forms 1, 2 (else the latest observation), 6 and a supplied gap (10); the average for form 9 (against
 *       averages taken the same way); the last period with a figure of the window for forms 4, 5, 7, 8 and 15;
 *       the latest observation for form 11; none for a derived gap, 12, 13 and 14 (NOT_KNOWN);</li>
 *   <li>the <b>judged figure</b>, its value and period, for the forms whose decision rests on a single figure
 *       ({@link #JUDGED_FIGURE_FORMS}: 1, 2 and 3's stages, 6, 9, 10), whenever it is known at the date, due or
 *       not: the figure for the judged period, the average over form 9's period, the gap (supplied, or derived
 *       from two series) for form 10's judged period. The other forms give none: they rest on no figure (11 to
 *       14), or on several (4, 5, 7, 8, 15).</li>
 * </ul>
 * Also read from DOMAIN.md's second edition: deadlines as their last day on time ("before" excludes its day, {@link
 * Deadlines}), a deadline before the issue date decided as usual ({@link #deadlinePrecedesNotice}), the rows refused
 * for their period kind ({@link #refusals}), the final verdict ({@link #finalVerdictDate}, {@link #finalVerdict}),
 * and a notice's journey, alone or superseded by a later one ({@link #journey}). A reference {@linkplain #brokenBy
 * built with} a {@link Break} reads one of those the old way.
 *
 * <p>Not computed: the other values a finding reports (latest, expected, baseline, benchmarks, a window's figures,
 * a derived gap's two series), the rule's name, the threshold's words and the explanation.
 *
 * <p>Settings honoured: the tolerance and per-indicator tolerances (amber band, at-risk band, minimising rise),
 * the trend length, missing data (under STRICT a due figure that is missing is MISSED, and a period of a window
 * that has ended with no figure fails the window), the due-soon days and the meeting-gap tolerance. It shares
 * only the model's look-ups with the library (the figure for a period as known at a date, aggregated by numerator
 * and denominator, a rate derived from two counts worked out from them ({@code DerivedFigures}); the latest
 * observation; benchmarks; deadline resolution; windows), not the preparer or the
 * rules.
 */
public final class ReferenceEvaluator {

  /** The forms this evaluator decides: all sixteen. */
  public static final List<RequirementForm> FORMS = List.of(RequirementForm.values());

  /**
   * The forms whose decision rests on a single figure, for which a verdict gives the judged figure: 1 and 2
   * (with 3's stages, which are requirements of form 1 or 2), 6, 9 and 10.
   */
  public static final Set<RequirementForm> JUDGED_FIGURE_FORMS = Set.copyOf(EnumSet.of(
      RequirementForm.THRESHOLD_IN_PERIOD, RequirementForm.THRESHOLD_BY_DATE, RequirementForm.STAGED_TARGETS,
      RequirementForm.RELATIVE_TO_BENCHMARK, RequirementForm.AVERAGE_OVER_PERIOD,
      RequirementForm.GAP_BETWEEN_SERIES));

  /**
   * What the reference finds for one requirement. Immutable and thread-safe.
   *
   * @param status its status
   * @param rag its colour
   * @param direction the direction of travel of the figure used (notice-rules README, "Direction of travel")
   * @param figure for the {@link #JUDGED_FIGURE_FORMS}, the judged figure when there is one; always empty for
   *     the other forms (which have none, or several)
   */
  public record Verdict(Status status, Rag rag, DirectionOfTravel direction, Optional<JudgedFigure> figure) {
    public Verdict {
      requireNonNull(status, "status");
      requireNonNull(rag, "rag");
      requireNonNull(direction, "direction");
      requireNonNull(figure, "figure");
    }

    static Verdict of(Decision decision, DirectionOfTravel direction, Optional<JudgedFigure> figure) {
      return new Verdict(decision.status(), decision.rag(), direction, figure);
    }

    /** The verdict of a requirement that rests on no figure: no direction of travel, no judged figure. */
    static Verdict withoutFigure(Decision decision) {
      return of(decision, DirectionOfTravel.NOT_KNOWN, Optional.empty());
    }

    /** The status and colour, as a decision. */
    public Decision decision() {
      return new Decision(status, rag);
    }
  }

  /** A requirement's status and colour. */
  public record Decision(Status status, Rag rag) {
    static Decision of(Status status) {
      return new Decision(status, status.defaultRag());
    }
  }

  /**
   * The single figure a decision rests on, in the indicator's unit (for a derived gap, in percentage points),
   * and the period it is for. Compare values with {@code compareTo}: a figure aggregated by numerator and
   * denominator need not have the scale of a figure read as published.
   */
  public record JudgedFigure(BigDecimal value, Period period) {
    public JudgedFigure {
      requireNonNull(value, "value");
      requireNonNull(period, "period");
    }
  }

  private final Set<Break> breaks;

  /** A sound reference: it consults no {@link Break}. */
  public ReferenceEvaluator() {
    this(Set.of());
  }

  private ReferenceEvaluator(Set<Break> breaks) {
    this.breaks = Set.copyOf(breaks);
  }

  /**
   * A reference built with deliberate faults, to show that the differential properties detect them.
   *
   * @param faults the faults, none for a sound reference
   * @return the broken reference
   */
  public static ReferenceEvaluator brokenBy(Break... faults) {
    return new ReferenceEvaluator(faults.length == 0 ? Set.of() : EnumSet.copyOf(List.of(faults)));
  }

  /** {@return the deliberate faults this reference was built with, none for a sound one} */
  public Set<Break> breaks() {
    return breaks;
  }

  /**
   * The rows of the data the reference refuses (DOMAIN.md, "Figures of another period kind"): each observation
   * of a declared indicator for a period of another kind than the indicator's usual one. Empty for a reference
   * broken by {@link Break#FIGURES_OF_ANOTHER_KIND_ACCEPTED}.
   *
   * @param notice the notice, which declares the indicators
   * @param data the data
   * @return the refused rows, in the data's order
   */
  public List<Refusal> refusals(Notice notice, PerformanceData data) {
    return breaks.contains(Break.FIGURES_OF_ANOTHER_KIND_ACCEPTED) ? List.of() : Refusals.of(notice, data);
  }

  /**
   * When the notice's final verdict is taken (DOMAIN.md, "The final verdict"): the later of its last scheduled
   * assessment (the latest date a schedule point resolves to with the notice's own calendar) and its end plus the
   * publication lag; empty for a notice with no end.
   *
   * @param notice the notice
   * @param settings the settings, for the publication lag
   * @return the date of the final verdict, or empty
   */
  public Optional<LocalDate> finalVerdictDate(Notice notice, Settings settings) {
    return FinalVerdicts.date(notice, settings, breaks.contains(Break.FINAL_VERDICT_WITHOUT_LAG));
  }

  /**
   * The notice's final verdict: the verdict for each decidable requirement at the {@linkplain #finalVerdictDate
   * final verdict's date}; empty for a notice with no end.
   *
   * @param notice the notice
   * @param data the data
   * @param settings the settings
   * @return the verdicts by requirement id, or empty
   * @throws IllegalArgumentException as {@link #evaluate(Notice, PerformanceData, LocalDate, Settings)} does
   */
  public Optional<Map<String, Verdict>> finalVerdict(Notice notice, PerformanceData data, Settings settings) {
    return finalVerdictDate(notice, settings).map(d -> evaluate(notice, data, d, settings));
  }

  /**
   * Whether a finding counts against the council's verdict (DOMAIN.md, "Who bears a duty"): its status is a
   * failure and the duty is the council's, alone or with its partners; a duty borne by another party is reported
   * with its status but never counts against the council.
   *
   * @param notice the notice
   * @param requirement the decided requirement's id
   * @param decision its decision
   * @return whether it counts against the council
   */
  public static boolean countsAgainstTheCouncil(Notice notice, RequirementId requirement, Decision decision) {
    return countsAgainstTheCouncil(notice, requirement, decision, false);
  }

  /**
   * As {@link #countsAgainstTheCouncil(Notice, RequirementId, Decision)}; with {@code bearerIgnored} (a deliberate
   * fault, {@link Break#BEARER_IGNORED}) every failure counts, whoever bears the duty.
   *
   * @param notice the notice
   * @param requirement the decided requirement's id
   * @param decision its decision
   * @param bearerIgnored whether to read every duty as the council's
   * @return whether it counts against the council
   */
  public static boolean countsAgainstTheCouncil(Notice notice, RequirementId requirement, Decision decision,
      boolean bearerIgnored) {
    for (Measure m : notice.measures()) {
      for (Requirement r : m.decidableRequirements()) {
        if (r.id().equals(requirement)) {
          return decision.status().isFailure() && (bearerIgnored || m.bearer().kind() != Bearer.Kind.OTHER);
        }
      }
    }
    throw new IllegalArgumentException("No requirement " + requirement + " in notice " + notice.id());
  }

  /**
   * Whether the requirement's deadline, with the notice's own calendar, falls before the notice's issue date
   * (DOMAIN.md: a warning; the requirement is decided as usual and its finding says that the deadline precedes the
   * notice): a dated action's, or the last day on time of a figure due in a period or by a date (forms 1, 2, 3's
   * stages, 6, 9, 10).
   *
   * @param notice the notice
   * @param requirement the requirement
   * @return whether its finding must say that the deadline precedes the notice
   */
  public static boolean deadlinePrecedesNotice(Notice notice, Requirement requirement) {
    return Deadlines.precedesNotice(notice, requirement, notice.deadlineContext());
  }

  /**
   * Whether the requirement's deadline, as its finding at the date resolves it (the notice's calendar with the
   * labelled meetings held by then: a meeting may fix an event's date), falls before the notice's issue date.
   *
   * @param notice the notice
   * @param requirement the requirement
   * @param data the data, whose labelled meetings fix events' dates
   * @param asAt the date of the finding
   * @return whether its finding must say that the deadline precedes the notice
   */
  public static boolean deadlinePrecedesNotice(Notice notice, Requirement requirement, PerformanceData data,
      LocalDate asAt) {
    return Deadlines.precedesNotice(notice, requirement,
        notice.deadlineContext(Evaluation.eventsHeldBy(data, asAt), asAt));
  }

  /**
   * One assessment of a notice's journey: its date, its name (the schedule point's, the final verdict's or the
   * supersession's), whether it is the journey's final verdict, and the verdicts there.
   *
   * @param date the date of the assessment
   * @param name what the journey calls it
   * @param isFinal whether it is the final verdict, taken at the end (with the lag) or at a supersession
   * @param verdicts the verdict for each decidable requirement, by requirement id, in the notice's order
   */
  public record Step(LocalDate date, String name, boolean isFinal, Map<String, Verdict> verdicts) {}

  /**
   * The notice's journey (DOMAIN.md, "The final verdict"): the verdicts at each point of its schedule that resolves
   * to a date with the notice's calendar and falls before its end, then its final verdict, named for a schedule
   * point on or after the end ("final review"), if there is one; without an end, every such point and no final
   * verdict.
   *
   * @param notice the notice
   * @param data the data
   * @param settings the settings
   * @return the steps, in order
   * @throws IllegalArgumentException as {@link #evaluate(Notice, PerformanceData, LocalDate, Settings)} does
   */
  public List<Step> journey(Notice notice, PerformanceData data, Settings settings) {
    return Journeys.steps(Journeys.plan(notice, finalVerdictDate(notice, settings)), d -> evaluate(notice, data, d,
        settings));
  }

  /**
   * The journey of a notice that a later one supersedes (DOMAIN.md, "Instruments without an end, and instruments
   * that replace others"): from the later one's issue date, the earlier one's final verdict is taken at that date,
   * after its schedule's points before it; a notice that had ended before then keeps its own journey.
   *
   * @param notice the earlier notice
   * @param data the data
   * @param successor the later notice, which must name the earlier one in {@code supersedes} and be issued after it
   * @param settings the settings
   * @return the steps, in order
   * @throws IllegalArgumentException if the successor does not supersede the notice or is not issued after it, or
   *     as {@link #evaluate(Notice, PerformanceData, LocalDate, Settings)} does
   */
  public List<Step> journey(Notice notice, PerformanceData data, Notice successor, Settings settings) {
    if (breaks.contains(Break.SUPERSESSION_IGNORED)) {
      return journey(notice, data, settings);
    }
    return Journeys.steps(Journeys.plan(notice, successor, finalVerdictDate(notice, settings)),
        d -> evaluate(notice, data, d, settings));
  }

  /** The verdict for each decidable requirement, by requirement id, in the notice's order, with default settings. */
  public Map<String, Verdict> evaluate(Notice notice, PerformanceData data, LocalDate asAt) {
    return evaluate(notice, data, asAt, Settings.defaults());
  }

  /**
   * The verdict for each decidable requirement, by requirement id, in the notice's order, under the settings.
   *
   * @throws IllegalArgumentException naming the refused rows when the reference {@linkplain #refusals refuses}
   *     some of the data
   */
  public Map<String, Verdict> evaluate(Notice notice, PerformanceData data, LocalDate asAt, Settings settings) {
    List<Refusal> refused = refusals(notice, data);
    if (!refused.isEmpty()) {
      throw new IllegalArgumentException("Refused: " + refused);
    }
    // a rate derived from two counts: the model's look-up works its figures out, as it aggregates the others
    Evaluation e = new Evaluation(notice, DerivedFigures.addTo(data, notice.indicators()), asAt, settings, breaks);
    Map<String, Verdict> out = new LinkedHashMap<>();
    for (Requirement r : notice.decidableRequirements()) {
      out.put(r.id().value(), verdict(e, r));
    }
    return out;
  }

  /** The requirement read by its family. */
  private static Verdict verdict(Evaluation e, Requirement r) {
    if (r instanceof ThresholdInPeriod t) {
      return ThresholdVerdicts.inPeriod(e, t);
    } else if (r instanceof ThresholdByDate t) {
      return ThresholdVerdicts.byDate(e, t);
    } else if (r instanceof Maintain m) {
      return StandingVerdicts.maintain(e, m);
    } else if (r instanceof EveryPeriod p) {
      return StandingVerdicts.everyPeriod(e, p);
    } else if (r instanceof RelativeToBenchmark b) {
      return BenchmarkVerdicts.relativeToBenchmark(e, b);
    } else if (r instanceof RelativeToBaseline b) {
      return StandingVerdicts.relativeToBaseline(e, b);
    } else if (r instanceof DirectionOnly d) {
      return DirectionVerdicts.direction(e, d);
    } else if (r instanceof AverageOverPeriod a) {
      return ThresholdVerdicts.average(e, a);
    } else if (r instanceof GapBetweenSeries g) {
      return ThresholdVerdicts.gap(e, g);
    } else if (r instanceof TargetNotSet t) {
      return TargetNotSetVerdicts.targetNotSet(e, t);
    } else if (r instanceof DatedAction a) {
      return ActionVerdicts.action(e, a);
    } else if (r instanceof RecurringAction a) {
      return RecurringVerdicts.recurring(e, a);
    } else if (r instanceof GovernanceCadence g) {
      return GovernanceVerdicts.governance(e, g);
    } else if (r instanceof QualitativeMeasure q) {
      return QualitativeVerdicts.qualitative(e, q);
    } else if (r instanceof SustainedTrend t) {
      return TrendVerdicts.trend(e, t);
    }
    throw new IllegalArgumentException("Unknown requirement form " + r.form());
  }
}
