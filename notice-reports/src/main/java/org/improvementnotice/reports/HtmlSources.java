package org.improvementnotice.reports;

import java.util.Locale;
import java.util.Optional;
import org.improvementnotice.model.data.ActionEvidence;
import org.improvementnotice.model.data.BenchmarkBasis;
import org.improvementnotice.model.data.BenchmarkValue;
import org.improvementnotice.model.data.BoardJudgement;
import org.improvementnotice.model.data.MeetingRecord;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.rules.EvidenceUsed;
import org.improvementnotice.rules.FigureUsed;
import org.improvementnotice.rules.Finding;

/**
 * A finding's figures and where they came from, for the HTML report, on demand: a {@code <details>} listing each
 * value the finding used and, under it, the published figures it rests on (period, value, numerator and
 * denominator, source, publication date); and a second listing the records of evidence it rests on (the
 * completions of an action, the meetings of a cadence, the board's judgement), each with its date and reference.
 * Stateless.
 */
final class HtmlSources {
  private HtmlSources() {}

  /**
   * The figures of the finding and their sources, then the records it rests on, each folded; nothing for a
   * finding that used neither.
   */
  static String of(Finding f, Readings readings) {
    return figures(f, readings) + records(f);
  }

  /** The records of evidence the finding rests on, folded; nothing for a finding that used none. */
  private static String records(Finding f) {
    if (f.evidence().isEmpty()) {
      return "";
    }
    StringBuilder html = new StringBuilder("<details class=\"sources\"><summary>Records used</summary><ul>");
    for (EvidenceUsed used : f.evidence()) {
      html.append("<li>").append(Html.escape(capitalised(used.role()) + ": " + record(used))).append("</li>");
    }
    return html.append("</ul></details>").toString();
  }

  private static String record(EvidenceUsed used) {
    if (used instanceof EvidenceUsed.Completion c) {
      ActionEvidence r = c.record();
      return "completed " + Dates.date(r.completed()) + ", " + r.reference() + ", recorded "
          + Dates.date(r.recorded());
    }
    if (used instanceof EvidenceUsed.Meeting m) {
      MeetingRecord r = m.record();
      return r.body() + r.label().map(l -> " (" + l + ")").orElse("") + ", " + Dates.date(r.date())
          + r.chair().map(c -> ", chaired by " + c).orElse(", chair not recorded")
          + (r.departmentAttended() ? ", the department attending" : "") + ", " + r.reference();
    }
    BoardJudgement r = ((EvidenceUsed.Judgement) used).record();
    return "rated " + StatusWords.of(r.rag()).toLowerCase(Locale.ROOT) + " on " + Dates.date(r.date()) + ": "
        + r.note();
  }

  private static String figures(Finding f, Readings readings) {
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
              + ", " + b.source() + ", published " + Dates.date(b.published())));
          b.basis().ifPresent(basis -> html.append(basis(basis, indicator, readings)));
          html.append("</li>");
        }
        html.append("</ul>");
      }
      html.append("</li>");
    }
    return html.append("</ul></details>").toString();
  }

  /** A computed benchmark's neighbours: each one used with its figure, each one left out with why. */
  private static String basis(BenchmarkBasis basis, Optional<Indicator> indicator, Readings readings) {
    StringBuilder html = new StringBuilder("<ul>");
    for (BenchmarkBasis.Contribution c : basis.used()) {
      String ratio = c.numerator().isPresent() && c.denominator().isPresent()
          ? " (" + c.numerator().get().toPlainString() + " of " + c.denominator().get().toPlainString() + ")" : "";
      html.append("<li>").append(Html.escape("Used: " + c.name() + " (" + c.area() + "), "
          + value(indicator, c.value(), readings) + ratio + ", " + c.location())).append("</li>");
    }
    for (BenchmarkBasis.Exclusion x : basis.leftOut()) {
      html.append("<li>").append(Html.escape("Left out: " + x.name() + " (" + x.area() + "), " + x.reason()))
          .append("</li>");
    }
    return html.append("</ul>").toString();
  }

  private static String value(Optional<Indicator> indicator, java.math.BigDecimal value, Readings readings) {
    return indicator.map(i -> readings.value(i, value)).orElse(value.toPlainString());
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
