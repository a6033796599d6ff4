package org.improvementnotice.reports;

import java.util.Optional;
import org.improvementnotice.model.data.BenchmarkValue;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.rules.FigureUsed;
import org.improvementnotice.rules.Finding;

/**
 * A finding's figures and where they came from, for the HTML report, on demand: a {@code <details>} listing each
 * value the finding used and, under it, the published figures it rests on (period, value, numerator and
 * denominator, source, publication date). Stateless.
 */
final class HtmlSources {
  private HtmlSources() {}

  /** The figures of the finding and their sources, folded; nothing for a finding that used no figure. */
  static String of(Finding f, Readings readings) {
    if (f.values().isEmpty()) {
      return "";
    }
    Optional<Indicator> indicator = readings.indicator(f);
    StringBuilder html = new StringBuilder("<details class=\"sources\"><summary>Figures used and their sources"
        + "</summary><ul>");
    for (FigureUsed v : f.values()) {
      html.append("<li>").append(Html.escape(capitalised(v.role()) + " " + value(indicator, v.value(), readings)
          + v.period().map(p -> " for " + Dates.period(p)).orElse("")));
      if (v.observations().isEmpty() && v.benchmark().isEmpty()) {
        html.append(Html.escape(": worked out, or stated in the notice"));
      } else {
        html.append("<ul>");
        for (Observation o : v.observations()) {
          html.append("<li>").append(Html.escape(Dates.period(o.period()) + ": " + value(indicator, o.value(), readings)
              + o.ratio().map(r -> " (" + r.numerator().toPlainString() + " of " + r.denominator().toPlainString()
                  + ")").orElse("") + ", " + o.source() + ", published " + Dates.date(o.published())))
              .append("</li>");
        }
        for (BenchmarkValue b : v.benchmark().stream().toList()) {
          html.append("<li>").append(Html.escape(Dates.period(b.period()) + ": " + value(indicator, b.value(), readings)
              + ", " + b.source() + ", published " + Dates.date(b.published()))).append("</li>");
        }
        html.append("</ul>");
      }
      html.append("</li>");
    }
    return html.append("</ul></details>").toString();
  }

  private static String value(Optional<Indicator> indicator, java.math.BigDecimal value, Readings readings) {
    return indicator.map(i -> readings.value(i, value)).orElse(value.toPlainString());
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
