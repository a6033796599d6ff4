package org.improvementnotice.model.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.time.Period;
import org.junit.jupiter.api.Test;

/**
 * Many revisions of one figure, added in any order, are indexed in about n log n and looked up by binary
 * search. The time-outs only guard against a hang (quadratic insertion took minutes); speed is measured in
 * {@code PerformanceDataBenchmark}.
 */
class RevisionsTest {

  private static final IndicatorId NI59 = IndicatorId.of("NI 59");
  private static final Period MARCH = Period.parse("2009-03");
  private static final LocalDate FIRST = LocalDate.of(2009, 4, 1);
  private static final int REVISIONS = 200_000;
  private static final Duration HANG = Duration.ofSeconds(20);

  /** The i-th revision: value i, published i days after the first. */
  private static Observation revision(int i) {
    return Observation.of(NI59, MARCH, BigDecimal.valueOf(i), "t", FIRST.plusDays(i));
  }

  private static void check(List<Integer> order) {
    List<Observation> added = new ArrayList<>(order.size());
    order.forEach(i -> added.add(revision(i)));
    PerformanceData data = assertTimeoutPreemptively(HANG,
        () -> PerformanceData.builder("Surrey").addObservations(added).build());
    assertThat(data.observations()).hasSize(REVISIONS);
    assertThat(data.observation(NI59, MARCH, FIRST.minusDays(1))).isEmpty();
    for (int i : new int[] {0, 1, 2, 12_345, REVISIONS / 2, REVISIONS - 2, REVISIONS - 1}) {
      assertThat(data.observation(NI59, MARCH, FIRST.plusDays(i))).map(Observation::value)
          .contains(BigDecimal.valueOf(i));
    }
    assertThat(data.observation(NI59, MARCH, LocalDate.MAX)).map(Observation::value)
        .contains(BigDecimal.valueOf(REVISIONS - 1));
    assertThat(data.latest(NI59, MARCH.kind(), LocalDate.MAX, FIRST.plusDays(7))).map(Observation::value)
        .contains(BigDecimal.valueOf(7));
  }

  private static List<Integer> ascending() {
    List<Integer> order = new ArrayList<>(REVISIONS);
    for (int i = 0; i < REVISIONS; i++) {
      order.add(i);
    }
    return order;
  }

  @Test
  void revisionsAddedOldestFirst() {
    check(ascending());
  }

  @Test
  void revisionsAddedNewestFirst() {
    List<Integer> order = ascending();
    Collections.reverse(order);
    check(order);
  }

  @Test
  void revisionsAddedInNoOrder() {
    List<Integer> order = ascending();
    Collections.shuffle(order, new Random(15));
    check(order);
  }
}
