package org.improvementnotice.benchmarks.reference;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.improvementnotice.rules.Settings;
import org.improvementnotice.testkit.NoticeAndData;

/**
 * The differential oracle for the final verdict (DOMAIN.md, "The final verdict"): the engine's
 * {@code finalVerdict} is taken on the same date as the reference's (the later of the last scheduled assessment and
 * the end plus the publication lag, a setting drawn here from one day to three months) and its findings equal the
 * reference's there, compared as {@link DifferentialProperties} compares them; and in it no requirement due on or
 * before the end is NOT_YET_DUE. Some notices' schedules end with a final review at or after the end; some
 * notices have no end (no final verdict on either side).
 */
class FinalVerdictDifferentialProperties {

  private static final Differential.Side ENGINE = Differential.engine();
  private static final AtomicLong COMPARED = new AtomicLong();
  private static final Map<String, AtomicLong> BY_STATUS = new ConcurrentSkipListMap<>();

  /** The input of one try: a notice, its data and the settings to evaluate it under. */
  record Case(NoticeAndData pair, Settings settings) {}

  @Provide
  Arbitrary<Case> firstEdition() {
    return withSettings(SecondEditionCases.exercising(Break.FINAL_VERDICT_WITHOUT_LAG));
  }

  @Provide
  Arbitrary<Case> secondEdition() {
    return withSettings(SecondEditionCases.secondEdition());
  }

  private static Arbitrary<Case> withSettings(Arbitrary<NoticeAndData> pairs) {
    Arbitrary<java.time.Period> lags = Arbitraries.oneOf(Arbitraries.just(Settings.DEFAULT_PUBLICATION_LAG),
        Arbitraries.integers().between(1, 92).map(java.time.Period::ofDays),
        Arbitraries.integers().between(1, 3).map(java.time.Period::ofMonths));
    return pairs.flatMap(p -> DifferentialProperties.settings(p.notice(), lags).map(s -> new Case(p, s)));
  }

  @Property(tries = 200)
  void theFinalVerdictEqualsTheReferences(@ForAll("firstEdition") Case c) {
    compare(c);
  }

  @Property(tries = 200)
  void theFinalVerdictEqualsTheReferencesUnderTheSecondEdition(@ForAll("secondEdition") Case c) {
    compare(c);
  }

  private static void compare(Case c) {
    Differential.compareFinal(ENGINE, Differential.expectedReference(), c.pair(), c.settings(),
        (n, at, id, found) -> {
      COMPARED.incrementAndGet();
      BY_STATUS.computeIfAbsent(found.decision().status() + " " + found.decision().rag(), k -> new AtomicLong())
          .incrementAndGet();
    });
  }

  @AfterContainer
  static void report() {
    System.out.println("Final verdicts: compared " + COMPARED.get() + " findings with the reference; by status and"
        + " colour: " + BY_STATUS);
  }
}
