package org.improvementnotice.reports;

/**
 * A value axis with round ticks ("nice numbers"): the step is 1, 2 or 5 times a power of ten, and both ends
 * are multiples of the step that enclose the values with a margin of a twentieth of their range (none below
 * a lower end of 0). A percentage axis ends at 100 at most and starts at 0
 * at least; an axis of values that are all zero or more starts at 0 when the smallest is no more than half
 * the largest.
 *
 * @param lower the lower end, a multiple of the step
 * @param upper the upper end, a multiple of the step, above the lower
 * @param step the distance between ticks
 */
record NiceScale(double lower, double upper, double step) {
  private static final int TICKS = 5;

  /**
   * The scale for values between {@code min} and {@code max} (finite, {@code min <= max}).
   *
   * @param percent whether the values are percentages (then within 0 to 100)
   */
  static NiceScale of(double min, double max, boolean percent) {
    if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
      throw new IllegalArgumentException(String.format("No scale for %s to %s", min, max));
    }
    if (min >= 0 && min <= max / 2) {
      min = 0;
    }
    if (percent) {
      min = Math.max(0, Math.min(min, 100));
      max = Math.min(100, Math.max(max, 0));
    }
    if (max - min < Math.max(Math.abs(max), 1) * 1e-9) {
      double half = Math.max(Math.abs(max) * 0.1, 1);
      min = percent ? Math.max(0, min - half) : min - half;
      max = percent ? Math.min(100, max + half) : max + half;
      if (max <= min) {
        max = min + 1;
      }
    }
    // a margin of a twentieth of the range, so that no point sits on the plot's edge
    double margin = (max - min) / 20;
    double low = min == 0 || (min > 0 && min - margin < 0) ? min : min - margin;
    double high = max + margin;
    double step = niceStep((high - low) / (TICKS - 1));
    double lower = Math.floor(low / step) * step;
    double upper = Math.ceil(high / step) * step;
    if (percent) {
      upper = Math.min(upper, 100);
      lower = Math.max(lower, 0);
    }
    if (!(upper > lower) || !Double.isFinite(upper) || !Double.isFinite(lower)) {
      return new NiceScale(min, max, max - min);
    }
    return new NiceScale(lower, upper, step);
  }

  /** The nearest to {@code rough} of 1, 2 or 5 times a power of ten (Heckbert's "nice numbers"). */
  static double niceStep(double rough) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
    double fraction = rough / magnitude;
    double nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
    return nice * magnitude;
  }

  /** The decimal places the step's ticks need (0 for a step of 1 or more). */
  int tickDecimals() {
    return step >= 1 ? 0 : (int) Math.min(10, Math.ceil(-Math.log10(step) - 1e-9));
  }
}
