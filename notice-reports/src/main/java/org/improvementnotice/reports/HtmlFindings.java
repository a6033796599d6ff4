package org.improvementnotice.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.improvementnotice.model.Rag;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.rules.ComplianceEngine;
import org.improvementnotice.rules.ComplianceReport;
import org.improvementnotice.rules.Finding;
import org.improvementnotice.rules.Status;
import org.improvementnotice.model.requirement.RequirementForm;

/**
 * The findings of an HTML report: the verdict, what is red and why (each failure with its explanation,
 * its figure against its target and the notice's words), the rest grouped by status, and the journey across
 * the assessment schedule.
 */
final class HtmlFindings {
  private static final List<Rag> ORDER = List.of(Rag.RED, Rag.AMBER, Rag.GREEN, Rag.GREY);

  private HtmlFindings() {}

  static void verdict(ComplianceReport latest, StringBuilder html) {
    html.append("<div class=\"verdict ").append(latest.compliedSoFar() ? "ok" : "failed").append("\">\n")
        .append("<p class=\"verdict-words\">").append(Html.escape(Evaluation.verdictInWords(latest))).append("</p>\n")
        .append("<p>").append(Html.escape(when(latest))).append(" &middot; ")
        .append(Html.escape(TextReport.counts(latest))).append("</p>\n</div>\n");
  }

  /** "As at 30 April 2012 (formal review)"; "Final verdict as at 30 May 2013 (final review)". */
  static String when(ComplianceReport report) {
    Optional<String> point = report.assessment().filter(a -> !a.equals(ComplianceEngine.FINAL_VERDICT));
    return (report.isFinal() ? "Final verdict as at " : "As at ") + Dates.date(report.asAt())
        + point.map(a -> " (" + a + ")").orElse("");
  }

  static void red(ComplianceReport report, Readings readings, String prefix, StringBuilder html) {
    List<Finding> red = TextReport.red(report);
    html.append("<h3 id=\"").append(prefix).append("-red\">What is red and why</h3>\n");
    if (red.isEmpty()) {
      html.append("<p>Nothing is red.</p>\n");
      return;
    }
    html.append("<ol class=\"red-list\">\n");
    for (Finding f : red) {
      html.append("<li class=\"card\">\n<p class=\"head\">").append(badge(f)).append(" <strong>")
          .append(Html.escape(headline(f, readings))).append("</strong> <span class=\"ref\">ref ")
          .append(Html.escape(f.requirement().value())).append("</span></p>\n<p class=\"why\">")
          .append(Html.escape(readings.explanation(f))).append("</p>\n");
      String figure = readings.figureAgainstTarget(f);
      if (!figure.isEmpty()) {
        String period = readings.period(f);
        html.append("<p class=\"figures\">").append(Html.escape(figure))
            .append(period.isEmpty() ? "" : Html.escape(" (" + period + ")")).append("</p>\n");
      }
      html.append("<blockquote class=\"clause\"><p><span class=\"said\">The notice says:</span> ")
          .append(Html.escape(readings.clause(f))).append("</p></blockquote>\n").append(HtmlSources.of(f, readings))
          .append("\n</li>\n");
    }
    html.append("</ol>\n");
  }

  /** Every finding not under "what is red and why", grouped by status, amber first, grey last. */
  static void rest(ComplianceReport report, Readings readings, String prefix, StringBuilder html) {
    List<Finding> red = TextReport.red(report);
    Map<Status, List<Finding>> groups = new LinkedHashMap<>();
    for (Rag rag : ORDER) {
      for (Status status : Status.values()) {
        for (Finding f : report.findings()) {
          if (f.status() == status && f.rag() == rag && !red.contains(f)) {
            groups.computeIfAbsent(status, s -> new ArrayList<>()).add(f);
          }
        }
      }
    }
    html.append("<h3 id=\"").append(prefix).append("-rest\">Everything else, by status</h3>\n");
    if (groups.isEmpty()) {
      html.append("<p>Every requirement is under &ldquo;what is red and why&rdquo;.</p>\n");
      return;
    }
    for (Map.Entry<Status, List<Finding>> group : groups.entrySet()) {
      Status status = group.getKey();
      html.append("<h4>").append(Html.escape(StatusWords.of(status))).append(" (").append(group.getValue().size())
          .append(")</h4>\n<p class=\"meaning\">").append(Html.escape(StatusWords.meaning(status))).append("</p>\n")
          .append("<table class=\"findings\">\n<thead><tr><th scope=\"col\">Requirement</th><th scope=\"col\">Status</th>")
          .append("<th scope=\"col\">Figure against target</th><th scope=\"col\">Why</th></tr></thead>\n<tbody>\n");
      for (Finding f : group.getValue()) {
        String figure = readings.figureAgainstTarget(f);
        String period = readings.period(f);
        String direction = f.form() == RequirementForm.TREND || f.form() == RequirementForm.DIRECTION_ONLY
            ? "" : StatusWords.of(f.direction());
        html.append("<tr><th scope=\"row\">").append(Html.escape(headline(f, readings)))
            .append("<br><span class=\"ref\">ref ").append(Html.escape(f.requirement().value())).append("</span></th><td>")
            .append(badge(f)).append("</td><td>").append(Html.escape(figure.isEmpty() ? "none" : figure))
            .append(period.isEmpty() ? "" : "<br><span class=\"period\">" + Html.escape(period) + "</span>")
            .append(direction.isEmpty() ? "" : "<br><span class=\"period\">" + Html.escape(direction) + "</span>")
            .append("</td><td>").append(Html.escape(readings.explanation(f)))
            .append("<details><summary>The notice&rsquo;s words</summary><blockquote>")
            .append(Html.escape(readings.clause(f))).append("</blockquote></details>")
            .append(HtmlSources.of(f, readings)).append("</td></tr>\n");
      }
      html.append("</tbody>\n</table>\n");
    }
  }

  static void journey(Evaluation e, StringBuilder html, String prefix) {
    html.append("<h3 id=\"").append(prefix).append("-journey\">Journey across the assessment schedule</h3>\n")
        .append("<table class=\"journey\">\n<thead><tr><th scope=\"col\">Assessment</th><th scope=\"col\">As at</th>")
        .append("<th scope=\"col\">Verdict</th><th scope=\"col\">Findings by colour</th></tr></thead>\n<tbody>\n");
    for (ComplianceReport r : e.reports()) {
      html.append("<tr><td>").append(Html.escape(Evaluation.assessmentName(r).orElse("evaluated"))).append("</td><td>")
          .append(Html.escape(Dates.date(r.asAt()))).append("</td><td class=\"")
          .append(r.compliedSoFar() ? "ok" : "failed").append("\">").append(Html.escape(Evaluation.verdictInWords(r)))
          .append("</td><td>").append(ragBar(r)).append(' ').append(Html.escape(TextReport.counts(r)))
          .append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  /** The status as a coloured badge with its words. */
  static String badge(Finding f) {
    return "<span class=\"badge rag-" + f.rag().name().toLowerCase(Locale.ROOT) + "\">"
        + Html.escape(StatusWords.of(f.status())) + "</span>";
  }

  /** What the finding is about: its indicator's name, else the measure's group, else its form. */
  static String headline(Finding f, Readings readings) {
    return readings.indicator(f).map(HtmlFindings::indicatorName)
        .orElseGet(() -> readings.group(f).isEmpty() ? capitalised(f.form().title()) : readings.group(f));
  }

  static String indicatorName(Indicator indicator) {
    return SafeText.oneLine(indicator.id().value() + ": " + indicator.name());
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String ragBar(ComplianceReport r) {
    int total = Math.max(1, r.findings().size());
    StringBuilder svg = new StringBuilder("<svg class=\"bar\" width=\"160\" height=\"12\" viewBox=\"0 0 160 12\" "
        + "xmlns=\"http://www.w3.org/2000/svg\" aria-hidden=\"true\" focusable=\"false\">");
    double x = 0;
    for (Rag rag : ORDER) {
      int n = r.countsByRag().getOrDefault(rag, 0);
      double w = 160.0 * n / total;
      if (n > 0) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"0\" width=\"%.1f\" height=\"12\" class=\"rag-%s\"/>",
            x, w, rag.name().toLowerCase(Locale.ROOT)));
      }
      x += w;
    }
    return svg.append("</svg>").toString();
  }
}
