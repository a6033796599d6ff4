package org.improvementnotice.reports;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.Rag;
import org.improvementnotice.rules.ComplianceReport;
import org.improvementnotice.rules.Status;

/**
 * The HTML report for a board: one self-contained file (inline CSS and SVG, no script, nothing fetched)
 * that works offline. Per notice: the verdict, what is red and why (each failure with its explanation, its
 * figure against its target and the notice's words), everything else grouped by status, the journey across
 * the assessment schedule, and per indicator with a target a chart ({@link ChartSvg}, drawn with JFreeChart)
 * with its figures as a table. Statuses are in words ({@link StatusWords}); values are rounded to their
 * indicator's precision and carry their unit; every text is neutralised ({@link SafeText}) and escaped.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /**
   * The whole document for the evaluations.
   *
   * @param evaluations the evaluations, one section each, in this order
   * @return the HTML document
   */
  public static String render(List<Evaluation> evaluations) {
    requireNonNull(evaluations, "evaluations");
    StringBuilder html = new StringBuilder(256 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Improvement Notice compliance</title>\n<style>\n").append(HtmlStyle.CSS)
        .append("</style>\n</head>\n<body>\n<header>\n<h1>Improvement Notice compliance</h1>\n</header>\n<main>\n");
    contents(evaluations, html);
    int n = 0;
    for (Evaluation e : evaluations) {
      notice(e, "n" + (++n), html);
    }
    glossary(html);
    html.append("</main>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void contents(List<Evaluation> evaluations, StringBuilder html) {
    html.append("<nav aria-label=\"Notices\">\n<table class=\"contents\">\n<thead><tr><th scope=\"col\">Notice</th>")
        .append("<th scope=\"col\">Verdict</th><th scope=\"col\">As at</th></tr></thead>\n<tbody>\n");
    int n = 0;
    for (Evaluation e : evaluations) {
      ComplianceReport latest = e.latest();
      html.append("<tr><td><a href=\"#n").append(++n).append("\">").append(Html.escape(title(e.notice())))
          .append("</a></td><td class=\"").append(latest.compliedSoFar() ? "ok" : "failed").append("\">")
          .append(Html.escape(Evaluation.verdictInWords(latest))).append("</td><td>")
          .append(Html.escape(Dates.date(latest.asAt()))).append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n</nav>\n");
  }

  private static String title(Notice notice) {
    return notice.recipient().council() + " (" + notice.id().value() + ")";
  }

  private static void notice(Evaluation e, String prefix, StringBuilder html) {
    Notice notice = e.notice();
    Readings readings = new Readings(e);
    ComplianceReport latest = e.latest();
    html.append("<section class=\"notice\" id=\"").append(prefix).append("\" aria-labelledby=\"").append(prefix)
        .append("-title\">\n<h2 id=\"").append(prefix).append("-title\">").append(Html.escape(title(notice)))
        .append("</h2>\n<p class=\"meta\">").append(Html.escape(instrument(notice))).append(" issued ")
        .append(Html.escape(Dates.date(notice.issued().date())))
        .append(notice.issued().assumed() ? " (date assumed)" : "").append(" by ")
        .append(Html.escape(notice.issuer().body()))
        .append(notice.end().map(d -> " &middot; ends " + Html.escape(Dates.date(d))).orElse(""))
        .append(" &middot; ").append(Html.escape(capitalised(e.dataSourceForPeople()))).append(".</p>\n");
    e.note().ifPresent(note -> html.append("<p class=\"note\"><strong>Note:</strong> ").append(Html.escape(note))
        .append("</p>\n"));
    List<String> assumed = notice.assumedFacts();
    if (!assumed.isEmpty()) {
      html.append("<p class=\"note\"><strong>Assumed, not stated in the text:</strong> ")
          .append(Html.escape(String.join("; ", assumed))).append(".</p>\n");
    }
    HtmlFindings.verdict(latest, html);
    HtmlFindings.red(latest, readings, prefix, html);
    HtmlFindings.rest(latest, readings, prefix, html);
    HtmlFindings.journey(e, html, prefix);
    HtmlCharts.charts(e, readings, prefix, html);
    html.append("</section>\n");
  }

  private static String instrument(Notice notice) {
    return switch (notice.instrument()) {
      case IMPROVEMENT_NOTICE -> "Improvement Notice";
      case STATUTORY_DIRECTION -> "Statutory Direction";
      case IMPROVEMENT_PLAN -> "Improvement Plan";
    };
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static void glossary(StringBuilder html) {
    html.append("<section class=\"glossary\" aria-labelledby=\"glossary\">\n<h2 id=\"glossary\">What the words mean</h2>\n")
        .append("<p>Red: failed, or well behind the path to its target. Amber: at risk, done late or due soon. ")
        .append("Green: met, on track or done. Grey: no data yet, not due yet, no target set, or a board's own ")
        .append("judgement; grey is never counted as met.</p>\n<table class=\"glossary\">\n<thead><tr>")
        .append("<th scope=\"col\">Status</th><th scope=\"col\">Usual colour</th><th scope=\"col\">Meaning</th>")
        .append("<th scope=\"col\">Counts against the notice</th></tr></thead>\n<tbody>\n");
    for (Status status : Status.values()) {
      Rag rag = status.defaultRag();
      html.append("<tr><th scope=\"row\">").append(Html.escape(StatusWords.of(status))).append("</th><td>")
          .append(Html.escape(StatusWords.of(rag))).append("</td><td>").append(Html.escape(StatusWords.meaning(status)))
          .append("</td><td>").append(status.isFailure() ? "yes" : "no").append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n</section>\n");
  }

  /**
   * Escapes text for HTML element content and quoted attribute values, control characters neutralised.
   *
   * @param text the text
   * @return the text, safe in HTML
   */
  public static String escape(String text) {
    return Html.escape(text);
  }
}
