package org.improvementnotice.cases;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.Ratio;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.indicator.Unit;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.WorkingDayCalendar;
import org.improvementnotice.model.time.WorkingDayCount;

/**
 * Computes the indicators notices set targets on from case records, exactly as {@code docs/indicators.md}
 * defines them, as {@link Observation}s with numerator and denominator ready for the rules.
 *
 * <p>Rates return empty when their denominator is zero (no assessment completed in the period: the rate is
 * undefined, not 0% or 100%). Working days come from the calendar in O(1) per record. Immutable and
 * thread-safe.
 */
public final class IndicatorCalculator {

  /** NI 59: initial assessments within 7 working days of referral. */
  public static final IndicatorId NI_59 = IndicatorId.of("NI 59");
  /** Initial assessments within 10 working days of referral (Working Together 2010). */
  public static final IndicatorId IA_10WD = IndicatorId.of("IA 10WD");
  /** NI 60: core assessments within 35 working days of commencement. */
  public static final IndicatorId NI_60 = IndicatorId.of("NI 60");
  /** NI 64: child protection plans lasting two years or more. */
  public static final IndicatorId NI_64 = IndicatorId.of("NI 64");
  /** NI 65: plans that are a second or subsequent plan. */
  public static final IndicatorId NI_65 = IndicatorId.of("NI 65");
  /** NI 66: looked after children reviews within timescale. */
  public static final IndicatorId NI_66 = IndicatorId.of("NI 66");
  /** Cases unallocated for more than 28 days. */
  public static final IndicatorId UNALLOCATED_28D = IndicatorId.of("UNALLOCATED 28D");
  /** Unallocated cases. */
  public static final IndicatorId UNALLOCATED = IndicatorId.of("UNALLOCATED");
  /** Vacancy rate of qualified social workers. */
  public static final IndicatorId SW_VACANCY = IndicatorId.of("SW VACANCY");
  /** Referrals going on to initial assessment. */
  public static final IndicatorId REF_TO_IA = IndicatorId.of("REF TO IA");

  /** Days an unallocated spell must exceed to count for {@link #UNALLOCATED_28D}. */
  public static final int UNALLOCATED_DAYS = 28;

  private final CaseRecords records;
  private final WorkingDayCalendar calendar;
  private final WorkingDayCount convention;
  private final boolean agencyCountsAsVacant;

  private IndicatorCalculator(CaseRecords records, WorkingDayCalendar calendar, WorkingDayCount convention,
      boolean agencyCountsAsVacant) {
    this.records = requireNonNull(records, "records");
    this.calendar = requireNonNull(calendar, "calendar");
    this.convention = requireNonNull(convention, "convention");
    this.agencyCountsAsVacant = agencyCountsAsVacant;
  }

  /**
   * A calculator with the defaults: England and Wales working days, the referral or commencement day not
   * counted ({@link WorkingDayCount#START_DAY_EXCLUDED}), agency-covered posts counted as vacant.
   *
   * @param records the checked case records the indicators are computed from
   * @return a calculator with the defaults: England and Wales working days, the referral or commencement day not
   *     counted ({@link WorkingDayCount#START_DAY_EXCLUDED}), agency-covered posts counted as vacant
   */
  public static IndicatorCalculator of(CaseRecords records) {
    return new IndicatorCalculator(records, WorkingDayCalendar.englandAndWales(), WorkingDayCount.START_DAY_EXCLUDED,
        true);
  }

  /**
   * {@return a calculator with the given calendar and counting convention}
   *
   * @param records the checked case records the indicators are computed from
   * @param calendar the working days counted by NI 59, NI 60 and {@link #initialAssessmentsWithin}; it should cover
   *     every date of the records, as the one they were checked against does
   * @param convention whether the referral or commencement day itself counts as a working day
   */
  public static IndicatorCalculator of(CaseRecords records, WorkingDayCalendar calendar, WorkingDayCount convention) {
    return new IndicatorCalculator(records, calendar, convention, true);
  }

  /**
   * {@return a copy that counts agency-covered posts as filled (true) or vacant (false, the default being vacant)}
   *
   * @param filled whether a post covered by an agency worker on the day counts as filled in the vacancy rate
   */
  public IndicatorCalculator withAgencyCountedAsFilled(boolean filled) {
    return new IndicatorCalculator(records, calendar, convention, !filled);
  }

  /**
   * NI 59: of the initial assessments completed in the period, the percentage completed within 7 working
   * days of the referral.
   *
   * @param period the period the figure is for
   * @param source where the figure comes from, as the observation will cite it ("case system extract")
   * @param published the date the figure became known, as the observation will carry it
   * @return NI 59: of the initial assessments completed in the period, the percentage completed within 7 working days
   *     of the referral
   * @throws IllegalArgumentException if a date the working-day count needs is outside the calculator's calendar's
   *     range (possible only when the records were checked against another calendar)
   */
  public Optional<Observation> ni59(Period period, String source, LocalDate published) {
    return initialAssessmentsWithin(NI_59, 7, period, source, published);
  }

  /**
   * {@return the Working Together 2010 variant: within 10 working days of referral}
   *
   * @param period the period the figure is for
   * @param source where the figure comes from, as the observation will cite it ("case system extract")
   * @param published the date the figure became known, as the observation will carry it
   * @throws IllegalArgumentException if a date the working-day count needs is outside the calculator's calendar's
   *     range (possible only when the records were checked against another calendar)
   */
  public Optional<Observation> initialAssessmentsWithin10Days(Period period, String source, LocalDate published) {
    return initialAssessmentsWithin(IA_10WD, 10, period, source, published);
  }

  /**
   * Of the initial assessments completed in the period, the percentage completed within {@code workingDays}
   * working days of the referral, reported as indicator {@code id}.
   *
   * @param id the indicator the observation is reported as
   * @param workingDays the timescale in working days from the referral, counted under the calculator's convention
   * @param period the period the figure is for
   * @param source where the figure comes from, as the observation will cite it ("case system extract")
   * @param published the date the figure became known, as the observation will carry it
   * @return of the initial assessments completed in the period, the percentage completed within {@code workingDays}
   *     working days of the referral, reported as indicator {@code id}
   * @throws IllegalArgumentException if a date the working-day count needs is outside the calculator's calendar's
   *     range (possible only when the records were checked against another calendar)
   */
  public Optional<Observation> initialAssessmentsWithin(
      IndicatorId id, int workingDays, Period period, String source, LocalDate published) {
    return rate(id, period, records.initialAssessments(), InitialAssessment::completed,
        a -> calendar.isWithin(a.referralReceived(), a.completed().get(), workingDays, convention), source, published);
  }

  /**
   * NI 60: of the core assessments completed in the period, the percentage completed within 35 working days
   * of their commencement.
   *
   * @param period the period the figure is for
   * @param source where the figure comes from, as the observation will cite it ("case system extract")
   * @param published the date the figure became known, as the observation will carry it
   * @return NI 60: of the core assessments completed in the period, the percentage completed within 35 working days of
   *     their commencement
   * @throws IllegalArgumentException if a date the working-day count needs is outside the calculator's calendar's
   *     range (possible only when the records were checked against another calendar)
   */
  public Optional<Observation> ni60(Period period, String source, LocalDate published) {
    return rate(NI_60, period, records.coreAssessments(), CoreAssessment::completed,
        a -> calendar.isWithin(a.commenced(), a.completed().get(), 35, convention), source, published);
  }

  /**
   * The number of cases open on the period's last day with no allocated social worker that day whose
   * unallocated spell has lasted more than 28 days (the spell starts the day after the last allocation
   * ended, or on the day the case opened).
   *
   * @param period the period the figure is for
   * @param source where the figure comes from, as the observation will cite it ("case system extract")
   * @param published the date the figure became known, as the observation will carry it
   * @return the number of cases open on the period's last day with no allocated social worker that day whose
   *     unallocated spell has lasted more than 28 days (the spell starts the day after the last allocation ended, or on
   *     the day the case opened)
   */
  public Observation unallocatedOver28Days(Period period, String source, LocalDate published) {
    return count(UNALLOCATED_28D, period, countUnallocated(period.endInclusive(), UNALLOCATED_DAYS), source, published);
  }

  /**
   * {@return the number of cases open on the period's last day with no allocated social worker that day}
   *
   * @param period the period the figure is for
   * @param source where the figure comes from, as the observation will cite it ("case system extract")
   * @param published the date the figure became known, as the observation will carry it
   */
  public Observation unallocated(Period period, String source, LocalDate published) {
    return count(UNALLOCATED, period, countUnallocated(period.endInclusive(), -1), source, published);
  }

  private long countUnallocated(LocalDate day, int moreThanDays) {
    long n = 0;
    for (CaseRecord c : records.cases()) {
      if (!c.isOpenOn(day)) {
        continue;
      }
      List<Allocation> history = records.allocationsOf(c.id());
      boolean allocated = false;
      LocalDate spellStart = c.opened();
      for (Allocation a : history) {
        if (a.covers(day)) {
          allocated = true;
          break;
        }
        if (a.to().isPresent() && a.to().get().isBefore(day) && !a.to().get().plusDays(1).isBefore(spellStart)) {
          spellStart = a.to().get().plusDays(1);
        }
      }
      if (!allocated && ChronoUnit.DAYS.between(spellStart, day) > moreThanDays) {
        n++;
      }
    }
    return n;
  }

  /**
   * NI 64: of the child protection plans that ended in the period, the percentage that had lasted two years
   * or more (ended on or after the second anniversary of their start).
   *
   * @param period the period the figure is for
   * @param source where the figure comes from, as the observation will cite it ("case system extract")
   * @param published the date the figure became known, as the observation will carry it
   * @return NI 64: of the child protection plans that ended in the period, the percentage that had lasted two years or
   *     more (ended on or after the second anniversary of their start)
   */
  public Optional<Observation> ni64(Period period, String source, LocalDate published) {
    return rate(NI_64, period, records.plans(), ProtectionPlan::end,
        p -> !p.end().get().isBefore(p.twoYearsOn()), source, published);
  }


  /**
   * NI 65: of the children who became the subject of a child protection plan in the period, the percentage
   * for whom it was a second or subsequent plan.
   *
   * @param period the period the figure is for
   * @param source where the figure comes from, as the observation will cite it ("case system extract")
   * @param published the date the figure became known, as the observation will carry it
   * @return NI 65: of the children who became the subject of a child protection plan in the period, the percentage for
   *     whom it was a second or subsequent plan
   */
  public Optional<Observation> ni65(Period period, String source, LocalDate published) {
    return rate(NI_65, period, records.plans(), p -> Optional.of(p.start()), ProtectionPlan::secondOrSubsequent,
        source, published);
  }


  /**
   * NI 66 (as this library computes it from review records): of the looked after children reviews due in
   * the period, the percentage held on or before their due date.
   *
   * @param period the period the figure is for
   * @param source where the figure comes from, as the observation will cite it ("case system extract")
   * @param published the date the figure became known, as the observation will carry it
   * @return NI 66 (as this library computes it from review records): of the looked after children reviews due in the
   *     period, the percentage held on or before their due date
   */
  public Optional<Observation> ni66(Period period, String source, LocalDate published) {
    return rate(NI_66, period, records.reviews(), r -> Optional.of(r.due()),
        r -> r.held().isPresent() && !r.held().get().isAfter(r.due()), source, published);
  }


  /**
   * The vacancy rate of qualified social workers on the period's last day: vacant posts (and, by default,
   * agency-covered ones) over established posts.
   *
   * @param period the period the figure is for
   * @param source where the figure comes from, as the observation will cite it ("case system extract")
   * @param published the date the figure became known, as the observation will carry it
   * @return the vacancy rate of qualified social workers on the period's last day: vacant posts (and, by default,
   *     agency-covered ones) over established posts
   */
  public Optional<Observation> vacancyRate(Period period, String source, LocalDate published) {
    LocalDate day = period.endInclusive();
    long vacant = 0;
    long established = 0;
    for (PostSpell s : records.posts()) {
      if (!s.covers(day)) {
        continue;
      }
      established++;
      if (s.status() == PostStatus.VACANT || (agencyCountsAsVacant && s.status() == PostStatus.AGENCY)) {
        vacant++;
      }
    }
    return rate(SW_VACANCY, period, vacant, established, source, published);
  }

  /**
   * {@return of the referrals received in the period, the percentage that went on to an initial assessment}
   *
   * @param period the period the figure is for
   * @param source where the figure comes from, as the observation will cite it ("case system extract")
   * @param published the date the figure became known, as the observation will carry it
   */
  public Optional<Observation> referralsToInitialAssessment(Period period, String source, LocalDate published) {
    return rate(REF_TO_IA, period, records.referrals(), r -> Optional.of(r.received()),
        r -> r.outcome() == ReferralOutcome.INITIAL_ASSESSMENT, source, published);
  }


  /**
   * The percentage of the records counted in the period (those whose {@code countedOn} date lies in it) that
   * meet the definition.
   */
  private static <T> Optional<Observation> rate(IndicatorId id, Period period, List<T> records,
      Function<T, Optional<LocalDate>> countedOn, Predicate<T> meets, String source, LocalDate published) {
    LocalDate first = period.start();
    LocalDate last = period.endInclusive();
    long numerator = 0;
    long denominator = 0;
    for (T r : records) {
      Optional<LocalDate> day = countedOn.apply(r);
      if (day.isEmpty() || day.get().isBefore(first) || day.get().isAfter(last)) {
        continue;
      }
      denominator++;
      if (meets.test(r)) {
        numerator++;
      }
    }
    return rate(id, period, numerator, denominator, source, published);
  }

  private static Optional<Observation> rate(
      IndicatorId id, Period period, long numerator, long denominator, String source, LocalDate published) {
    if (denominator == 0) {
      return Optional.empty();
    }
    Ratio ratio = Ratio.of(numerator, denominator);
    return Optional.of(new Observation(id, period, Unit.PERCENT.ofRatio(ratio.numerator(), ratio.denominator()),
        Optional.of(ratio), source, published));
  }

  private static Observation count(IndicatorId id, Period period, long n, String source, LocalDate published) {
    return Observation.of(id, period, BigDecimal.valueOf(n), source, published);
  }
}
