package org.improvementnotice.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.Polarity;
import org.improvementnotice.model.requirement.BenchmarkKind;

/**
 * The indicators' section of an HTML report: per indicator with a target, a figure holding the chart
 * ({@link ChartSvg}), a sentence saying what it shows, and the same figures as a table.
 */
final class HtmlCharts {
  private HtmlCharts() {}

  static void charts(Evaluation e, Readings readings, String prefix, StringBuilder html) {
    List<ChartData> charts = ChartData.of(e, readings);
    if (charts.isEmpty()) {
      return;
    }
    html.append("<h3 id=\"").append(prefix).append("-charts\">Indicators against their targets</h3>\n");
    int n = 0;
    for (ChartData chart : charts) {
      String id = prefix + "-chart-" + (++n);
      Indicator indicator = chart.indicator();
      String title = HtmlFindings.indicatorName(indicator);
      html.append("<figure class=\"chart\" aria-labelledby=\"").append(id).append("-caption\">\n<figcaption id=\"")
          .append(id).append("-caption\"><strong>").append(Html.escape(title)).append("</strong> <span class=\"unit\">(")
          .append(Html.escape(Quantities.axisLabel(indicator.unit()).toLowerCase(java.util.Locale.ROOT)))
          .append(", ").append(indicator.polarity() == Polarity.HIGHER_IS_BETTER ? "higher is better" : "lower is better")
          .append(")</span></figcaption>\n")
          .append(ChartSvg.svg(chart, id, title + " against its targets", description(chart, readings))).append('\n')
          .append("<p class=\"targets\">").append(Html.escape(targets(chart))).append("</p>\n");
      table(chart, readings, id, html);
      html.append("</figure>\n");
    }
  }

  /** What the chart shows, in words, for its {@code <desc>}. */
  static String description(ChartData chart, Readings readings) {
    Indicator indicator = chart.indicator();
    StringBuilder text = new StringBuilder("Line chart of the council's figures");
    if (chart.observed().isEmpty()) {
      text.append(": none are known yet");
    } else {
      ChartData.Point last = chart.observed().get(chart.observed().size() - 1);
      text.append(", ").append(chart.observed().size()).append(" in all, the latest ")
          .append(readings.value(indicator, last.value())).append(" for ").append(last.period());
    }
    text.append(". ").append(targets(chart));
    if (!chart.benchmarks().isEmpty()) {
      text.append(" Compared with the ").append(chart.benchmarks().keySet().stream()
          .map(ChartSvg::benchmarkName).collect(Collectors.joining(" and ")))
          .append('.');
    }
    if (!chart.failing().isEmpty()) {
      text.append(' ').append(chart.failing().size()).append(chart.failing().size() == 1 ? " figure was" : " figures were")
          .append(" judged a failure.");
    }
    text.append(" The table below the chart holds every figure.");
    return text.toString();
  }

  /** The targets in words: "Targets: at least 65% by 31 Mar 2009 (ni59.1); ...". */
  static String targets(ChartData chart) {
    return (chart.targets().size() == 1 ? "Target: " : "Targets: ") + chart.targets().stream()
        .map(t -> Quantities.threshold(t.threshold()) + t.due().map(d -> " by " + Dates.shortDate(d))
            .orElse(" from " + Dates.shortDate(t.from()) + " to " + Dates.shortDate(t.until()))
            + " (ref " + t.requirement() + ")")
        .distinct().collect(Collectors.joining("; ")) + ".";
  }

  private static void table(ChartData chart, Readings readings, String id, StringBuilder html) {
    Indicator indicator = chart.indicator();
    Map<LocalDate, Map<String, String>> rows = new TreeMap<>();
    Map<LocalDate, String> periods = new TreeMap<>();
    List<String> columns = new ArrayList<>(List.of("Council's figure"));
    put(rows, periods, "Council's figure", chart.observed(), readings, indicator);
    for (Map.Entry<BenchmarkKind, List<ChartData.Point>> b : chart.benchmarks().entrySet()) {
      String name = ChartSvg.benchmarkName(b.getKey());
      columns.add(name);
      put(rows, periods, name, b.getValue(), readings, indicator);
    }
    if (!chart.expected().isEmpty()) {
      columns.add("Expected");
      chart.expected().values().forEach(points -> put(rows, periods, "Expected", points, readings, indicator));
    }
    Map<LocalDate, Boolean> failing = new LinkedHashMap<>();
    chart.failing().forEach(p -> failing.put(p.date(), true));
    html.append("<details class=\"data\"><summary>The figures as a table</summary>\n<table class=\"figures\">\n")
        .append("<caption>").append(Html.escape(HtmlFindings.indicatorName(indicator))).append("</caption>\n<thead><tr>")
        .append("<th scope=\"col\">Period</th>");
    columns.forEach(c -> html.append("<th scope=\"col\">").append(Html.escape(c)).append("</th>"));
    html.append("<th scope=\"col\">Judged</th></tr></thead>\n<tbody>\n");
    rows.forEach((date, cells) -> {
      html.append("<tr><th scope=\"row\">").append(Html.escape(periods.get(date))).append("</th>");
      columns.forEach(c -> html.append("<td>").append(Html.escape(cells.getOrDefault(c, ""))).append("</td>"));
      html.append("<td>").append(failing.containsKey(date) ? "a failure" : "").append("</td></tr>\n");
    });
    html.append("</tbody>\n</table>\n</details>\n");
  }

  private static void put(Map<LocalDate, Map<String, String>> rows, Map<LocalDate, String> periods, String column,
      List<ChartData.Point> points, Readings readings, Indicator indicator) {
    for (ChartData.Point p : points) {
      BigDecimal v = p.value();
      String text = readings.value(indicator, v) + (ChartSvg.drawable(v) ? "" : " (too large to draw)");
      rows.computeIfAbsent(p.date(), d -> new LinkedHashMap<>()).put(column, text);
      periods.putIfAbsent(p.date(), p.period());
    }
  }
}
