package org.improvementnotice.benchmarks.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;
import org.improvementnotice.model.Notice;
import org.improvementnotice.rules.Settings;
import org.improvementnotice.testkit.NoticeAndData;

/**
 * The differential properties can fail: for each {@link Break}, a reference built with it is told apart from the
 * sound reference by the same comparison ({@link Differential}) on the same generated cases
 * ({@link SecondEditionCases#exercising}) as the differential properties use against the engine, within a bounded
 * number of tries drawn with a fixed seed (so the test is deterministic). Compared with the sound reference rather
 * than the engine, so that it shows what the comparison detects whatever the engine's own state.
 */
class ReferenceBreaksTest {

  private static final long SEED = 20261202L;
  private static final int MAX_TRIES = 300;

  @Example
  void everyBreakIsDetectedByTheDifferentialProperties() {
    Map<Break, Integer> detectedAt = new EnumMap<>(Break.class);
    List<Break> undetected = new ArrayList<>();
    for (Break fault : Break.values()) {
      int found = firstFailingTry(Differential.reference(ReferenceEvaluator.brokenBy(fault)), fault);
      if (found < 0) {
        undetected.add(fault);
      } else {
        detectedAt.put(fault, found);
      }
    }
    System.out.println("Breaks detected by the differential, at try: " + detectedAt);
    assertThat(undetected).as("breaks the differential did not detect in %d tries", MAX_TRIES).isEmpty();
  }

  /** The sound reference, compared with itself on the same cases, never fails: the failures come from the breaks. */
  @Example
  void theSoundReferenceIsNeverToldApartFromItself() {
    for (Break fault : Break.values()) {
      assertThat(firstFailingTry(Differential.SOUND, fault, 20)).as("sound against sound on %s's cases", fault)
          .isEqualTo(-1);
    }
  }

  private static int firstFailingTry(Differential.Side candidate, Break fault) {
    return firstFailingTry(candidate, fault, MAX_TRIES);
  }

  /** The first try (from 0) at which the comparison fails, or -1 within the tries. */
  private static int firstFailingTry(Differential.Side candidate, Break fault, int tries) {
    RandomGenerator<NoticeAndData> cases = SecondEditionCases.exercising(fault).generator(1000);
    Random random = new Random(SEED + fault.ordinal());
    for (int i = 0; i < tries; i++) {
      NoticeAndData pair = cases.next(random).value();
      int shift = random.nextInt(101);
      try {
        if (SecondEditionCases.inASupersededJourney(fault)) {
          Notice successor = SecondEditionCases.successorsOf(pair.notice()).generator(1000).next(random).value();
          Differential.compareJourney(candidate, Differential.SOUND_REFERENCE, pair, Optional.of(successor),
              Settings.defaults(), Differential.Tally.NONE);
        } else if (SecondEditionCases.inTheFinalVerdict(fault)) {
          Differential.compareFinal(candidate, Differential.SOUND_REFERENCE, pair, Settings.defaults(),
              Differential.Tally.NONE);
        } else {
          Differential.compare(candidate, Differential.SOUND_REFERENCE, pair, Settings.defaults(), shift,
              Differential.Tally.NONE);
        }
      } catch (AssertionError detected) {
        return i;
      }
    }
    return -1;
  }
}
