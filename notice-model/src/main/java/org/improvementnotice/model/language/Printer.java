package org.improvementnotice.model.language;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.improvementnotice.model.AssessmentPoint;
import org.improvementnotice.model.Bearer;
import org.improvementnotice.model.Board;
import org.improvementnotice.model.Instrument;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.NamedEvent;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.NoticeEvidence;
import org.improvementnotice.model.Term;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.IndicatorCatalogue;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.requirement.AverageOverPeriod;
import org.improvementnotice.model.requirement.Baseline;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.requirement.Cadence;
import org.improvementnotice.model.requirement.Comparison;
import org.improvementnotice.model.requirement.DatedAction;
import org.improvementnotice.model.requirement.Direction;
import org.improvementnotice.model.requirement.DirectionOnly;
import org.improvementnotice.model.requirement.Due;
import org.improvementnotice.model.requirement.EveryPeriod;
import org.improvementnotice.model.requirement.GapBetweenSeries;
import org.improvementnotice.model.requirement.GapSource;
import org.improvementnotice.model.requirement.GovernanceCadence;
import org.improvementnotice.model.requirement.Maintain;
import org.improvementnotice.model.requirement.QualitativeMeasure;
import org.improvementnotice.model.requirement.RecurringAction;
import org.improvementnotice.model.requirement.RelativeToBaseline;
import org.improvementnotice.model.requirement.RelativeToBenchmark;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.Stage;
import org.improvementnotice.model.requirement.StagedTargets;
import org.improvementnotice.model.requirement.SustainedTrend;
import org.improvementnotice.model.requirement.TargetNotSet;
import org.improvementnotice.model.requirement.Threshold;
import org.improvementnotice.model.requirement.ThresholdByDate;
import org.improvementnotice.model.requirement.ThresholdInPeriod;
import org.improvementnotice.model.requirement.Trajectory;
import org.improvementnotice.model.time.AcademicYear;
import org.improvementnotice.model.time.CalendarMonth;
import org.improvementnotice.model.time.CalendarQuarter;
import org.improvementnotice.model.time.DateRange;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.time.FinancialYear;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.StatedDate;
import org.improvementnotice.model.time.Window;
import org.improvementnotice.model.time.YearToSeptember;

/** The canonical printer: one text for each notice, which the parser reads back to an equal notice. */
final class Printer {

  private final StringBuilder out = new StringBuilder();
  private final IndicatorCatalogue catalogue;

  Printer(IndicatorCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  String print(Notice n) {
    line("notice " + n.id().value());
    line("instrument " + Phrases.INSTRUMENTS.words(n.instrument()));
    n.supersedes().ifPresent(earlier -> line("supersedes " + earlier.value()));
    line("recipient " + quote(n.recipient().council()) + n.recipient().address().map(a -> " at " + quote(a)).orElse(""));
    line("issuer " + quote(n.issuer().body()) + n.issuer().signatory().map(s -> " signed by " + quote(s)).orElse("")
        + (n.issuer().assumed() ? " assumed" : ""));
    line("service area " + quote(n.serviceArea()));
    for (NoticeEvidence e : n.evidence()) {
      line("evidence " + quote(e.description()) + e.date().map(d -> " dated " + statedDate(d)).orElse(""));
    }
    n.background().ifPresent(b -> line("background " + quote(b)));
    line("issued " + Words.date(n.issued().date()) + (n.issued().assumed() ? " assumed" : ""));
    n.term().ifPresent(t -> line("term " + term(t)));
    n.schedule().assessedBy().ifPresent(a -> line("assessed by " + quote(a)));
    n.schedule().description().ifPresent(d -> line("schedule " + quote(d)));
    for (AssessmentPoint point : n.schedule().points()) {
      line("assessment " + quote(point.name()) + " at " + deadline(point.when()));
    }
    for (Board b : n.governance().boards()) {
      StringBuilder s = new StringBuilder("board ").append(quote(b.name()));
      b.chair().ifPresent(c -> s.append(" chaired by ").append(quote(c)));
      b.cadence().ifPresent(c -> s.append(" meets ").append(cadence(c)));
      b.observers().forEach(o -> s.append(" observer ").append(quote(o)));
      b.members().forEach(m -> s.append(" member ").append(quote(m)));
      line(s.toString());
    }
    for (NamedEvent e : n.governance().calendar()) {
      line("event " + quote(e.name()) + " on " + Words.date(e.date()) + (e.assumed() ? " assumed" : ""));
    }
    for (Indicator i : n.indicators()) {
      line(indicator(i));
    }
    String group = "";
    for (Measure m : n.measures()) {
      out.append('\n');
      if (!m.group().equals(group)) {
        group = m.group();
        line("group " + quote(group));
        out.append('\n');
      }
      line("measure " + m.id().value() + " " + quote(m.clause()) + bearer(m.bearer()));
      for (int i = 0; i < m.requirements().size(); i++) {
        Requirement r = m.requirements().get(i);
        String defaultId = Labels.defaultId(m.id().value(), i, m.requirements().size());
        line("  " + (r.id().value().equals(defaultId) ? "" : r.id().value() + ": ") + requirement(r));
      }
    }
    n.consequence().ifPresent(c -> {
      out.append('\n');
      line("consequence " + c.power().map(p -> "under " + quote(p) + " ").orElse("") + quote(c.text()));
    });
    return out.toString();
  }

  private void line(String s) {
    out.append(s).append('\n');
  }

  private String indicator(Indicator i) {
    Optional<Indicator> known = catalogue.find(i.id());
    if (known.isPresent() && known.get().equals(i)) {
      return "indicator " + ref(i.id());
    }
    return "indicator " + ref(i.id()) + " named " + quote(i.name()) + " unit " + Phrases.UNITS.words(i.unit())
        + " polarity " + Phrases.POLARITIES.words(i.polarity()) + " reported by "
        + Phrases.PERIOD_KINDS.words(i.reportingPeriod())
        + (i.aggregation() == Indicator.defaultAggregation(i.unit()) ? ""
            : " aggregated by " + i.aggregation().name().toLowerCase(java.util.Locale.ROOT))
        + i.derivedFrom().map(d -> " derived from " + ref(d.numerator()) + " over " + ref(d.denominator()))
            .orElse("");
  }

  private static String term(Term t) {
    String assumed = t.assumed() ? " assumed" : "";
    if (t instanceof Term.ForMonths m) {
      return m.months() + (m.months() == 1 ? " month" : " months") + assumed;
    }
    if (t instanceof Term.UntilRevoked r) {
      return "until revoked" + r.revokedOn().map(d -> " on " + Words.date(d)).orElse("") + assumed;
    }
    return "until " + Words.date(((Term.Until) t).lastDay()) + assumed;
  }

  private static String statedDate(StatedDate d) {
    if (d instanceof StatedDate.OfMonth m) {
      return Words.month(m.month());
    }
    return Words.date(((StatedDate.OfDay) d).date());
  }

  String requirement(Requirement r) {
    if (r instanceof ThresholdInPeriod t) {
      return "target " + ref(t.indicator()) + " " + threshold(t.threshold()) + " in " + period(t.period())
          + trajectory(t.trajectory()) + shown(t.shownBenchmark());
    } else if (r instanceof ThresholdByDate t) {
      return "target " + ref(t.indicator()) + " " + threshold(t.threshold()) + " " + byOrBefore(t.deadline())
          + trajectory(t.trajectory()) + shown(t.shownBenchmark());
    } else if (r instanceof StagedTargets t) {
      return "targets " + ref(t.indicator()) + t.baseline().map(b -> " from baseline " + baseline(b)).orElse("")
          + " " + stages(t.stages()) + shown(t.shownBenchmark());
    } else if (r instanceof Maintain t) {
      return "maintain " + ref(t.indicator()) + " " + threshold(t.threshold()) + window(t.window());
    } else if (r instanceof EveryPeriod t) {
      return "every period " + ref(t.indicator()) + " " + threshold(t.threshold()) + window(t.window());
    } else if (r instanceof RelativeToBenchmark t) {
      return "relative " + ref(t.indicator()) + " " + comparison(t.comparison()) + " "
          + Phrases.BENCHMARKS.words(t.benchmark())
          + " " + due(t.due()) + t.baseline().map(b -> " from baseline " + baseline(b)).orElse("");
    } else if (r instanceof RelativeToBaseline t) {
      return "relative " + ref(t.indicator()) + " " + comparison(t.comparison()) + " baseline " + baseline(t.baseline())
          + window(t.window());
    } else if (r instanceof DirectionOnly t) {
      return (t.direction() == Direction.IMPROVE ? "improve " : "minimise ") + ref(t.indicator()) + " from baseline "
          + baseline(t.baseline()) + window(t.window());
    } else if (r instanceof AverageOverPeriod t) {
      return "average " + ref(t.indicator()) + " " + threshold(t.threshold()) + " over " + period(t.period());
    } else if (r instanceof GapBetweenSeries t) {
      String source = t.source() instanceof GapSource.Derived d ? ref(d.subject()) + " to " + ref(d.reference())
          : ref(((GapSource.Supplied) t.source()).gap());
      return "gap " + source + " " + threshold(t.threshold()) + " " + due(t.due());
    } else if (r instanceof TargetNotSet t) {
      return "no target " + ref(t.indicator()) + " note " + quote(t.note());
    } else if (r instanceof DatedAction t) {
      return "action " + quote(t.action()) + " " + byOrBefore(t.deadline());
    } else if (r instanceof RecurringAction t) {
      return "action " + quote(t.action()) + " " + byOrBefore(t.first()) + " then " + cadence(t.every())
          + t.until().map(u -> " until " + deadline(u)).orElse("");
    } else if (r instanceof GovernanceCadence t) {
      return "meetings " + quote(t.body()) + " " + cadence(t.cadence())
          + t.chair().map(c -> " chaired by " + quote(c)).orElse("")
          + (t.departmentAttends() ? " attended by department" : "") + window(t.window());
    } else if (r instanceof QualitativeMeasure t) {
      return "qualitative " + quote(t.summary());
    } else if (r instanceof SustainedTrend t) {
      return "trend " + ref(t.indicator()) + (t.periods().isPresent() ? " of " + t.periods().getAsInt() + " periods" : "")
          + window(t.window());
    }
    throw new AssertionError("Unhandled requirement form " + r.form());
  }

  private static String stages(List<Stage> stages) {
    StringBuilder s = new StringBuilder();
    for (Stage stage : stages) {
      if (s.length() > 0) {
        s.append(" then ");
      }
      s.append(threshold(stage.threshold())).append(' ').append(due(stage.due()));
    }
    return s.toString();
  }

  private static String trajectory(Trajectory t) {
    return t.baseline().map(b -> " from baseline " + baseline(b)).orElse("")
        + (t.earlierStages().isEmpty() ? "" : " after " + stages(t.earlierStages()));
  }

  private static String shown(Optional<BenchmarkKind> b) {
    return b.map(k -> " shown against " + Phrases.BENCHMARKS.words(k)).orElse("");
  }

  private static String comparison(Comparison c) {
    return c == Comparison.AT_LEAST ? "at least" : "at most";
  }

  static String threshold(Threshold t) {
    return comparison(t.comparison()) + " " + t.value().toPlainString() + t.unit().suffix();
  }

  private static String baseline(Baseline b) {
    if (b instanceof Baseline.Stated s) {
      return s.value().toPlainString() + " in " + period(s.period());
    }
    return "at issue";
  }

  private static String due(Due d) {
    if (d instanceof Due.InPeriod in) {
      return "in " + period(in.period());
    }
    return byOrBefore(((Due.ByDeadline) d).deadline());
  }

  /**
   * {@code by <deadline>}, or {@code before <deadline>} for a deadline that excludes its day, or {@code
   * immediately} for one by the date of the notice.
   */
  private static String byOrBefore(Deadline d) {
    if (d instanceof Deadline.AtIssue) {
      return "immediately";
    }
    return d instanceof Deadline.Before ? deadline(d) : "by " + deadline(d);
  }

  static String deadline(Deadline d) {
    if (d instanceof Deadline.Before b) {
      return "before " + deadline(b.inner());
    } else if (d instanceof Deadline.OnDate on) {
      return Words.date(on.date());
    } else if (d instanceof Deadline.EndOfMonth m) {
      return "end of " + Words.month(m.month());
    } else if (d instanceof Deadline.MonthsAfterIssue m) {
      return m.months() + (m.months() == 1 ? " month" : " months") + " after issue";
    } else if (d instanceof Deadline.AtEvent e) {
      return quote(e.event());
    } else if (d instanceof Deadline.AtIssue) {
      return "the date of the notice";
    }
    return "end of notice";
  }

  static String period(Period p) {
    if (p instanceof CalendarMonth m) {
      return Words.month(m.yearMonth());
    } else if (p instanceof CalendarQuarter q) {
      return "quarter to " + Words.date(q.endInclusive());
    } else if (p instanceof FinancialYear f) {
      return "financial year " + twoYears(f.startYear(), '-');
    } else if (p instanceof AcademicYear a) {
      return "academic year " + twoYears(a.startYear(), '/');
    } else if (p instanceof YearToSeptember y) {
      return "year to " + Words.date(y.endInclusive());
    }
    DateRange r = (DateRange) p;
    return Words.date(r.start()) + " to " + Words.date(r.endInclusive());
  }

  /** "2009-10": the first year in (at least) four digits, then the last two digits of the next. */
  private static String twoYears(int startYear, char separator) {
    return Words.year(startYear) + separator + String.format("%02d", Math.floorMod(startYear + 1, 100));
  }

  private static String window(Window w) {
    return w.fromInclusive().map(d -> " from " + Words.date(d)).orElse("")
        + w.untilInclusive().map(d -> " until " + Words.date(d)).orElse("");
  }

  private static String bearer(Bearer b) {
    return switch (b.kind()) {
      case COUNCIL -> "";
      case COUNCIL_WITH_PARTNERS -> " borne by council with partners";
      case OTHER -> " borne by " + quote(b.party().orElseThrow());
    };
  }

  private static String cadence(Cadence c) {
    String unit = c.unit() == ChronoUnit.DAYS ? "day" : c.unit() == ChronoUnit.WEEKS ? "week" : "month";
    if (c.amount() == 1) {
      return unit.equals("day") ? "daily" : unit + "ly";
    }
    return "every " + c.amount() + " " + unit + "s";
  }

  private static String ref(IndicatorId id) {
    return quote(id.value());
  }

  /** The string in double quotes, escaping quotes, backslashes and control characters. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int escape = Lexer.ESCAPED.indexOf(c);
      if (escape >= 0) {
        b.append('\\').append(Lexer.ESCAPES.charAt(escape));
      } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) && !validPair(s, i)) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  private static boolean validPair(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
