package org.improvementnotice.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.improvementnotice.model.indicator.Unit;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws an indicator's chart as inline SVG with JFreeChart and JFreeSVG, on the server and with no script:
 * the council's figures as a line with points, each benchmark named, the expected path, the targets as red
 * lines labelled with their wording, each deadline and assessment date as a labelled vertical line, the
 * figures a failing finding judged circled, a value axis with its unit and round ticks (percentages within
 * 0 to 100), and the legend inside the chart. Values that cannot be drawn (beyond the range of a double) are
 * left out and counted by {@link #drawable}.
 */
final class ChartSvg {
  static final int WIDTH = 1000;
  static final int HEIGHT = 540;
  static final String FONT = "SansSerif";
  static final Color TARGET = new Color(0xb2182b);
  private static final Color OBSERVED = new Color(0x1f5fa8);
  private static final Color EXPECTED = new Color(0xb35806);
  private static final Map<BenchmarkKind, Color> BENCHMARK = Map.of(
      BenchmarkKind.ENGLAND, new Color(0x6a3d9a), BenchmarkKind.STATISTICAL_NEIGHBOURS, new Color(0x1b7837),
      BenchmarkKind.REGION, new Color(0x8c510a));

  static {
    // JFreeChart draws rotated text as glyph outlines unless told the JDK can rotate text (which it has done
    // correctly for years): as outlines, each rotated label would weigh some 20 KB and not be text at all
    TextUtils.setUseDrawRotatedStringWorkaround(false);
  }

  private ChartSvg() {}

  /** What a benchmark kind is called on a chart. */
  static String benchmarkName(BenchmarkKind kind) {
    return switch (kind) {
      case ENGLAND -> "England average";
      case STATISTICAL_NEIGHBOURS -> "Statistical neighbours' average";
      case REGION -> "Regional average";
    };
  }

  /** Whether the value can be drawn: within 10<sup>300</sup> of zero, so that an axis over it has a finite length. */
  static boolean drawable(java.math.BigDecimal value) {
    double v = value.doubleValue();
    return Double.isFinite(v) && Math.abs(v) <= 1e300;
  }

  /**
   * The chart as an {@code <svg>} element with the id, a {@code <title>} and a {@code <desc>}.
   *
   * @param id the element's id, unique in the document; also the prefix of the ids inside it
   */
  static String svg(ChartData data, String id, String title, String description) {
    JFreeChart chart = chart(data);
    SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
    g2.setDefsKeyPrefix(id + "-");
    g2.setGeomDoubleConverter(ChartSvg::oneDecimal);
    g2.setTransformDoubleConverter(d -> String.format(Locale.ROOT, "%.4f", d));
    chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
    String svg = g2.getSVGElement(id, false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    int open = svg.indexOf('>');
    return svg.substring(0, open) + " role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\" class=\"chart\">"
        + "<title id=\"" + id + "-title\">" + Html.escape(title) + "</title><desc id=\"" + id + "-desc\">"
        + Html.escape(description) + "</desc>" + svg.substring(open + 1);
  }

  private static JFreeChart chart(ChartData data) {
    Unit unit = data.indicator().unit();
    XYSeriesCollection dataset = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    List<double[]> extent = new ArrayList<>();
    int[] next = {0};

    XYSeries observed = series("Council's figure", data.observed(), extent);
    add(dataset, renderer, next, observed, OBSERVED, new BasicStroke(2.5f), ShapeUtils.createDiamond(4.5f), true);
    data.benchmarks().forEach((kind, points) -> add(dataset, renderer, next, series(benchmarkName(kind), points, extent),
        BENCHMARK.get(kind), dashed(2f, 6f, 3f), new Rectangle2D.Double(-3.5, -3.5, 7, 7), true));
    boolean firstPath = true;
    for (Map.Entry<String, List<ChartData.Point>> path : data.expected().entrySet()) {
      // one legend entry for the expected paths of all the indicator's requirements
      int index = add(dataset, renderer, next, series("Expected path to the target" + (firstPath ? "" : " (" + path.getKey()
          + ")"), path.getValue(), extent), EXPECTED, dashed(2f, 2f, 3f), new Ellipse2D.Double(-2.5, -2.5, 5, 5), true);
      if (index >= 0) {
        renderer.setSeriesVisibleInLegend(index, firstPath);
        firstPath = false;
      }
    }
    XYSeries targets = new XYSeries("Target", false, true);
    for (ChartData.TargetLine t : data.targets()) {
      double v = t.threshold().value().doubleValue();
      if (Double.isFinite(v)) {
        targets.add(millis(t.from()), v);
        targets.add(millis(t.until()), v);
        targets.add(millis(t.until()), null);
        extent.add(new double[] {millis(t.from()), v});
        extent.add(new double[] {millis(t.until()), v});
      }
    }
    add(dataset, renderer, next, targets, TARGET, new BasicStroke(2.5f), null, false);
    if (!data.failing().isEmpty()) {
      int index = add(dataset, renderer, next, series("Figure judged a failure", data.failing(), extent), TARGET,
          new BasicStroke(2f), new Ellipse2D.Double(-7, -7, 14, 14), true);
      renderer.setSeriesLinesVisible(index, false);
      renderer.setSeriesShapesFilled(index, false);
    }

    double minY = extent.stream().mapToDouble(p -> p[1]).min().orElse(0);
    double maxY = extent.stream().mapToDouble(p -> p[1]).max().orElse(unit == Unit.PERCENT ? 100 : 1);
    NiceScale scale = NiceScale.of(minY, maxY, unit == Unit.PERCENT);
    NumberAxis values = new TicksUpTo(Quantities.axisLabel(unit), scale.upper());
    values.setRange(scale.lower(), scale.upper());
    values.setTickUnit(new NumberTickUnit(scale.step(), tickFormat(scale)));
    values.setLabelFont(new Font(FONT, Font.PLAIN, 14));
    values.setTickLabelFont(new Font(FONT, Font.PLAIN, 13));

    LocalDate from = min(data.from(), extent);
    LocalDate until = max(data.until(), extent, data.dates());
    long span = Math.max(30, ChronoUnit.DAYS.between(from, until));
    LocalDate first = from.minusDays(span / 40);
    LocalDate last = until.plusDays(span / 40);
    DateAxis dates = new DateAxis("Date (figures are shown at the end of the period they are for)");
    dates.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
    dates.setRange(millis(first), millis(last));
    dates.setDateFormatOverride(utc(span > 3 * 365 ? "yyyy" : "MMM yyyy"));
    dates.setLabelFont(new Font(FONT, Font.PLAIN, 13));
    dates.setTickLabelFont(new Font(FONT, Font.PLAIN, 13));

    XYPlot plot = new XYPlot(dataset, dates, values, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xdddddd));
    plot.setDomainGridlinesVisible(false);
    plot.setOutlineVisible(false);
    plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
    JFreeChart chart = new JFreeChart(null, new Font(FONT, Font.PLAIN, 14), plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    LegendTitle legend = chart.getLegend();
    legend.setPosition(RectangleEdge.TOP);
    legend.setItemFont(new Font(FONT, Font.PLAIN, 13));
    legend.setFrame(BlockBorder.NONE);
    legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 12));

    // a first drawing, thrown away, tells where the data area lies; the labels are placed from it
    ChartRenderingInfo info = new ChartRenderingInfo();
    chart.draw(new SVGGraphics2D(WIDTH, HEIGHT), new Rectangle(0, 0, WIDTH, HEIGHT), info);
    Rectangle2D area = info.getPlotInfo().getDataArea();
    ChartLabels.Frame frame = new ChartLabels.Frame(first, last, scale.lower(), scale.upper(), area.getMinX(),
        area.getWidth(), area.getMaxY(), area.getHeight());
    double band = ChartLabels.bandHeight(ChartLabels.dateLabels(data.dates(), frame));
    double top = band <= 0 ? scale.upper()
        : scale.lower() + (scale.upper() - scale.lower()) * area.getHeight() / Math.max(area.getHeight() / 3,
            area.getHeight() - band);
    values.setRange(scale.lower(), top);
    frame = new ChartLabels.Frame(first, last, scale.lower(), top, area.getMinX(), area.getWidth(), area.getMaxY(),
        area.getHeight());
    ChartLabels.dates(plot, data.dates(), scale.upper(), frame);
    ChartLabels.targets(plot, data.targets(), scale, frame);
    return chart;
  }

  /** A value axis whose ticks stop at the top of the data, leaving the band above it to the dates' labels. */
  private static final class TicksUpTo extends NumberAxis {
    private static final long serialVersionUID = 1L;
    private final double last;

    TicksUpTo(String label, double last) {
      super(label);
      this.last = last;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
      List<Object> ticks = new ArrayList<>(super.refreshTicks(g2, state, dataArea, edge));
      ticks.removeIf(t -> ((ValueTick) t).getValue() > last + Math.abs(last) * 1e-9);
      return ticks;
    }
  }
  private static int add(XYSeriesCollection dataset, XYLineAndShapeRenderer renderer, int[] next, XYSeries series,
      Color colour, BasicStroke stroke, Shape shape, boolean shapes) {
    if (series.getItemCount() == 0) {
      return -1;
    }
    int index = next[0]++;
    dataset.addSeries(series);
    renderer.setSeriesPaint(index, colour);
    renderer.setSeriesStroke(index, stroke);
    renderer.setSeriesShapesVisible(index, shapes && shape != null);
    if (shape != null) {
      renderer.setSeriesShape(index, shape);
    }
    return index;
  }

  private static XYSeries series(String name, List<ChartData.Point> points, List<double[]> extent) {
    XYSeries series = new XYSeries(name, false, true);
    for (ChartData.Point p : points) {
      if (drawable(p.value())) {
        double v = p.value().doubleValue();
        series.add(millis(p.date()), v);
        extent.add(new double[] {millis(p.date()), v});
      }
    }
    return series;
  }

  /** Coordinates to a tenth of a pixel: finer is invisible and only makes the document larger. */
  private static String oneDecimal(double d) {
    long tenths = Math.round(d * 10);
    return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10.0 + "");
  }

  static BasicStroke dashed(float width, float on, float off) {
    return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {on, off}, 0f);
  }

  private static NumberFormat tickFormat(NiceScale scale) {
    if (Math.max(Math.abs(scale.lower()), Math.abs(scale.upper())) >= 1e12) {
      return new DecimalFormat("0.##E0", DecimalFormatSymbols.getInstance(Locale.UK));
    }
    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
    format.setMinimumFractionDigits(scale.tickDecimals());
    format.setMaximumFractionDigits(scale.tickDecimals());
    return format;
  }

  private static SimpleDateFormat utc(String pattern) {
    SimpleDateFormat format = new SimpleDateFormat(pattern, Locale.UK);
    format.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
    return format;
  }

  private static double millis(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  private static LocalDate date(double millis) {
    return java.time.Instant.ofEpochMilli((long) millis).atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static LocalDate min(LocalDate from, List<double[]> extent) {
    return extent.stream().map(p -> date(p[0])).filter(d -> d.isBefore(from)).min(LocalDate::compareTo).orElse(from);
  }

  private static LocalDate max(LocalDate until, List<double[]> extent, List<ChartData.DateMark> marks) {
    LocalDate last = until;
    for (double[] p : extent) {
      last = date(p[0]).isAfter(last) ? date(p[0]) : last;
    }
    for (ChartData.DateMark m : marks) {
      last = m.date().isAfter(last) ? m.date() : last;
    }
    return last;
  }
}
