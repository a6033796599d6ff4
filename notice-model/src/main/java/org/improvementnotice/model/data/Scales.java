package org.improvementnotice.model.data;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.improvementnotice.model.indicator.Decimals;
import org.improvementnotice.model.indicator.IndicatorId;

/**
 * The decimal places each indicator's figures have in the data: the most any of them was written with, as a
 * reader records it ({@code 70.0} has one, {@code 67.20} two), else the most any canonical value has (values
 * are held without trailing zeros, so {@code 70.0} held alone has none). A benchmark computed from other councils'
 * figures (one with a {@linkplain BenchmarkValue#basis() basis}) does not count: a mean of ten figures of one
 * decimal may need fifteen. Immutable and thread-safe.
 */
final class Scales {

  private final ImmutableMap<IndicatorId, Integer> byIndicator;
  private final ImmutableMap<IndicatorId, Integer> written;

  Scales(Map<IndicatorId, Integer> written, List<Observation> observations, List<BenchmarkValue> benchmarks) {
    this.written = ImmutableMap.copyOf(written);
    Map<IndicatorId, Integer> most = new HashMap<>(written);
    Stream.concat(observations.stream().map(o -> Map.entry(o.indicator(), o.value().scale())),
            // a benchmark computed from other councils' figures was written by no one: its digits are arithmetic
            benchmarks.stream().filter(b -> b.basis().isEmpty()).map(b -> Map.entry(b.indicator(), b.value().scale())))
        .forEach(e -> most.merge(e.getKey(), Math.max(0, e.getValue()), Math::max));
    this.byIndicator = ImmutableMap.copyOf(most);
  }

  /** Records that a figure of the indicator was written with {@code decimals} places, keeping the most. */
  static void record(Map<IndicatorId, Integer> written, IndicatorId indicator, int decimals) {
    if (decimals < 0 || decimals > Decimals.MAX_SCALE) {
      throw new IllegalArgumentException(String.format(
          "A figure of %s is written with 0 to %d decimal places, not %d", indicator, Decimals.MAX_SCALE, decimals));
    }
    written.merge(indicator, decimals, Math::max);
  }

  OptionalInt decimals(IndicatorId indicator) {
    Integer d = byIndicator.get(indicator);
    return d == null ? OptionalInt.empty() : OptionalInt.of(d);
  }

  ImmutableMap<IndicatorId, Integer> written() {
    return written;
  }
}
