package org.improvementnotice.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.DerivedFigures;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.requirement.BenchmarkKind;
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
 * What one indicator's chart shows, read from an evaluation: the council's figures as known at the latest report (a
 * rate derived from two counts worked out from them, as the rules judge it), the benchmarks by kind, the path the
 * rules expected, the target lines with their deadlines, the assessment dates, and the figures a failing finding
 * judged.
 *
 * @param indicator the indicator
 * @param decimals the decimal places its values are shown with
 * @param from the first day the chart spans at least
 * @param until the last day the chart spans at least
 * @param observed the council's figures, at the end of their periods, in date order
 * @param benchmarks the benchmarks by kind, each in date order
 * @param expected the expected path, per requirement that forecast one, each in date order
 * @param targets the target lines
 * @param dates the deadlines and assessment dates, in date order, one label per date
 * @param failing the figures failing findings judged, in date order
 */
record ChartData(Indicator indicator, int decimals, LocalDate from, LocalDate until, List<Point> observed,
    Map<BenchmarkKind, List<Point>> benchmarks, Map<String, List<Point>> expected, List<TargetLine> targets,
    List<DateMark> dates, List<Point> failing) {

  /** A value at a date: the end of the period it is for, or the date it was expected at. */
  record Point(LocalDate date, BigDecimal value, String period) {}

  /** A threshold in force from a date until a date, due at the end when it is a deadline. */
  record TargetLine(Threshold threshold, LocalDate from, LocalDate until, Optional<LocalDate> due, String requirement) {}

  /** A labelled date: a deadline or an assessment. */
  record DateMark(LocalDate date, String label) {}

  /** The charts of the evaluation: one per indicator with a target line, in the indicators' order. */
  static List<ChartData> of(Evaluation evaluation, Readings readings) {
    Notice notice = evaluation.notice();
    LocalDate asAt = evaluation.latest().asAt();
    LocalDate end = notice.end().orElse(asAt);
    Map<IndicatorId, List<TargetLine>> targets = new LinkedHashMap<>();
    for (Requirement r : notice.decidableRequirements()) {
      List<TargetLine> lines = targets(notice, r, end);
      if (!lines.isEmpty()) {
        targets.computeIfAbsent(r.indicators().get(0), k -> new ArrayList<>()).addAll(lines);
      }
    }
    // a rate the notice derives from two counts is charted as the rules judge it: worked out from the counts
    PerformanceData known = DerivedFigures.addTo(evaluation.data(), notice.indicators()).asAt(asAt);
    List<ChartData> charts = new ArrayList<>();
    for (Indicator indicator : notice.indicators()) {
      List<TargetLine> lines = targets.get(indicator.id());
      if (lines != null) {
        charts.add(chart(evaluation, known, indicator, readings.decimals(indicator), lines, end));
      }
    }
    return charts;
  }

  private static ChartData chart(Evaluation e, PerformanceData known, Indicator indicator, int decimals,
      List<TargetLine> targets, LocalDate end) {
    Notice notice = e.notice();
    IndicatorId id = indicator.id();
    List<Point> observed = known.observations().stream().filter(o -> o.indicator().equals(id))
        .map(o -> new Point(o.period().endInclusive(), o.value(), Dates.period(o.period())))
        .sorted(Comparator.comparing(Point::date)).toList();
    Map<BenchmarkKind, List<Point>> benchmarks = new EnumMap<>(BenchmarkKind.class);
    known.benchmarks().stream().filter(b -> b.indicator().equals(id))
        .sorted(Comparator.comparing(b -> b.period().endInclusive()))
        .forEach(b -> benchmarks.computeIfAbsent(b.kind(), k -> new ArrayList<>())
            .add(new Point(b.period().endInclusive(), b.value(), Dates.period(b.period()))));
    Map<String, Map<LocalDate, Point>> expected = new TreeMap<>();
    Map<LocalDate, Point> failing = new TreeMap<>();
    for (ComplianceReport r : e.reports()) {
      for (Finding f : r.findings()) {
        if (!notice.requirement(f.requirement()).map(q -> q.indicators().contains(id)).orElse(false)) {
          continue;
        }
        for (FigureUsed v : f.values()) {
          LocalDate at = v.period().map(p -> p.endInclusive()).orElse(r.asAt());
          String period = v.period().map(Dates::period).orElse(Dates.date(r.asAt()));
          if (v.role().equals("expected")) {
            expected.computeIfAbsent(f.requirement().value(), k -> new TreeMap<>()).put(at, new Point(at, v.value(), period));
          } else if (f.status().isFailure() && v.role().equals("figure")) {
            failing.put(at, new Point(at, v.value(), period));
          }
        }
      }
    }
    Map<String, List<Point>> paths = new LinkedHashMap<>();
    // a path leads to its requirement's last deadline (or the end of its window): past it, it is not a forecast
    expected.forEach((req, points) -> {
      Optional<LocalDate> last = targets.stream().filter(t -> t.requirement().equals(req)).map(TargetLine::until)
          .max(LocalDate::compareTo);
      List<Point> path = points.values().stream().filter(p -> last.map(d -> !p.date().isAfter(d)).orElse(true)).toList();
      if (!path.isEmpty()) {
        paths.put(req, path);
      }
    });
    return new ChartData(indicator, decimals, notice.issued().date(), end, observed, benchmarks, paths, targets,
        dates(e, targets), List.copyOf(failing.values()));
  }

  /** The deadlines of the target lines and the dates of the reports, one label per date. */
  private static List<DateMark> dates(Evaluation e, List<TargetLine> targets) {
    Map<LocalDate, List<String>> labels = new TreeMap<>();
    for (TargetLine t : targets) {
      t.due().ifPresent(d -> labels.computeIfAbsent(d, k -> new ArrayList<>()).add("due"));
    }
    if (e.reports().size() > 1 || e.reports().get(0).assessment().isPresent()) {
      for (ComplianceReport r : e.reports()) {
        labels.computeIfAbsent(r.asAt(), k -> new ArrayList<>()).add(r.isFinal() ? "final verdict" : "assessed");
      }
    }
    List<DateMark> marks = new ArrayList<>();
    labels.forEach((date, words) -> marks.add(new DateMark(date,
        String.join(" and ", words.stream().distinct().toList()) + " " + Dates.shortDate(date))));
    return marks;
  }

  private static List<TargetLine> targets(Notice notice, Requirement r, LocalDate end) {
    LocalDate issued = notice.issued().date();
    String id = r.id().value();
    List<TargetLine> out = new ArrayList<>();
    if (r instanceof ThresholdInPeriod t) {
      LocalDate due = t.period().endInclusive();
      out.add(new TargetLine(t.threshold(), t.period().start(), due, Optional.of(due), id));
    } else if (r instanceof ThresholdByDate t) {
      resolve(notice, t.deadline()).ifPresent(d -> out.add(new TargetLine(t.threshold(), issued, d, Optional.of(d), id)));
    } else if (r instanceof StagedTargets t) {
      LocalDate from = issued;
      for (Stage s : t.stages()) {
        Optional<LocalDate> due = due(notice, s.due());
        if (due.isPresent()) {
          out.add(new TargetLine(s.threshold(), from, due.get(), due, id));
          from = due.get();
        }
      }
    } else if (r instanceof Maintain m) {
      out.add(over(notice, m.threshold(), m.window(), end, id));
    } else if (r instanceof EveryPeriod p) {
      out.add(over(notice, p.threshold(), p.window(), end, id));
    }
    return out;
  }

  private static TargetLine over(Notice notice, Threshold threshold, Window window, LocalDate end, String id) {
    return new TargetLine(threshold, window.start(notice.deadlineContext()),
        window.end(notice.deadlineContext()).orElse(end), Optional.empty(), id);
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
}
