package org.improvementnotice.alerts.internal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.improvementnotice.alerts.AlertSettings;
import org.improvementnotice.alerts.facts.OpenCoreAssessment;
import org.improvementnotice.alerts.facts.OpenInitialAssessment;
import org.improvementnotice.alerts.facts.OpenPlan;
import org.improvementnotice.alerts.facts.RequirementsOn;
import org.improvementnotice.alerts.facts.UnallocatedCase;
import org.improvementnotice.cases.Allocation;
import org.improvementnotice.cases.CaseId;
import org.improvementnotice.cases.CaseRecord;
import org.improvementnotice.cases.CaseRecords;
import org.improvementnotice.cases.IndicatorCalculator;
import org.improvementnotice.cases.ProtectionPlan;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.time.WorkingDayCalendar;

/**
 * Prepares the facts for the alert rules: one per item open at the alert date, with its figures, and one
 * {@link RequirementsOn} per indicator an alert can affect. Every item costs O(1) working-day arithmetic (the
 * calendar is tabulated), plus the case's allocation history for unallocated spells.
 */
public final class Preparer {
  /** The indicators alerts can affect, in the order their facts are inserted. */
  public static final List<IndicatorId> INDICATORS = List.of(IndicatorCalculator.NI_59, IndicatorCalculator.IA_10WD,
      IndicatorCalculator.NI_60, IndicatorCalculator.UNALLOCATED_28D, IndicatorCalculator.UNALLOCATED,
      IndicatorCalculator.NI_64);

  private final CaseRecords records;
  private final Notice notice;
  private final LocalDate asAt;
  private final AlertSettings settings;
  private final WorkingDayCalendar calendar;
  private final Map<CaseId, CaseRecord> cases = new HashMap<>();

  /**
   * A preparer for one alert run; it reads the records and the notice and never modifies them.
   *
   * @param records the council's case records
   * @param notice the notice whose requirements the look-up facts list
   * @param asAt the alert date: only items open on it become facts
   * @param settings the windows, timescales and working-day calendar the facts' figures use
   * @throws IllegalArgumentException if the alert date is outside the settings' calendar's range
   */
  public Preparer(CaseRecords records, Notice notice, LocalDate asAt, AlertSettings settings) {
    this.records = requireNonNull(records, "records");
    this.notice = requireNonNull(notice, "notice");
    this.asAt = requireNonNull(asAt, "asAt");
    this.settings = requireNonNull(settings, "settings");
    this.calendar = settings.calendar();
    if (asAt.isBefore(calendar.first()) || asAt.isAfter(calendar.last())) {
      throw new IllegalArgumentException(String.format(
          "Alert date %s is outside the %s working-day calendar's range %s to %s", asAt, calendar.name(),
          calendar.first(), calendar.last()));
    }
    for (CaseRecord c : records.cases()) {
      cases.put(c.id(), c);
    }
  }

  /**
   * {@return every fact, in a stable order: the requirement look-ups, then the open items by family in record order}
   */
  public List<Object> prepareAll() {
    List<Object> facts = new ArrayList<>();
    facts.addAll(requirementsOn());
    facts.addAll(initialAssessments());
    facts.addAll(coreAssessments());
    facts.addAll(unallocatedCases());
    facts.addAll(plans());
    return facts;
  }

  /** {@return one fact per indicator in {@link #INDICATORS}: the notice's decidable requirements reading it} */
  public List<RequirementsOn> requirementsOn() {
    List<Requirement> decidable = notice.decidableRequirements();
    List<RequirementsOn> out = new ArrayList<>(INDICATORS.size());
    for (IndicatorId indicator : INDICATORS) {
      List<RequirementId> ids = decidable.stream()
          .filter(r -> r.indicators().contains(indicator))
          .map(Requirement::id)
          .toList();
      out.add(new RequirementsOn(indicator.value(), ids));
    }
    return out;
  }

  /**
   * {@return initial assessments whose referral was received by the alert date, not completed by it, on an open case}
   */
  public List<OpenInitialAssessment> initialAssessments() {
    return open(records.initialAssessments(), settings.initialAssessmentWorkingDays(),
        a -> new Started(a.caseId(), a.id(), a.referralReceived(), a.completed()), OpenInitialAssessment::new);
  }

  /** {@return core assessments commenced by the alert date, not completed by it, on an open case} */
  public List<OpenCoreAssessment> coreAssessments() {
    return open(records.coreAssessments(), settings.coreAssessmentWorkingDays(),
        a -> new Started(a.caseId(), a.id(), a.commenced(), a.completed()), OpenCoreAssessment::new);
  }

  /** What the alerts read of an assessment: its case, its record, the day its timescale starts, its completion. */
  private record Started(CaseId caseId, String id, LocalDate start, Optional<LocalDate> completed) {}

  /** The constructor of an open assessment's fact, in the components' order both facts share. */
  @FunctionalInterface
  private interface OpenFact<T> {
    T of(CaseId caseId, String recordId, LocalDate start, LocalDate dueDate, int timescale, int elapsed,
        int remaining, int dueSoonDays);
  }

  /**
   * The assessments started by the alert date and not completed by it, on an open case, each with its due date
   * and the working days elapsed and left of its timescale.
   */
  private <A, T> List<T> open(List<A> assessments, int timescale, Function<A, Started> read, OpenFact<T> fact) {
    List<T> out = new ArrayList<>();
    for (A assessment : assessments) {
      Started a = read.apply(assessment);
      if (!isOpen(a.start(), a.completed().orElse(null)) || !caseOpen(a.caseId())) {
        continue;
      }
      int elapsed = calendar.workingDaysElapsed(a.start(), asAt, settings.workingDayCount());
      LocalDate due = calendar.deadline(a.start(), timescale, settings.workingDayCount());
      out.add(fact.of(a.caseId(), a.id(), a.start(), due, timescale, elapsed, timescale - elapsed,
          settings.dueSoonWorkingDays()));
    }
    return out;
  }

  /**
   * Cases open at the alert date with no allocation covering it. The spell starts the day after the latest
   * allocation that ended before the alert date, or the day the case opened if later, exactly as
   * {@link IndicatorCalculator#unallocatedOver28Days} counts.
   *
   * @return cases open at the alert date with no allocation covering it
   */
  public List<UnallocatedCase> unallocatedCases() {
    List<UnallocatedCase> out = new ArrayList<>();
    for (CaseRecord c : records.cases()) {
      if (!c.isOpenOn(asAt)) {
        continue;
      }
      boolean allocated = false;
      LocalDate spellStart = c.opened();
      for (Allocation a : records.allocationsOf(c.id())) {
        if (a.covers(asAt)) {
          allocated = true;
          break;
        }
        if (a.to().isPresent() && a.to().get().isBefore(asAt) && !a.to().get().plusDays(1).isBefore(spellStart)) {
          spellStart = a.to().get().plusDays(1);
        }
      }
      if (!allocated) {
        out.add(new UnallocatedCase(c.id(), spellStart, ChronoUnit.DAYS.between(spellStart, asAt),
            settings.unallocatedDays()));
      }
    }
    return out;
  }

  /** {@return plans started by the alert date and not ended by it, on an open case} */
  public List<OpenPlan> plans() {
    List<OpenPlan> out = new ArrayList<>();
    for (ProtectionPlan p : records.plans()) {
      if (!isOpen(p.start(), p.end().orElse(null)) || !caseOpen(p.caseId())) {
        continue;
      }
      LocalDate twoYears = p.twoYearsOn();
      out.add(new OpenPlan(p.caseId(), p.id(), p.start(), twoYears, ChronoUnit.DAYS.between(asAt, twoYears),
          settings.planWarningDays()));
    }
    return out;
  }

  /** Started on or before the alert date and not finished on or before it. */
  private boolean isOpen(LocalDate start, LocalDate finished) {
    return !start.isAfter(asAt) && (finished == null || finished.isAfter(asAt));
  }

  private boolean caseOpen(CaseId id) {
    CaseRecord c = cases.get(id);
    return c != null && c.isOpenOn(asAt);
  }
}
