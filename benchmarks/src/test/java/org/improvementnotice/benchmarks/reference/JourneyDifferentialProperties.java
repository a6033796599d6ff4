package org.improvementnotice.benchmarks.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import org.improvementnotice.model.AssessmentPoint;
import org.improvementnotice.model.IssueDate;
import org.improvementnotice.model.Notice;
import org.improvementnotice.rules.Settings;
import org.improvementnotice.testkit.NoticeAndData;

/**
 * The differential oracle for a notice's journey (DOMAIN.md, "The final verdict"; "Instruments without an end, and
 * instruments that replace others"): the engine's {@code evaluateSchedule} holds the same assessments as the
 * reference's {@code journey} (date, name, whether final) with the same findings at each, for a notice on its own
 * and for one that a later notice, drawn by the testkit's {@code superseding}, supersedes from its issue date.
 * The successor is issued from a day to three years after the earlier notice, so sometimes after its end (it then
 * keeps its own journey) and sometimes before its first assessment; or on the earlier notice's last day, a
 * schedule point's day, or the day either side of one, where a reading of "before" and "on" would differ.
 */
class JourneyDifferentialProperties {

  private static final Differential.Side ENGINE = Differential.engine();
  private static final AtomicLong JOURNEYS = new AtomicLong();
  private static final Map<String, AtomicLong> ENDINGS = new ConcurrentSkipListMap<>();

  /** The input of one try: a notice, its data, a notice superseding it (or none) and the settings. */
  record Case(NoticeAndData pair, Optional<Notice> successor, Settings settings) {}

  /**
   * A notice on its own (one try in three), or with a later notice superseding it, issued on any day (one in three)
   * or on a day at an edge of the earlier one's journey (one in three).
   */
  @Provide
  Arbitrary<Case> journeys() {
    Arbitrary<Case> alone = SecondEditionCases.secondEdition().flatMap(p -> DifferentialProperties.settings(p.notice())
        .map(s -> new Case(p, Optional.empty(), s)));
    Arbitrary<Case> superseded = SecondEditionCases.secondEdition().flatMap(p -> SecondEditionCases
        .successorsOf(p.notice())
        .flatMap(later -> DifferentialProperties.settings(p.notice()).map(s -> new Case(p, Optional.of(later), s))));
    Arbitrary<Case> atEdges = SecondEditionCases.secondEdition().flatMap(p -> SecondEditionCases
        .successorsOf(p.notice()).flatMap(later -> Arbitraries.of(edges(p.notice()))
            .map(d -> d.isAfter(p.notice().issued().date()) ? issuedOn(later, d) : later))
        .flatMap(later -> DifferentialProperties.settings(p.notice()).map(s -> new Case(p, Optional.of(later), s))));
    return Arbitraries.frequencyOf(Tuple.of(1, alone), Tuple.of(1, superseded), Tuple.of(1, atEdges));
  }

  /**
   * The days a change is most likely to be read differently on: the day before the earlier notice's end, the end
   * itself and the day after, and each schedule point's day and the days either side of it.
   */
  private static List<LocalDate> edges(Notice earlier) {
    List<LocalDate> days = new ArrayList<>();
    earlier.end().ifPresent(days::add);
    for (AssessmentPoint point : earlier.schedule().points()) {
      point.when().resolve(earlier.deadlineContext()).ifPresent(days::add);
    }
    List<LocalDate> out = new ArrayList<>();
    days.forEach(d -> out.addAll(List.of(d.minusDays(1), d, d.plusDays(1))));
    return out.isEmpty() ? List.of(earlier.issued().date().plusDays(1)) : out;
  }

  /** The successor, issued on another day (its own validity does not matter to the earlier one's journey). */
  private static Notice issuedOn(Notice n, LocalDate day) {
    return new Notice(n.id(), n.instrument(), n.recipient(), n.issuer(), n.serviceArea(), n.evidence(),
        n.background(), IssueDate.stated(day), n.term(), n.schedule(), n.governance(), n.indicators(), n.measures(),
        n.consequence(), n.supersedes());
  }

  @Property(tries = 250)
  void aJourneyEqualsTheReferences(@ForAll("journeys") Case c) {
    JOURNEYS.incrementAndGet();
    Differential.compareJourney(ENGINE, Differential.expectedReference(), c.pair(), c.successor(), c.settings(),
        Differential.Tally.NONE);
    String ending = c.successor().isEmpty() ? "alone" : ending(c.pair().notice(), c.successor().get());
    ENDINGS.computeIfAbsent(ending, k -> new AtomicLong()).incrementAndGet();
  }

  private static String ending(Notice earlier, Notice later) {
    boolean endedBefore = earlier.end().filter(end -> end.isBefore(later.issued().date())).isPresent();
    return endedBefore ? "ended before its successor" : "superseded";
  }

  @AfterContainer
  static void report() {
    System.out.println("Journeys: compared " + JOURNEYS.get() + " with the reference; " + ENDINGS);
  }
}
