package org.improvementnotice.reports.screen;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.Polarity;
import org.improvementnotice.model.requirement.AverageOverPeriod;
import org.improvementnotice.model.requirement.Comparison;
import org.improvementnotice.model.requirement.DirectionOnly;
import org.improvementnotice.model.requirement.EveryPeriod;
import org.improvementnotice.model.requirement.GapBetweenSeries;
import org.improvementnotice.model.requirement.Maintain;
import org.improvementnotice.model.requirement.RelativeToBaseline;
import org.improvementnotice.model.requirement.RelativeToBenchmark;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.requirement.SustainedTrend;
import org.improvementnotice.model.requirement.ThresholdByDate;
import org.improvementnotice.model.requirement.ThresholdInPeriod;
import org.improvementnotice.model.requirement.Threshold;
import org.improvementnotice.reports.Evaluation;
import org.improvementnotice.rules.ComplianceEngine;
import org.improvementnotice.rules.ComplianceReport;
import org.improvementnotice.rules.FigureUsed;
import org.improvementnotice.rules.Finding;
import org.improvementnotice.rules.Status;

/**
 * Screens councils against one notice's requirements at a date: each council's data evaluated by the
 * engine, and for each finding the figure judged, its target and the distance between them.
 *
 * <p>The figure is the finding's {@code figure}: over a window (maintain, every period) the one furthest behind
 * the level, for a direction or a trend the last; for a forecast, the latest. The target is the benchmark for a
 * requirement relative to one, the baseline for one relative to a baseline or to improve on, else the
 * requirement's threshold. The distance is figure minus target where higher is better and target
 * minus figure where lower is better (the requirement's comparison says which, else the indicator's polarity):
 * positive ahead of the target, negative behind it. Stateless and thread-safe.
 */
public final class NationalScreen {

  private NationalScreen() {}

  /**
   * Screens the councils.
   *
   * @param engine the engine
   * @param notice the notice whose requirements every council is held to
   * @param subjects the councils, each with its data
   * @param asAt the date
   * @return the screen, in council order
   */
  public static ScreenResult screen(ComplianceEngine engine, Notice notice, List<ScreenSubject> subjects,
      LocalDate asAt) {
    requireNonNull(engine, "engine");
    requireNonNull(notice, "notice");
    requireNonNull(subjects, "subjects");
    requireNonNull(asAt, "asAt");
    Map<RequirementId, Requirement> requirements = new HashMap<>();
    List<RequirementId> order = new ArrayList<>();
    for (Requirement r : notice.decidableRequirements()) {
      requirements.put(r.id(), r);
      order.add(r.id());
    }
    List<ScreenRow> rows = new ArrayList<>(subjects.size());
    for (ScreenSubject s : subjects) {
      ComplianceReport report = engine.evaluate(notice, s.data(), asAt);
      List<ScreenCell> cells = new ArrayList<>(report.findings().size());
      for (Finding f : report.findings()) {
        cells.add(cell(notice, requirements.get(f.requirement()), f));
      }
      rows.add(new ScreenRow(s.code(), s.name(), s.region(), report.compliedSoFar(), Evaluation.verdict(report),
          cells));
    }
    return new ScreenResult(notice.id().value(), asAt, order, rows, ScreenSort.BY_COUNCIL)
        .sortedBy(ScreenSort.BY_COUNCIL);
  }

  static ScreenCell cell(Notice notice, Requirement r, Finding f) {
    Optional<BigDecimal> target = Optional.empty();
    Optional<Comparison> comparison = Optional.empty();
    if (r instanceof RelativeToBenchmark b) {
      target = f.values().stream().filter(v -> v.role().endsWith(" benchmark")).map(FigureUsed::value).findFirst();
      comparison = Optional.of(b.comparison());
    } else if (r instanceof RelativeToBaseline b) {
      target = role(f, "baseline");
      comparison = Optional.of(b.comparison());
    } else if (r instanceof DirectionOnly) {
      target = role(f, "baseline");
    } else {
      Optional<Threshold> threshold = threshold(r);
      target = threshold.map(Threshold::value);
      comparison = threshold.map(Threshold::comparison);
    }
    boolean higherIsBetter = comparison.map(c -> c == Comparison.AT_LEAST).orElseGet(() -> r.indicators().stream()
        .findFirst().flatMap(notice::indicator).map(Indicator::polarity).orElse(Polarity.HIGHER_IS_BETTER)
        == Polarity.HIGHER_IS_BETTER);
    List<FigureUsed> figures = f.values().stream().filter(v -> v.role().equals("figure"))
        .sorted(Comparator.comparing((FigureUsed v) -> v.period().orElse(null),
            Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    Optional<BigDecimal> figure;
    if (r instanceof DirectionOnly || r instanceof SustainedTrend) {
      figure = figures.isEmpty() ? Optional.empty() : Optional.of(figures.get(figures.size() - 1).value());
    } else if (figures.size() > 1 && target.isPresent()) {
      // a window: the period furthest behind the level is the one the decision turns on
      BigDecimal t = target.get();
      figure = figures.stream().map(FigureUsed::value)
          .min(Comparator.comparing(v -> distance(v, t, higherIsBetter)));
    } else if (!figures.isEmpty()) {
      figure = Optional.of(figures.get(0).value());
    } else {
      figure = FORECASTS.contains(f.status()) ? role(f, "latest") : Optional.empty();
    }
    Optional<BigDecimal> distance = figure.isPresent() && target.isPresent()
        ? Optional.of(distance(figure.get(), target.get(), higherIsBetter)) : Optional.empty();
    return new ScreenCell(f.requirement(), f.status(), f.rag(), figure, target, distance, f.explanation());
  }

  private static final Set<Status> FORECASTS = EnumSet.of(Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK);

  private static BigDecimal distance(BigDecimal figure, BigDecimal target, boolean higherIsBetter) {
    return higherIsBetter ? figure.subtract(target) : target.subtract(figure);
  }

  private static Optional<Threshold> threshold(Requirement r) {
    if (r instanceof ThresholdInPeriod t) {
      return Optional.of(t.threshold());
    } else if (r instanceof ThresholdByDate t) {
      return Optional.of(t.threshold());
    } else if (r instanceof Maintain m) {
      return Optional.of(m.threshold());
    } else if (r instanceof EveryPeriod e) {
      return Optional.of(e.threshold());
    } else if (r instanceof AverageOverPeriod a) {
      return Optional.of(a.threshold());
    } else if (r instanceof GapBetweenSeries g) {
      return Optional.of(g.threshold());
    }
    return Optional.empty();
  }

  private static Optional<BigDecimal> role(Finding f, String role) {
    return f.values().stream().filter(v -> v.role().equals(role)).map(FigureUsed::value).findFirst();
  }
}
