package org.improvementnotice.testkit;

import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitrary;
import org.improvementnotice.model.Notice;

/** Notices paired with data drawn for each, as the properties of the testkit's options draw them. */
final class Pairs {
  private Pairs() {}

  /**
   * Each notice with data drawn for it with the options set, edge cases left out (as
   * {@link NoticeArbitraries#noticesWithData()} does with the defaults).
   */
  static Arbitrary<NoticeAndData> withData(Arbitrary<Notice> notices,
      UnaryOperator<PerformanceDataArbitrary> options) {
    return notices.flatMap(n -> options.apply(NoticeArbitraries.performanceData(n)).map(d -> new NoticeAndData(n, d)))
        .withoutEdgeCases();
  }
}
