package org.improvementnotice.testkit.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.improvementnotice.model.AssessmentSchedule;
import org.improvementnotice.model.Bearer;
import org.improvementnotice.model.Board;
import org.improvementnotice.model.Consequence;
import org.improvementnotice.model.Governance;
import org.improvementnotice.model.Instrument;
import org.improvementnotice.model.IssueDate;
import org.improvementnotice.model.Issuer;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.MeasureId;
import org.improvementnotice.model.NamedEvent;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.NoticeEvidence;
import org.improvementnotice.model.Recipient;
import org.improvementnotice.model.Term;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.IndicatorCatalogue;
import org.improvementnotice.model.requirement.Cadence;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.RequirementForm;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.time.StatedDate;

/** Generates whole notices that pass validation. */
public final class NoticeGenerator {

  /**
   * The configuration of a notice arbitrary: as its fields say; {@code deadlinesBeforeIssue} and
   * {@code beforeDeadlines} as {@link Generators.Context}'s, {@code finalReviews} the share of notices whose
   * schedule ends with a final review at the notice's end or up to three months after it, {@code derivedRates} the
   * share of notices declaring a rate derived from two counts ({@link #DERIVED_RATE}) beside their indicators.
   */
  public record Config(LocalDate issuedFrom, LocalDate issuedUntil, int minMeasures, int maxMeasures,
      int maxRequirementsPerMeasure, Set<RequirementForm> forms, boolean awkwardText, double withoutTerm,
      double eventDeadlines, double unscheduledEvents, double deadlinesBeforeIssue, double beforeDeadlines,
      double finalReviews, double derivedRates) {

    /**
     * A configuration with none of the second edition's variations: no deadline before the issue date, no strict
     * deadline, no final review.
     *
     * @param issuedFrom the earliest issue date
     * @param issuedUntil the latest issue date, on or after {@code issuedFrom}
     * @param minMeasures the fewest measures a notice has
     * @param maxMeasures the most measures a notice has, at least {@code minMeasures}
     * @param maxRequirementsPerMeasure the most requirements a measure holds, 1 or more
     * @param forms the forms of the requirements, at least one
     * @param awkwardText whether text has quotes, backslashes, line breaks and non-ASCII characters
     * @param withoutTerm the share of notices with no stated term, 0 to 1
     * @param eventDeadlines the share of targets' deadlines at the notice's end or a named event, 0 to 1
     * @param unscheduledEvents the share of deadlines at a named event that name one neither the calendar nor the
     *     schedule has, 0 to 1
     */
    public Config(LocalDate issuedFrom, LocalDate issuedUntil, int minMeasures, int maxMeasures,
        int maxRequirementsPerMeasure, Set<RequirementForm> forms, boolean awkwardText, double withoutTerm,
        double eventDeadlines, double unscheduledEvents) {
      this(issuedFrom, issuedUntil, minMeasures, maxMeasures, maxRequirementsPerMeasure, forms, awkwardText,
          withoutTerm, eventDeadlines, unscheduledEvents, 0, 0, 0, 0);
    }
  }

  /**
   * Events deadlines may name that the generated calendar and schedule never date ("in time for the March
   * Improvement Board"): they resolve only once a meeting with that label is recorded.
   */
  public static final List<String> UNSCHEDULED_EVENTS = List.of("March Improvement Board",
      "Extraordinary Improvement Board", "twelve month review");

  private static final List<String> GROUPS = List.of("Outcomes", "Build capacity", "Working with others",
      "Partnership and Governance", "Theme 1: Strategic Leadership and Governance");
  private static final List<String> COUNCILS = List.of("Surrey County Council", "Kent County Council",
      "West Sussex County Council", "Somerset County Council", "Anyshire Council");

  /** A local indicator reporting a gap itself, declared when gaps are among the forms (for supplied gaps). */
  /** The counts a derived rate is worked out from: assessments (higher is better) over referrals. */
  public static final List<Indicator> DERIVED_RATE_COUNTS = List.of(
      Indicator.of("ASSESSMENTS STARTED", "Initial assessments started",
          org.improvementnotice.model.indicator.Unit.COUNT, org.improvementnotice.model.indicator.Polarity.HIGHER_IS_BETTER,
          org.improvementnotice.model.time.PeriodKind.MONTH),
      // fewer referrals for the same assessments is a higher rate: lower is better keeps a better count a better rate
      Indicator.of("REFERRALS RECEIVED", "Referrals received", org.improvementnotice.model.indicator.Unit.COUNT,
          org.improvementnotice.model.indicator.Polarity.LOWER_IS_BETTER,
          org.improvementnotice.model.time.PeriodKind.MONTH));

  /** A rate the data never gives: the notice derives it from {@link #DERIVED_RATE_COUNTS}. */
  public static final Indicator DERIVED_RATE = Indicator.of("CONVERSION RATE",
      "Referrals leading to an initial assessment", org.improvementnotice.model.indicator.Unit.PERCENT,
      org.improvementnotice.model.indicator.Polarity.HIGHER_IS_BETTER, org.improvementnotice.model.time.PeriodKind.MONTH)
      .derived(new org.improvementnotice.model.indicator.Derivation(DERIVED_RATE_COUNTS.get(0).id(),
          DERIVED_RATE_COUNTS.get(1).id()));

  static final Indicator GAP_INDICATOR = Indicator.of("GAP KS2 ENG CIC",
      "Gap in level 4 English at Key Stage 2 between children in care and all children",
      org.improvementnotice.model.indicator.Unit.PERCENTAGE_POINTS,
      org.improvementnotice.model.indicator.Polarity.LOWER_IS_BETTER,
      org.improvementnotice.model.time.PeriodKind.ACADEMIC_YEAR);

  private NoticeGenerator() {}

  /**
   * {@return notices under the configuration, each passing validation}
   *
   * @param config the issue dates, sizes, forms and shares of each variation
   */
  public static Arbitrary<Notice> notices(Config config) {
    Arbitrary<LocalDate> issue = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(9, Arbitraries.longs()
            .between(0, java.time.temporal.ChronoUnit.DAYS.between(config.issuedFrom(), config.issuedUntil()))
            .map(config.issuedFrom()::plusDays)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(config.issuedFrom(), config.issuedUntil())));
    boolean gaps = config.forms().contains(RequirementForm.GAP_BETWEEN_SERIES);
    Arbitrary<List<Indicator>> indicators = Arbitraries.of(IndicatorCatalogue.standard().indicators())
        .list().ofMaxSize(4).uniqueElements().map(extra -> {
          Set<Indicator> all = new LinkedHashSet<>();
          all.add(IndicatorCatalogue.standard().get("NI 59"));
          all.add(IndicatorCatalogue.standard().get("NI 60"));
          all.addAll(extra);
          if (gaps) {
            all.add(GAP_INDICATOR);
          }
          return List.copyOf(all);
        });
    Arbitrary<List<Indicator>> withRates = config.derivedRates() <= 0 ? indicators
        : Combinators.combine(indicators, Generators.chance(config.derivedRates())).as((list, rate) -> {
          if (!rate) {
            return list;
          }
          List<Indicator> all = new ArrayList<>(list);
          all.addAll(DERIVED_RATE_COUNTS);
          all.add(DERIVED_RATE);
          return List.copyOf(all);
        });
    return Combinators.combine(issue, Arbitraries.integers().between(6, 30), withRates, Arbitraries.of(true, false),
            Generators.chance(config.withoutTerm()))
        .as(Skeleton::new)
        .flatMap(s -> whole(s, config));
  }

  /** A notice's outline; without a term, {@link #end()} is only the horizon its dates are drawn up to. */
  private record Skeleton(LocalDate issue, int months, List<Indicator> indicators, boolean secondBoard,
      boolean withoutTerm) {
    LocalDate end() {
      return issue.plusMonths(months);
    }
  }

  /**
   * Whether the issue date is assumed, the final review's date, if the schedule has one, and whether the term, the
   * issuer and the calendar's event are facts the writer supplied.
   */
  private record Dates(boolean assumed, Optional<org.improvementnotice.model.time.Deadline> finalReview,
      boolean termAssumed, boolean issuerAssumed, boolean eventAssumed, int revocable) {}

  private static Arbitrary<Notice> whole(Skeleton s, Config config) {
    List<String> boards = s.secondBoard() ? List.of("Improvement Board", "Performance Challenge")
        : List.of("Improvement Board");
    LocalDate boardDay = YearMonth.from(s.issue().plusMonths(3)).atDay(15);
    Generators.Context ctx = new Generators.Context(s.issue(), s.end(), s.indicators(), boards,
        List.of("January Improvement Board", "six month review"), UNSCHEDULED_EVENTS, config.eventDeadlines(),
        config.unscheduledEvents(), config.awkwardText(), config.deadlinesBeforeIssue(), config.beforeDeadlines());
    Arbitrary<List<Measure>> measures = Arbitraries.integers().between(config.minMeasures(), config.maxMeasures())
        .flatMap(n -> {
          List<Arbitrary<Measure>> list = new ArrayList<>();
          for (int m = 0; m < n; m++) {
            list.add(measure(m, ctx, config));
          }
          return Combinators.combine(list).as(List::copyOf);
        });
    Arbitrary<String> text = Texts.phrase(10, config.awkwardText());
    Arbitrary<Optional<String>> optionalText = text.optional(0.5);
    Arbitrary<Optional<org.improvementnotice.model.time.Deadline>> finalReview = Generators.chance(
        config.finalReviews()).flatMap(yes -> !yes ? Arbitraries.just(Optional.empty())
            : Arbitraries.integers().between(-1, 92).map(days -> Optional.of(days < 0
                ? org.improvementnotice.model.time.Deadline.endOfNotice()
                : org.improvementnotice.model.time.Deadline.on(s.end().plusDays(days)))));
    return Combinators.combine(measures, Arbitraries.of(COUNCILS), optionalText, optionalText, text,
            Arbitraries.of(Instrument.class), Combinators.combine(Arbitraries.of(true, false), finalReview,
                Generators.chance(0.2), Generators.chance(0.1), Generators.chance(0.2),
                Arbitraries.integers().between(0, 19)).as(Dates::new), optionalText)
        .as((ms, council, address, signatory, consequence, instrument, dates, background) -> {
          boolean assumed = dates.assumed();
          Optional<org.improvementnotice.model.time.Deadline> review = dates.finalReview();
          List<org.improvementnotice.model.AssessmentPoint> points = new ArrayList<>(List.of(
              new org.improvementnotice.model.AssessmentPoint("six month review",
                  org.improvementnotice.model.time.Deadline.monthsAfterIssue(6))));
          review.ifPresent(when -> points.add(new org.improvementnotice.model.AssessmentPoint("final review", when)));
          Notice.Builder b = Notice.builder()
              .id("notice-" + s.issue())
              .instrument(instrument)
              .recipient(new Recipient(council, address))
              .issuer(new Issuer("Department for Education", signatory, dates.issuerAssumed()))
              .serviceArea("Children's Services")
              .issued(new IssueDate(s.issue(), assumed));
          if (!s.withoutTerm()) {
            // one in twenty in force until revoked with no revocation yet, one in twenty revoked at the horizon
            b.term(dates.revocable() == 0 ? new Term.UntilRevoked(Optional.empty(), dates.termAssumed())
                : dates.revocable() == 1 ? new Term.UntilRevoked(Optional.of(s.end()), dates.termAssumed())
                : assumed ? new Term.ForMonths(s.months(), dates.termAssumed())
                : new Term.Until(s.end(), dates.termAssumed()));
          }
          b.schedule(new AssessmentSchedule(Optional.of("The Department for Education"), background, points))
              .governance(new Governance(boards.stream().map(name -> new Board(name,
                  Optional.of("Independent Chair"), Optional.of(Cadence.monthly()),
                  List.of("an official from the Department for Education"), List.of("key partners"))).toList(),
                  List.of(new NamedEvent("January Improvement Board", boardDay, dates.eventAssumed()))))
              .addEvidence(new NoticeEvidence("Ofsted inspection report",
                  Optional.of(new StatedDate.OfMonth(YearMonth.from(s.issue().minusMonths(3))))));
          background.ifPresent(b::background);
          b.consequence(new Consequence(Optional.of("s497A Education Act 1996"), consequence));
          s.indicators().forEach(b::addIndicator);
          ms.forEach(b::addMeasure);
          return b.build();
        });
  }

  /** Who bears a measure's duties: mostly the council, sometimes with its partners, sometimes another party. */
  private static final Arbitrary<Bearer> BEARERS = Arbitraries.frequencyOf(
      net.jqwik.api.Tuple.of(8, Arbitraries.just(Bearer.council())),
      net.jqwik.api.Tuple.of(1, Arbitraries.just(Bearer.councilWithPartners())),
      net.jqwik.api.Tuple.of(1, Arbitraries.of("the Board Chair", "Ofsted", "the Commissioner",
          "the Local Safeguarding Children Board", "the Department for Education").map(Bearer::other)));

  private static Arbitrary<Measure> measure(int m, Generators.Context ctx, Config config) {
    Arbitrary<List<Requirement>> reqs = Arbitraries.integers().between(1, config.maxRequirementsPerMeasure())
        .flatMap(n -> {
          List<Arbitrary<Requirement>> list = new ArrayList<>();
          for (int r = 0; r < n; r++) {
            RequirementId id = RequirementId.of("m" + (m + 1) + "-r" + (r + 1));
            list.add(Arbitraries.of(config.forms()).flatMap(form -> Generators.requirement(id, form, ctx)));
          }
          return Combinators.combine(list).as(List::copyOf);
        });
    return Combinators.combine(reqs, Arbitraries.of(GROUPS), Texts.phrase(20, config.awkwardText()), BEARERS)
        .as((rs, group, clause, bearer) -> new Measure(MeasureId.of("m" + (m + 1)), group, clause, rs, bearer));
  }
}
