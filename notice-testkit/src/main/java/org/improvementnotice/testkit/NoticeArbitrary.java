package org.improvementnotice.testkit;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.NoticeId;
import org.improvementnotice.model.requirement.RequirementForm;
import org.improvementnotice.testkit.internal.NoticeGenerator;

/**
 * Notices that pass validation: an issue date in the configured range (its ends as edge cases), 6 to 30
 * months long, NI 59, NI 60 and up to four more standard indicators (and, when gaps between series are among
 * the forms, a local gap indicator in percentage points, so gaps are both supplied and derived), one or two
 * boards, and measures holding requirements of the configured forms. Every configuration method returns a modified copy.
 *
 * <p>The calendar dates "January Improvement Board" (the 15th of the third month after issue) and the schedule
 * the "six month review" (6 months after issue). A dated action's deadline is a date, the end of a month, months
 * after issue, the notice's end or a named event, each as likely; a target's deadline (forms 2, 6 and 10) is one
 * of the first three, or with a small probability the notice's end or a named event. Named events are those of
 * the calendar and schedule or, with a probability, one neither has ("March Improvement Board",
 * "Extraordinary Improvement Board", "twelve month review"): such a deadline stays unresolved until a meeting
 * with that label is recorded ({@link PerformanceDataArbitrary#withLabelledMeetings(double)}). The stages of
 * staged targets are due in their periods or by their last days, except that with the same small probability
 * one of them is due at an event neither has (so its order among the stages is not known when the notice is
 * validated). An average (form 9) is over a year, or one in four each over the two or three years to it (the
 * adoption scorecard's three-year averages), as one period.
 *
 * <p>Defaults: issued 2008-01-01 to 2019-12-31; 1 to 6 measures of 1 to 3 requirements each; all sixteen
 * forms; measures borne by the council (8 in 10), the council with its partners (1 in 10) or another party (1 in
 * 10, whose failures never count in the verdict); plain readable text; 8% of notices without a term (no end: a deadline at the notice's end stays
 * unresolved, and windows run to the assessment date); 8% of targets' deadlines at the notice's end or a named
 * event, and of staged targets with a stage at an event; 40% of deadlines at a named event naming one neither
 * the calendar nor the schedule has.
 */
public final class NoticeArbitrary extends ArbitraryDecorator<Notice> {

  private LocalDate issuedFrom = LocalDate.of(2008, 1, 1);
  private LocalDate issuedUntil = LocalDate.of(2019, 12, 31);
  private int minMeasures = 1;
  private int maxMeasures = 6;
  private int maxRequirements = 3;
  private Set<RequirementForm> forms = EnumSet.allOf(RequirementForm.class);
  private boolean awkwardText;
  private double withoutTerm = 0.08;
  private double eventDeadlines = 0.08;
  private double unscheduledEvents = 0.4;
  private double deadlinesBeforeIssue;
  private double beforeDeadlines;
  private double finalReviews;
  private double derivedRates;

  NoticeArbitrary() {}

  @Override
  protected Arbitrary<Notice> arbitrary() {
    return NoticeGenerator.notices(new NoticeGenerator.Config(issuedFrom, issuedUntil, minMeasures, maxMeasures,
        maxRequirements, forms, awkwardText, withoutTerm, eventDeadlines, unscheduledEvents, deadlinesBeforeIssue,
        beforeDeadlines, finalReviews, derivedRates));
  }

  /**
   * The share of notices with no stated term, 0 to 1: such a notice has no end, so a deadline at its end never
   * resolves and a window with no end of its own runs to the assessment date.
   *
   * @param probability the share, 0 to 1
   * @return a copy drawing that share of notices without a term
   * @throws IllegalArgumentException if {@code probability} is not from 0 to 1
   */
  public NoticeArbitrary withoutTerm(double probability) {
    return copyWith(copy -> copy.withoutTerm = Options.probability(probability));
  }

  /**
   * The share of targets' deadlines (forms 2, 6 and 10) at the notice's end or a named event rather than on a
   * date, 0 to 1; also the share of staged targets with one stage at an event neither the calendar nor the
   * schedule has (none while {@link #withUnscheduledEvents(double)} is 0).
   *
   * @param probability the share, 0 to 1
   * @return a copy drawing that share of targets' deadlines at the end or an event
   * @throws IllegalArgumentException if {@code probability} is not from 0 to 1
   */
  public NoticeArbitrary withEventDeadlines(double probability) {
    return copyWith(copy -> copy.eventDeadlines = Options.probability(probability));
  }

  /**
   * The share of deadlines at a named event (of dated actions and targets) that name an event neither the
   * notice's calendar nor its schedule has, 0 to 1: unresolved until a meeting with that label is recorded.
   *
   * @param probability the share, 0 to 1
   * @return a copy drawing that share of deadlines at events the notice does not have
   * @throws IllegalArgumentException if {@code probability} is not from 0 to 1
   */
  public NoticeArbitrary withUnscheduledEvents(double probability) {
    return copyWith(copy -> copy.unscheduledEvents = Options.probability(probability));
  }

  /**
   * The share of dated actions whose deadline falls before the issue date (1 to 90 days before it, or the end of
   * one of the three months before the issue month), 0 to 1 (default 0). DOMAIN.md: such a deadline is a warning of
   * validation, never an error; the action is decided as usual. Such notices validate with warnings.
   *
   * @param probability the share, 0 to 1
   * @return a copy drawing that share of actions due before the notice
   * @throws IllegalArgumentException if {@code probability} is not from 0 to 1
   */
  public NoticeArbitrary withDeadlinesBeforeIssue(double probability) {
    return copyWith(copy -> copy.deadlinesBeforeIssue = Options.probability(probability));
  }

  /**
   * The share of deadlines (of dated actions and of targets of forms 2, 6 and 10) that are strict, "before" the
   * date rather than "by" it, 0 to 1 (default 0): done on the day is done late.
   *
   * @param probability the share, 0 to 1
   * @return a copy drawing that share of strict deadlines
   * @throws IllegalArgumentException if {@code probability} is not from 0 to 1
   */
  public NoticeArbitrary withBeforeDeadlines(double probability) {
    return copyWith(copy -> copy.beforeDeadlines = Options.probability(probability));
  }

  /**
   * The share of notices whose schedule ends with a "final review", at the notice's end or 0 to 92 days after it,
   * 0 to 1 (default 0): the final verdict is taken at the later of it and the end plus the publication lag.
   *
   * @param probability the share, 0 to 1
   * @return a copy drawing that share of notices with a final review
   * @throws IllegalArgumentException if {@code probability} is not from 0 to 1
   */
  public NoticeArbitrary withFinalReviews(double probability) {
    return copyWith(copy -> copy.finalReviews = Options.probability(probability));
  }

  /**
   * Sets the range of issue dates, its ends among the edge cases (default 2008-01-01 to 2019-12-31).
   *
   * @param from the earliest issue date
   * @param until the latest issue date, on or after {@code from}
   * @return a copy drawing notices issued between the dates, both included
   * @throws IllegalArgumentException if {@code until} is before {@code from}
   */
  public NoticeArbitrary issuedBetween(LocalDate from, LocalDate until) {
    requireNonNull(from, "from");
    requireNonNull(until, "until");
    Options.requireOrdered("Issue range", from, until);
    return copyWith(copy -> {
      copy.issuedFrom = from;
      copy.issuedUntil = until;
    });
  }

  /**
   * Sets how many measures a notice has (default 1 to 6).
   *
   * @param min the fewest, 0 or more (0: a notice with no measure)
   * @param max the most, at least {@code min}
   * @return a copy drawing notices with {@code min} to {@code max} measures
   * @throws IllegalArgumentException if {@code min} is negative or {@code max} is less than it
   */
  public NoticeArbitrary withMeasures(int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException(String.format("Measures must be 0 <= min <= max, was %d..%d", min, max));
    }
    return copyWith(copy -> {
      copy.minMeasures = min;
      copy.maxMeasures = max;
    });
  }

  /**
   * Sets the most requirements a measure holds (default 3).
   *
   * @param max the most, 1 or more
   * @return a copy drawing measures with 1 to {@code max} requirements each
   * @throws IllegalArgumentException if {@code max} is less than 1
   */
  public NoticeArbitrary withRequirementsPerMeasure(int max) {
    if (max < 1) {
      throw new IllegalArgumentException(String.format("Requirements per measure must be at least 1, was %d", max));
    }
    return copyWith(copy -> copy.maxRequirements = max);
  }

  /**
   * Sets the forms of the requirements (default all sixteen).
   *
   * @param chosen the forms to draw from, at least one
   * @return a copy drawing requirements of only these forms
   * @throws IllegalArgumentException if no form is given
   */
  public NoticeArbitrary ofForms(RequirementForm... chosen) {
    Set<RequirementForm> set = Options.atLeastOne("requirement form", chosen);
    return copyWith(copy -> copy.forms = set);
  }

  /**
   * The share of notices declaring a rate derived from two counts (initial assessments started over referrals
   * received, monthly) beside their indicators, 0 to 1 (none by default): its requirements are decided on the rate
   * worked out from the counts, which the data then holds, never the rate itself.
   *
   * @param probability the share, 0 to 1
   * @return a copy with that share
   * @throws IllegalArgumentException if the share is outside 0 to 1
   */
  public NoticeArbitrary withDerivedRates(double probability) {
    return copyWith(copy -> copy.derivedRates = Options.probability(probability));
  }

  /**
   * Notices that supersede the earlier one (DOMAIN.md, "instruments that replace others"), drawn as this arbitrary
   * draws them but issued from the day after the earlier one's issue date to three years after it (so sometimes
   * after the earlier one's end, when it keeps its own journey), to the earlier one's council, and naming it in
   * {@code supersedes}. Each is a notice in its own right: it passes validation, and its id differs from the
   * earlier one's.
   *
   * @param earlier the notice superseded
   * @return an arbitrary of notices superseding it
   */
  public Arbitrary<Notice> superseding(Notice earlier) {
    requireNonNull(earlier, "earlier");
    LocalDate issued = earlier.issued().date();
    return issuedBetween(issued.plusDays(1), issued.plusYears(3)).map(n -> new Notice(
        n.id().equals(earlier.id()) ? NoticeId.of(n.id().value() + "-revised") : n.id(), n.instrument(),
        earlier.recipient(), n.issuer(), n.serviceArea(), n.evidence(), n.background(), n.issued(), n.term(),
        n.schedule(), n.governance(), n.indicators(), n.measures(), n.consequence(), Optional.of(earlier.id())));
  }

  /** {@return text with quotes, backslashes, line breaks and non-ASCII characters, for testing printers and parsers} */
  public NoticeArbitrary withAwkwardText() {
    return copyWith(copy -> copy.awkwardText = true);
  }

  /** {@return a copy of this arbitrary with the change made to it} */
  private NoticeArbitrary copyWith(Consumer<NoticeArbitrary> change) {
    NoticeArbitrary copy = typedClone();
    change.accept(copy);
    return copy;
  }
}
