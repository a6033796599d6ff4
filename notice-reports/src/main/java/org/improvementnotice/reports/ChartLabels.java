package org.improvementnotice.reports;

import java.awt.Color;
import java.awt.Font;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;

/**
 * The labels of a chart, placed so that none hides another: the deadlines and assessment dates upright in a
 * band above the data (dates too close for two labels share one), and each target's wording beside its line,
 * below it when the place above is taken, left out (it is in the text under the chart) when both are.
 */
final class ChartLabels {
  private static final String FONT = ChartSvg.FONT;
  private static final int DATE_FONT = 12;
  private static final int TARGET_FONT = 12;
  /** Roughly how wide a character of the labels' font is, in pixels. */
  private static final double CHAR_WIDTH = 6.0;
  private static final Color DEADLINE = new Color(0x444444);
  private static final Color ASSESSED = new Color(0x8a8a8a);
  private static final Color BAND = new Color(0xf3f3f3);

  /**
   * Where the chart's data is drawn, approximately, in pixels, to place labels: x from the first to the last
   * day, y from the scale's lower end to the top of the band.
   */
  record Frame(LocalDate first, LocalDate last, double lower, double top, double left, double width, double bottom,
      double height) {
    double x(LocalDate date) {
      return left + width * ChronoUnit.DAYS.between(first, date) / Math.max(1, ChronoUnit.DAYS.between(first, last));
    }

    double y(double value) {
      return bottom - height * (value - lower) / (top - lower);
    }
  }

  private ChartLabels() {}

  /** The dates' labels, near dates merged: about 18 pixels apart at least. */
  static List<String> dateLabels(List<ChartData.DateMark> marks, Frame frame) {
    List<String> labels = new ArrayList<>();
    for (List<ChartData.DateMark> group : groups(marks, frame)) {
      labels.add(String.join("; ", group.stream().map(ChartData.DateMark::label).toList()));
    }
    return labels;
  }

  /** The height in pixels of the band above the data that holds the upright labels. */
  static double bandHeight(List<String> labels) {
    int longest = labels.stream().mapToInt(String::length).max().orElse(0);
    return longest == 0 ? 0 : longest * CHAR_WIDTH + 10;
  }

  /** Draws each date as a vertical line, its label upright in the band between {@code upper} and the top. */
  static void dates(XYPlot plot, List<ChartData.DateMark> marks, double upper, Frame frame) {
    if (marks.isEmpty()) {
      return;
    }
    IntervalMarker band = new IntervalMarker(upper, frame.top(), BAND);
    plot.addRangeMarker(band, Layer.BACKGROUND);
    for (List<ChartData.DateMark> group : groups(marks, frame)) {
      for (ChartData.DateMark mark : group) {
        boolean deadline = mark.label().startsWith("due");
        plot.addDomainMarker(new ValueMarker(millis(mark.date()), deadline ? DEADLINE : ASSESSED,
            deadline ? ChartSvg.dashed(1.5f, 6f, 4f) : ChartSvg.dashed(1f, 2f, 3f)));
      }
      String label = String.join("; ", group.stream().map(ChartData.DateMark::label).toList());
      XYTextAnnotation text = new XYTextAnnotation(label, millis(group.get(0).date()), frame.top());
      text.setFont(new Font(FONT, Font.PLAIN, DATE_FONT));
      text.setPaint(new Color(0x222222));
      text.setRotationAngle(-Math.PI / 2);
      text.setTextAnchor(TextAnchor.TOP_RIGHT);
      text.setRotationAnchor(TextAnchor.TOP_RIGHT);
      plot.addAnnotation(text);
    }
  }

  /** Writes each target's wording beside its line where it hides no other label. */
  static void targets(XYPlot plot, List<ChartData.TargetLine> targets, NiceScale scale, Frame frame) {
    LocalDate middle = frame.first().plusDays(ChronoUnit.DAYS.between(frame.first(), frame.last()) / 2);
    List<double[]> taken = new ArrayList<>();
    for (ChartData.TargetLine t : targets) {
      double v = t.threshold().value().doubleValue();
      if (!ChartSvg.drawable(t.threshold().value()) || v < scale.lower() || v > scale.upper()) {
        continue;
      }
      String words = "target " + Quantities.threshold(t.threshold())
          + t.due().map(d -> " by " + Dates.shortDate(d)).orElse(" from " + Dates.shortDate(t.from()));
      boolean left = t.from().isBefore(middle);
      double width = words.length() * CHAR_WIDTH;
      double x0 = left ? frame.x(t.from()) : frame.x(t.until()) - width;
      double y = frame.y(v);
      double[] above = {x0, y - TARGET_FONT - 4, x0 + width, y};
      double[] below = {x0, y, x0 + width, y + TARGET_FONT + 4};
      boolean roomAbove = above[1] > frame.y(scale.upper()) && free(above, taken);
      boolean roomBelow = below[3] < frame.bottom() && free(below, taken);
      if (!roomAbove && !roomBelow) {
        continue;
      }
      taken.add(roomAbove ? above : below);
      XYTextAnnotation text = new XYTextAnnotation(words, millis(left ? t.from() : t.until()), v);
      text.setFont(new Font(FONT, Font.BOLD, TARGET_FONT));
      text.setPaint(ChartSvg.TARGET);
      text.setTextAnchor(roomAbove ? (left ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT)
          : (left ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT));
      text.setBackgroundPaint(new Color(255, 255, 255, 210));
      plot.addAnnotation(text);
    }
  }

  private static boolean free(double[] box, List<double[]> taken) {
    for (double[] t : taken) {
      if (box[0] < t[2] && t[0] < box[2] && box[1] < t[3] && t[1] < box[3]) {
        return false;
      }
    }
    return true;
  }

  private static List<List<ChartData.DateMark>> groups(List<ChartData.DateMark> marks, Frame frame) {
    List<List<ChartData.DateMark>> groups = new ArrayList<>();
    for (ChartData.DateMark mark : marks) {
      List<ChartData.DateMark> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (last != null && frame.x(mark.date()) - frame.x(last.get(0).date()) < DATE_FONT + 6) {
        last.add(mark);
      } else {
        groups.add(new ArrayList<>(List.of(mark)));
      }
    }
    return groups;
  }

  static double millis(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }
}
