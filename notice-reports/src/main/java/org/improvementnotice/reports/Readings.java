package org.improvementnotice.reports;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.rules.FigureUsed;
import org.improvementnotice.rules.Finding;

/**
 * How the text and HTML reports show one evaluation's findings to people: values rounded to their
 * indicator's precision and given their unit, periods in words, the rules' sentences made safe and
 * rounded.
 *
 * <p>An indicator's precision is the most decimal places any of its figures was written with in the data
 * (observations and benchmarks, {@link PerformanceData#decimals}), at most {@value #MAX_DECIMALS}; with no figures, one place for percentages, rates,
 * percentage points and scores and none for counts and days.
 */
final class Readings {
  /** The most decimal places a value is shown with. */
  static final int MAX_DECIMALS = 2;

  private final Notice notice;
  private final PerformanceData data;
  private final Map<IndicatorId, Integer> decimals = new HashMap<>();
  private JsonSources sources;

  Readings(Evaluation evaluation) {
    this.notice = evaluation.notice();
    this.data = evaluation.data();
  }

  /** The published figures' sources and revisions in the data, indexed on first use. */
  JsonSources sources() {
    if (sources == null) {
      sources = new JsonSources(data);
    }
    return sources;
  }

  /** The decimal places the data gives the indicator's figures (see the type's documentation). */
  static int decimals(PerformanceData data, Indicator indicator) {
    OptionalInt written = data.decimals(indicator);
    if (written.isPresent()) {
      return Math.min(MAX_DECIMALS, written.getAsInt());
    }
    return switch (indicator.unit()) {
      case COUNT, DAYS -> 0;
      default -> 1;
    };
  }

  /** The decimal places the indicator's figures were written with in the data, not capped; 0 without figures. */
  int dataScale(Indicator indicator) {
    return data.decimals(indicator).orElse(0);
  }

  /** The notice evaluated. */
  Notice notice() {
    return notice;
  }

  /** The indicator the finding's requirement reads first, if any. */
  Optional<Indicator> indicator(Finding finding) {
    return notice.requirement(finding.requirement()).map(Requirement::indicators)
        .filter(ids -> !ids.isEmpty()).flatMap(ids -> notice.indicator(ids.get(0)));
  }

  /** The decimal places of the indicator. */
  int decimals(Indicator indicator) {
    return decimals.computeIfAbsent(indicator.id(), id -> decimals(data, indicator));
  }

  /** The value of the indicator for people ("67.2%"). */
  String value(Indicator indicator, BigDecimal value) {
    return Quantities.of(value, indicator.unit(), decimals(indicator));
  }

  /** The figure the finding judged, for people ("52%"), or "" when it judged none. */
  String figure(Finding finding) {
    Optional<FigureUsed> main = Figures.main(finding);
    if (main.isEmpty()) {
      return "";
    }
    BigDecimal value = main.get().value();
    return indicator(finding).map(i -> value(i, value))
        .orElseGet(() -> Quantities.number(value, Math.min(MAX_DECIMALS, Math.max(0, value.scale()))));
  }

  /** The target in words ("at least 65%"), or "". */
  String target(Finding finding) {
    return finding.threshold().map(t -> SafeText.oneLine(Dates.inWords(Quantities.forPeople(t, decimals(finding)))))
        .orElse("");
  }

  /** "52% against at least 65%", "52%", "target at least 65%", or "". */
  String figureAgainstTarget(Finding finding) {
    String figure = figure(finding);
    String target = target(finding);
    if (figure.isEmpty()) {
      return target.isEmpty() ? "" : (target.startsWith("by ") || target.startsWith("before ") ? "due " : "target ")
          + target;
    }
    return target.isEmpty() ? figure : figure + " against " + target;
  }

  /** The period of the figure judged, in words, or "". */
  String period(Finding finding) {
    return Figures.main(finding).flatMap(FigureUsed::period).map(Dates::period).orElse("");
  }

  /** The rules' explanation, on one line, safe, with long decimals rounded. */
  String explanation(Finding finding) {
    return SafeText.oneLine(Dates.inWords(Quantities.forPeople(finding.explanation(), decimals(finding)))
        + borneBy(finding));
  }

  /** Who bears the duty, when not the council alone: another party's duty is not in the council's verdict. */
  private static String borneBy(Finding finding) {
    return switch (finding.bearer().kind()) {
      case COUNCIL -> "";
      case COUNCIL_WITH_PARTNERS -> " A duty of the council with its partners.";
      case OTHER -> " A duty of " + finding.bearer() + ", not counted in the council's verdict.";
    };
  }

  /** The notice's words for the clause, safe. */
  String clause(Finding finding) {
    return SafeText.oneLine(finding.clause());
  }

  /** The group of the measure holding the finding's requirement, if the notice groups it. */
  String group(Finding finding) {
    return notice.measureOf(finding.requirement()).map(m -> SafeText.oneLine(m.group())).orElse("");
  }

  private int decimals(Finding finding) {
    return indicator(finding).map(this::decimals).orElse(1);
  }
}
