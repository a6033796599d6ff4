package org.improvementnotice.reports;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.improvementnotice.reports.Evaluation;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.Rag;
import org.improvementnotice.model.data.BenchmarkValue;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.requirement.Due;
import org.improvementnotice.model.requirement.EveryPeriod;
import org.improvementnotice.model.requirement.Maintain;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.Stage;
import org.improvementnotice.model.requirement.StagedTargets;
import org.improvementnotice.model.requirement.Threshold;
import org.improvementnotice.model.requirement.ThresholdByDate;
import org.improvementnotice.model.requirement.ThresholdInPeriod;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.time.Window;
import org.improvementnotice.rules.ComplianceReport;
import org.improvementnotice.rules.FigureUsed;
import org.improvementnotice.rules.Finding;

/**
 * The HTML report: one self-contained file (inline CSS and SVG, no scripts, nothing fetched), with per
 * notice the verdict, the RAG table of the latest report, the journey across the assessment schedule, and
 * per indicator with numeric targets a chart of the observations against the target lines, the trajectory
 * the rules expected, the benchmarks and the deadlines. Every text is HTML-escaped.
 */
public final class HtmlReport {
  private static final int CHART_W = 760;
  private static final int CHART_H = 260;
  private static final int LEFT = 60;
  private static final int RIGHT = 20;
  private static final int TOP = 20;
  private static final int BOTTOM = 40;

  private HtmlReport() {}

  /** The whole document for the evaluations. */
  public static String render(List<Evaluation> evaluations) {
    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>Improvement Notice compliance</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
        .append("<h1>Improvement Notice compliance</h1>\n<nav><ul>\n");
    for (Evaluation e : evaluations) {
      String id = e.notice().id().value();
      html.append("<li><a href=\"#").append(escape(id)).append("\">").append(escape(id)).append("</a> ")
          .append(escape(Evaluation.verdict(e.latest()))).append("</li>\n");
    }
    html.append("</ul></nav>\n");
    for (Evaluation e : evaluations) {
      notice(e, html);
    }
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  private static void notice(Evaluation e, StringBuilder html) {
    Notice notice = e.notice();
    ComplianceReport latest = e.latest();
    html.append("<section class=\"notice\" id=\"").append(escape(notice.id().value())).append("\">\n")
        .append("<h2>").append(escape(notice.id().value())).append(": ").append(escape(notice.recipient().council()))
        .append("</h2>\n<p class=\"meta\">Issued ").append(notice.issued().date())
        .append(notice.issued().assumed() ? " (assumed)" : "").append(" by ").append(escape(notice.issuer().body()))
        .append("; ").append(escape(e.dataSource())).append(".</p>\n")
        .append("<p class=\"verdict ").append(latest.compliedSoFar() ? "ok" : "failed").append("\">Verdict ")
        .append(escape(latest.assessment().map(a -> "at " + a + ", ").orElse(""))).append("as at ")
        .append(latest.asAt()).append(": <strong>").append(escape(Evaluation.verdict(latest))).append("</strong></p>\n");
    ragTable(latest, html);
    journey(e, html);
    charts(e, html);
    html.append("</section>\n");
  }

  private static void ragTable(ComplianceReport report, StringBuilder html) {
    html.append("<h3>Requirements as at ").append(report.asAt()).append("</h3>\n<table class=\"rag\">\n")
        .append("<tr><th>requirement</th><th>measure</th><th>form</th><th>status</th><th>RAG</th>")
        .append("<th>value vs target</th><th>period</th><th>direction</th><th>why</th></tr>\n");
    for (Finding f : report.findings()) {
      html.append("<tr><td>").append(escape(f.requirement().value())).append("</td><td>")
          .append(escape(f.measure().value())).append("</td><td>").append(f.form().number()).append("</td><td>")
          .append(escape(f.status().name())).append("</td><td class=\"").append(ragClass(f.rag())).append("\">")
          .append(f.rag()).append("</td><td>").append(escape(Figures.valueVsTarget(f))).append("</td><td>")
          .append(escape(Figures.period(f))).append("</td><td>").append(f.direction()).append("</td><td>")
          .append(escape(f.explanation())).append("<details><summary>clause and rule</summary><blockquote>")
          .append(escape(f.clause())).append("</blockquote><p>rule: ").append(escape(f.rule()))
          .append("</p></details></td></tr>\n");
    }
    html.append("</table>\n");
  }

  private static void journey(Evaluation e, StringBuilder html) {
    html.append("<h3>Journey across the assessment schedule</h3>\n<table class=\"journey\">\n")
        .append("<tr><th>assessment</th><th>as at</th><th>findings by RAG</th><th>verdict</th></tr>\n");
    for (ComplianceReport r : e.reports()) {
      html.append("<tr><td>").append(escape(r.assessment().orElse("-"))).append("</td><td>").append(r.asAt())
          .append("</td><td>").append(ragBar(r)).append(' ').append(escape(TextReport.counts(r)))
          .append("</td><td class=\"").append(r.compliedSoFar() ? "ok" : "failed").append("\">")
          .append(escape(Evaluation.verdict(r))).append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  private static String ragBar(ComplianceReport r) {
    int total = Math.max(1, r.findings().size());
    StringBuilder svg = new StringBuilder("<svg class=\"bar\" width=\"200\" height=\"14\" viewBox=\"0 0 200 14\" "
        + "xmlns=\"http://www.w3.org/2000/svg\" role=\"img\">");
    double x = 0;
    for (Rag rag : List.of(Rag.RED, Rag.AMBER, Rag.GREEN, Rag.GREY)) {
      int n = r.countsByRag().getOrDefault(rag, 0);
      double w = 200.0 * n / total;
      if (n > 0) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"0\" width=\"%.1f\" height=\"14\" fill=\"%s\">"
            + "<title>%s %d</title></rect>", x, w, colour(rag), rag, n));
      }
      x += w;
    }
    return svg.append("</svg>").toString();
  }

  /**
   * A target line: a threshold, from the issue date (or the start of the window it must hold in) to the date
   * it is due (or the end of the window, or of the notice); a due date is drawn as a deadline.
   */
  private record Target(Threshold threshold, Optional<LocalDate> from, Optional<LocalDate> due,
      Optional<LocalDate> until, String label) {
    static Target due(Threshold threshold, Optional<LocalDate> due, String label) {
      return new Target(threshold, Optional.empty(), due, due, label);
    }

    static Target over(Threshold threshold, Window window, String label) {
      return new Target(threshold, window.fromInclusive(), Optional.empty(), window.untilInclusive(), label);
    }
  }

  private static void charts(Evaluation e, StringBuilder html) {
    Notice notice = e.notice();
    Map<IndicatorId, List<Target>> targets = new TreeMap<>();
    for (Requirement r : notice.decidableRequirements()) {
      targets(notice, r).forEach(t -> targets.computeIfAbsent(r.indicators().get(0), k -> new ArrayList<>()).add(t));
    }
    if (targets.isEmpty()) {
      return;
    }
    html.append("<h3>Indicators against their targets</h3>\n");
    for (Map.Entry<IndicatorId, List<Target>> entry : targets.entrySet()) {
      chart(e, entry.getKey(), entry.getValue(), html);
    }
  }

  private static List<Target> targets(Notice notice, Requirement r) {
    List<Target> out = new ArrayList<>();
    if (r instanceof ThresholdInPeriod t) {
      out.add(Target.due(t.threshold(), Optional.of(t.period().endInclusive()), r.id() + " in " + t.period()));
    } else if (r instanceof ThresholdByDate t) {
      out.add(Target.due(t.threshold(), resolve(notice, t.deadline()), r.id() + " by " + t.deadline()));
    } else if (r instanceof StagedTargets t) {
      for (Stage s : t.stages()) {
        out.add(Target.due(s.threshold(), due(notice, s.due()), r.id() + " " + s.due()));
      }
    } else if (r instanceof Maintain m) {
      out.add(Target.over(m.threshold(), m.window(), r.id() + " maintain"));
    } else if (r instanceof EveryPeriod p) {
      out.add(Target.over(p.threshold(), p.window(), r.id() + " every period"));
    }
    return out;
  }

  private static Optional<LocalDate> due(Notice notice, Due due) {
    if (due instanceof Due.InPeriod p) {
      return Optional.of(p.period().endInclusive());
    }
    return resolve(notice, ((Due.ByDeadline) due).deadline());
  }

  private static Optional<LocalDate> resolve(Notice notice, Deadline deadline) {
    return deadline.resolve(notice.deadlineContext());
  }

  private static void chart(Evaluation e, IndicatorId id, List<Target> targets, StringBuilder html) {
    Notice notice = e.notice();
    LocalDate asAt = e.latest().asAt();
    List<Observation> observations = e.data().asAt(asAt).observations().stream()
        .filter(o -> o.indicator().equals(id)).sorted((a, b) -> a.period().endInclusive().compareTo(b.period().endInclusive()))
        .toList();
    Map<String, List<BenchmarkValue>> benchmarks = new TreeMap<>();
    e.data().asAt(asAt).benchmarks().stream().filter(b -> b.indicator().equals(id))
        .sorted((a, b) -> a.period().endInclusive().compareTo(b.period().endInclusive()))
        .forEach(b -> benchmarks.computeIfAbsent(b.kind().name(), k -> new ArrayList<>()).add(b));
    // the trajectory: the values the rules expected, at each assessment, for requirements on this indicator
    Map<LocalDate, BigDecimal> expected = new TreeMap<>();
    for (ComplianceReport r : e.reports()) {
      for (Finding f : r.findings()) {
        Optional<Requirement> req = notice.requirement(f.requirement());
        if (req.isPresent() && req.get().indicators().contains(id)) {
          for (FigureUsed v : f.values()) {
            if (v.role().equals("expected")) {
              expected.put(v.period().map(p -> p.endInclusive()).orElse(r.asAt()), v.value());
            }
          }
        }
      }
    }
    LocalDate from = notice.issued().date();
    LocalDate to = notice.end().orElse(asAt);
    List<BigDecimal> ys = new ArrayList<>();
    List<LocalDate> xs = new ArrayList<>(List.of(from, to));
    observations.forEach(o -> {
      xs.add(o.period().endInclusive());
      ys.add(o.value());
    });
    benchmarks.values().forEach(list -> list.forEach(b -> {
      xs.add(b.period().endInclusive());
      ys.add(b.value());
    }));
    expected.forEach((d, v) -> {
      xs.add(d);
      ys.add(v);
    });
    targets.forEach(t -> {
      ys.add(t.threshold().value());
      t.from().ifPresent(xs::add);
      t.until().ifPresent(xs::add);
    });
    LocalDate x0 = xs.stream().min(LocalDate::compareTo).orElseThrow();
    LocalDate x1 = xs.stream().max(LocalDate::compareTo).orElseThrow();
    double y0 = ys.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
    double y1 = ys.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
    double pad = Math.max(1, (y1 - y0) * 0.1);
    y0 = Math.max(0, y0 - pad);
    y1 = y1 + pad;
    Scale scale = new Scale(x0, Math.max(1, ChronoUnit.DAYS.between(x0, x1)), y0, y1);

    String name = notice.indicator(id).map(Indicator::name).orElse("");
    html.append("<figure class=\"chart\"><figcaption>").append(escape(id.value())).append(name.isEmpty() ? "" : ": ")
        .append(escape(name)).append(observations.isEmpty() ? " (no observations)" : "").append("</figcaption>\n")
        .append("<svg width=\"").append(CHART_W).append("\" height=\"").append(CHART_H).append("\" viewBox=\"0 0 ")
        .append(CHART_W).append(' ').append(CHART_H).append("\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" ")
        .append("aria-label=\"").append(escape(id.value())).append(" against its targets\">\n");
    axes(scale, x0, x1, html);
    for (Target t : targets) {
      double y = scale.y(t.threshold().value().doubleValue());
      double xStart = t.from().map(scale::x).orElse((double) LEFT);
      double xEnd = t.until().map(scale::x).orElse(scale.x(x1));
      html.append(line(xStart, y, xEnd, y, "target")).append(text(xStart + 4, y - 3, "target",
          t.threshold() + " (" + t.label() + ")"));
      t.due().ifPresent(d -> html.append(line(scale.x(d), TOP, scale.x(d), CHART_H - BOTTOM, "deadline")));
    }
    benchmarks.forEach((kind, list) -> html.append(polyline(list.stream()
        .map(b -> new double[] {scale.x(b.period().endInclusive()), scale.y(b.value().doubleValue())}).toList(),
        "benchmark", kind + " benchmark")));
    benchmarks.forEach((kind, list) -> list.forEach(b -> html.append(String.format(Locale.ROOT,
        "<rect class=\"benchmark\" x=\"%.1f\" y=\"%.1f\" width=\"6\" height=\"6\"><title>%s benchmark %s: %s</title>"
            + "</rect>%n", scale.x(b.period().endInclusive()) - 3, scale.y(b.value().doubleValue()) - 3, kind,
        escape(b.period().toString()), b.value().toPlainString()))));
    if (!expected.isEmpty()) {
      expected.forEach((d, v) -> html.append(String.format(Locale.ROOT,
          "<circle class=\"trajectory\" cx=\"%.1f\" cy=\"%.1f\" r=\"3\"><title>expected %s at %s</title></circle>%n",
          scale.x(d), scale.y(v.doubleValue()), v.toPlainString(), d)));
    }
    html.append(polyline(observations.stream()
        .map(o -> new double[] {scale.x(o.period().endInclusive()), scale.y(o.value().doubleValue())}).toList(),
        "observed", "observations"));
    for (Observation o : observations) {
      html.append(String.format(Locale.ROOT,
          "<circle class=\"observed\" cx=\"%.1f\" cy=\"%.1f\" r=\"3\"><title>%s: %s</title></circle>%n",
          scale.x(o.period().endInclusive()), scale.y(o.value().doubleValue()), escape(o.period().toString()),
          o.value().toPlainString()));
    }
    html.append("</svg>\n<p class=\"legend\"><span class=\"k observed\">observations</span> "
        + "<span class=\"k target\">target</span> <span class=\"k trajectory\">trajectory</span> "
        + "<span class=\"k benchmark\">benchmark</span> <span class=\"k deadline\">deadline</span></p></figure>\n");
  }

  private record Scale(LocalDate x0, long days, double y0, double y1) {
    double x(LocalDate d) {
      return LEFT + (CHART_W - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(x0, d) / days;
    }

    double y(double v) {
      return CHART_H - BOTTOM - (CHART_H - TOP - BOTTOM) * (v - y0) / (y1 - y0);
    }
  }

  private static void axes(Scale s, LocalDate x0, LocalDate x1, StringBuilder html) {
    html.append(line(LEFT, CHART_H - BOTTOM, CHART_W - RIGHT, CHART_H - BOTTOM, "axis"))
        .append(line(LEFT, TOP, LEFT, CHART_H - BOTTOM, "axis"));
    for (int i = 0; i <= 4; i++) {
      double v = s.y0() + (s.y1() - s.y0()) * i / 4;
      html.append(text(LEFT - 6, s.y(v) + 4, "tick end",
          new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString()));
    }
    for (int year = x0.getYear() + 1; year <= x1.getYear(); year++) {
      LocalDate d = LocalDate.of(year, 1, 1);
      html.append(line(s.x(d), CHART_H - BOTTOM, s.x(d), CHART_H - BOTTOM + 4, "axis"))
          .append(text(s.x(d), CHART_H - BOTTOM + 16, "tick middle", String.valueOf(year)));
    }
  }

  private static String line(double x1, double y1, double x2, double y2, String cls) {
    return String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>%n",
        cls, x1, y1, x2, y2);
  }

  private static String text(double x, double y, String cls, String text) {
    return String.format(Locale.ROOT, "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\">%s</text>%n", cls, x, y, escape(text));
  }

  private static String polyline(List<double[]> points, String cls, String title) {
    if (points.isEmpty()) {
      return "";
    }
    StringBuilder p = new StringBuilder();
    for (double[] xy : points) {
      p.append(String.format(Locale.ROOT, "%.1f,%.1f ", xy[0], xy[1]));
    }
    return "<polyline class=\"" + cls + "\" points=\"" + p.toString().trim() + "\"><title>" + escape(title)
        + "</title></polyline>\n";
  }

  private static String ragClass(Rag rag) {
    return "rag-" + rag.name().toLowerCase(Locale.ROOT);
  }

  private static String colour(Rag rag) {
    switch (rag) {
      case RED:
        return "#c0392b";
      case AMBER:
        return "#e69f00";
      case GREEN:
        return "#2e8b57";
      default:
        return "#999999";
    }
  }

  /** Escapes text for HTML element content and quoted attribute values. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }

  private static final String CSS = String.join("\n",
      "body{font-family:system-ui,sans-serif;margin:1.5em;color:#222;max-width:1200px}",
      "table{border-collapse:collapse;margin:.5em 0 1.5em}",
      "th,td{border:1px solid #ccc;padding:3px 6px;vertical-align:top;font-size:13px;text-align:left}",
      "th{background:#eee}",
      ".rag-red{background:#c0392b;color:#fff}.rag-amber{background:#e69f00}",
      ".rag-green{background:#2e8b57;color:#fff}.rag-grey{background:#bbb}",
      ".verdict{font-size:1.1em;padding:.4em;border-left:6px solid}",
      ".verdict.ok{border-color:#2e8b57}.verdict.failed{border-color:#c0392b}",
      "td.ok{color:#2e8b57}td.failed{color:#c0392b}",
      "section.notice{border-top:3px solid #444;margin-top:2em}",
      "blockquote{margin:.3em 0 .3em 1em;color:#555}",
      "svg line.axis{stroke:#444}svg text{font-size:11px;fill:#333}",
      "svg text.end{text-anchor:end}svg text.middle{text-anchor:middle}",
      "svg line.target{stroke:#c0392b;stroke-dasharray:6 3}svg text.target{fill:#c0392b}",
      "svg line.deadline{stroke:#888;stroke-dasharray:2 3}",
      "svg polyline{fill:none;stroke-width:2}svg polyline.observed{stroke:#1f5fa8}",
      "svg polyline.benchmark{stroke:#8e44ad;stroke-dasharray:4 2}",
      "svg circle.observed{fill:#1f5fa8}svg circle.trajectory{fill:#e69f00}svg rect.benchmark{fill:#8e44ad}",
      ".legend .k{margin-right:1em}.legend .observed{color:#1f5fa8}.legend .target{color:#c0392b}",
      ".legend .trajectory{color:#e69f00}.legend .benchmark{color:#8e44ad}.legend .deadline{color:#888}",
      "");
}
