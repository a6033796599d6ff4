package org.improvementnotice.model.validation;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.ActionEvidence;
import org.improvementnotice.model.data.BenchmarkValue;
import org.improvementnotice.model.data.BoardJudgement;
import org.improvementnotice.model.data.MeetingRecord;
import org.improvementnotice.model.data.Observation;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.data.Ratio;
import org.improvementnotice.model.data.SupportedDates;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.IndicatorCatalogue;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.indicator.Unit;
import org.improvementnotice.model.requirement.DatedAction;
import org.improvementnotice.model.requirement.RecurringAction;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.PeriodKind;

/**
 * Checks performance data, collecting every problem with its path ({@code observations[12]}, counting in the
 * order the data was added, meetings included: see {@link PerformanceData#meetingsInOrderAdded()}): unknown
 * indicators, percentages above 100, negative counts, periods that do not fit the indicator's reporting
 * period, figures of another period kind than the indicator's (a quarterly figure of a monthly indicator),
 * numerators and denominators that do not agree with the value, figures published before their period began, dates and periods outside the {@linkplain SupportedDates supported dates}; and, against a
 * notice, evidence and meetings that name no action or board of it.
 * Stateless and thread-safe.
 */
public final class DataValidator {

  /** How far a published value may differ from its numerator over denominator (rounding in the source). */
  public static final BigDecimal RATIO_TOLERANCE = new BigDecimal("0.05");

  private DataValidator() {}

  /**
   * {@return every problem of the data against the notice's declared indicators, actions and boards; empty when it
   * is sound}
   *
   * @param notice the notice the data is for; its declared indicators are the only ones known
   * @param data the council's figures, evidence, meetings and judgements
   */
  public static List<Problem> validate(Notice notice, PerformanceData data) {
    requireNonNull(notice, "notice");
    List<Problem> problems = new ArrayList<>(validate(data, notice::indicator, id -> {
      String hint = IndicatorCatalogue.of(notice.indicators()).closest(id.value())
          .map(s -> "; did you mean " + s + "?").orElse("");
      return "Indicator " + id + " is not declared in notice " + notice.id() + hint;
    }));
    Set<RequirementId> actions = notice.decidableRequirements().stream()
        .filter(r -> r instanceof DatedAction || r instanceof RecurringAction).map(Requirement::id).collect(Collectors.toSet());
    Set<RequirementId> all = notice.decidableRequirements().stream().map(Requirement::id).collect(Collectors.toSet());
    for (int i = 0; i < data.actions().size(); i++) {
      ActionEvidence a = data.actions().get(i);
      if (!actions.contains(a.action())) {
        problems.add(Problem.error("actions[" + i + "]", String.format(
            "Evidence names %s, which is not a dated or recurring action of notice %s", a.action(), notice.id())));
      }
    }
    for (int i = 0; i < data.meetingsInOrderAdded().size(); i++) {
      MeetingRecord m = data.meetingsInOrderAdded().get(i);
      if (notice.governance().board(m.body()).isEmpty()) {
        problems.add(Problem.error("meetings[" + i + "]", String.format(
            "Meeting of '%s' on %s: no board of that name is declared in notice %s", m.body(), m.date(), notice.id())));
      }
    }
    for (int i = 0; i < data.judgements().size(); i++) {
      BoardJudgement j = data.judgements().get(i);
      if (!all.contains(j.requirement())) {
        problems.add(Problem.error("judgements[" + i + "]", String.format(
            "Judgement names %s, which is not a requirement of notice %s", j.requirement(), notice.id())));
      }
    }
    return List.copyOf(problems);
  }

  /**
   * {@return every problem of the data against the standard indicator catalogue; empty when it is sound}
   *
   * @param data the council's figures, evidence, meetings and judgements; evidence and meetings are not checked
   *     against any notice
   */
  public static List<Problem> validate(PerformanceData data) {
    return validate(data, IndicatorCatalogue.standard()::find);
  }

  /**
   * {@return every problem of the data, indicators looked up with {@code indicators}; empty when it is sound}
   *
   * @param data the council's figures, evidence, meetings and judgements
   * @param indicators the indicator for an id, or empty when the id is unknown (an error at each figure of it)
   */
  public static List<Problem> validate(PerformanceData data, Function<IndicatorId, Optional<Indicator>> indicators) {
    return validate(data, indicators, id -> "Unknown indicator " + id + suggestion(id));
  }

  private static List<Problem> validate(PerformanceData data, Function<IndicatorId, Optional<Indicator>> indicators,
      Function<IndicatorId, String> unknown) {
    requireNonNull(data, "data");
    requireNonNull(indicators, "indicators");
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < data.observations().size(); i++) {
      Observation o = data.observations().get(i);
      String path = "observations[" + i + "]";
      Optional<Indicator> ind = figure(problems, path, o.indicator(), o.period(), o.published(), o.value(), indicators,
          unknown);
      if (ind.isEmpty()) {
        continue;
      }
      Indicator indicator = ind.get();
      indicator.derivedFrom().ifPresent(d -> problems.add(Problem.error(path, String.format(
          "%s for %s is given, but the notice works it out from %s: give the two counts, not the rate",
          o.indicator(), o.period(), d))));
      if (o.published().isBefore(o.period().start())) {
        problems.add(Problem.error(path, String.format(
            "%s for %s is published %s, before the period begins", o.indicator(), o.period(), o.published())));
      }
      o.ratio().ifPresent(r -> ratio(problems, path, indicator, o.value(), r));
    }
    for (int i = 0; i < data.benchmarks().size(); i++) {
      BenchmarkValue b = data.benchmarks().get(i);
      figure(problems, "benchmarks[" + i + "]", b.indicator(), b.period(), b.published(), b.value(), indicators,
          unknown);
    }
    for (int i = 0; i < data.actions().size(); i++) {
      ActionEvidence a = data.actions().get(i);
      supported(problems, "actions[" + i + "]", "Completed", a.completed());
      supported(problems, "actions[" + i + "]", "Recorded", a.recorded());
      if (a.recorded().isBefore(a.completed())) {
        problems.add(Problem.error("actions[" + i + "]", String.format(
            "Evidence for %s is recorded %s, before the action was completed on %s",
            a.action(), a.recorded(), a.completed())));
      }
    }
    for (int i = 0; i < data.meetingsInOrderAdded().size(); i++) {
      supported(problems, "meetings[" + i + "]", "Meeting", data.meetingsInOrderAdded().get(i).date());
    }
    for (int i = 0; i < data.judgements().size(); i++) {
      supported(problems, "judgements[" + i + "]", "Judgement", data.judgements().get(i).date());
    }
    return List.copyOf(problems);
  }

  /**
   * Checks what a council's figure and a benchmark share: the period and the publication date supported, the
   * indicator known, and then the value and the period fit for it.
   *
   * @return the indicator, or empty (an error added) when it is unknown
   */
  private static Optional<Indicator> figure(List<Problem> problems, String path, IndicatorId id, Period period,
      LocalDate published, BigDecimal value, Function<IndicatorId, Optional<Indicator>> indicators,
      Function<IndicatorId, String> unknown) {
    supported(problems, path, period);
    supported(problems, path, "Published", published);
    Optional<Indicator> indicator = indicators.apply(id);
    if (indicator.isEmpty()) {
      problems.add(Problem.error(path, unknown.apply(id)));
      return indicator;
    }
    value(problems, path, indicator.get(), value);
    period(problems, path, indicator.get(), period);
    return indicator;
  }

  private static void supported(List<Problem> problems, String path, Period period) {
    if (!SupportedDates.contains(period)) {
      problems.add(Problem.error(path, "Period " + period + " is " + SupportedDates.outside()));
    }
  }

  private static void supported(List<Problem> problems, String path, String which, LocalDate date) {
    if (!SupportedDates.contains(date)) {
      problems.add(Problem.error(path, which + " date " + date + " is " + SupportedDates.outside()));
    }
  }

  private static String suggestion(IndicatorId id) {
    return IndicatorCatalogue.standard().closest(id.value()).map(s -> "; did you mean " + s + "?").orElse("");
  }

  private static void value(List<Problem> problems, String path, Indicator indicator, BigDecimal value) {
    if (indicator.unit() == Unit.PERCENT && value.compareTo(BigDecimal.valueOf(100)) > 0) {
      problems.add(Problem.error(path, String.format(
          "%s is a percentage and cannot exceed 100, was %s", indicator.id(), value.toPlainString())));
    }
    if (indicator.unit() != Unit.PERCENTAGE_POINTS && value.signum() < 0) {
      problems.add(Problem.error(path, String.format(
          "%s is in %s and cannot be negative, was %s", indicator.id(), indicator.unit(), value.toPlainString())));
    }
  }

  /**
   * A figure must be of the indicator's own period kind (DOMAIN.md, "Figures of another period kind"): one of
   * another kind would decide some requirements (a quarter target) and be ignored by others (a maintain window
   * over the months), so it is refused here, at its row, for every form alike. Longer periods are still asked
   * for; their value is aggregated from the figures of the indicator's kind.
   */
  private static void period(List<Problem> problems, String path, Indicator indicator, Period period) {
    PeriodKind expected = indicator.reportingPeriod();
    if (!expected.tiles(period)) {
      problems.add(Problem.error(path, String.format(
          "Period %s does not fit %s, which reports by %s: a period must be made of whole %s periods",
          period, indicator.id(), words(expected), words(expected))));
    } else if (period.kind() != expected) {
      problems.add(Problem.error(path, String.format(
          "%s for %s is a figure for %s, but %s reports by %s: a figure of another period kind is refused; give "
              + "the figure of each %s",
          indicator.id(), period, withArticle(period.kind()), indicator.id(), words(expected), words(expected))));
    }
  }

  private static String words(PeriodKind kind) {
    return switch (kind) {
      case MONTH -> "month";
      case QUARTER -> "quarter";
      case FINANCIAL_YEAR -> "financial year";
      case ACADEMIC_YEAR -> "academic year";
      case YEAR_TO_SEPTEMBER -> "year to 30 September";
      case DATE_RANGE -> "date range";
    };
  }

  private static String withArticle(PeriodKind kind) {
    return (kind == PeriodKind.ACADEMIC_YEAR ? "an " : "a ") + words(kind);
  }

  private static void ratio(List<Problem> problems, String path, Indicator indicator, BigDecimal value, Ratio r) {
    if (!indicator.unit().isRate()) {
      problems.add(Problem.error(path, String.format(
          "%s is in %s: only rates carry a numerator and denominator", indicator.id(), indicator.unit())));
      return;
    }
    if (r.denominator().signum() <= 0) {
      problems.add(Problem.error(path, "Denominator must be positive, was " + r.denominator().toPlainString()));
      return;
    }
    if (r.numerator().signum() < 0) {
      problems.add(Problem.error(path, "Numerator must not be negative, was " + r.numerator().toPlainString()));
      return;
    }
    if (indicator.unit() == Unit.PERCENT && r.numerator().compareTo(r.denominator()) > 0) {
      problems.add(Problem.error(path, String.format(
          "Numerator %s exceeds denominator %s of a percentage", r.numerator().toPlainString(),
          r.denominator().toPlainString())));
      return;
    }
    BigDecimal expected = indicator.unit().ofRatio(r.numerator(), r.denominator());
    if (expected.subtract(value).abs().compareTo(RATIO_TOLERANCE) > 0) {
      problems.add(Problem.error(path, String.format(
          "Value %s does not match %s = %s", value.toPlainString(), r,
          expected.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString())));
    }
  }
}
