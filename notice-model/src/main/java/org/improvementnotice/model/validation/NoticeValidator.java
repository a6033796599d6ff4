package org.improvementnotice.model.validation;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.improvementnotice.model.AssessmentPoint;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.Term;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.IndicatorCatalogue;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.indicator.Unit;
import org.improvementnotice.model.requirement.AverageOverPeriod;
import org.improvementnotice.model.requirement.Baseline;
import org.improvementnotice.model.requirement.Comparison;
import org.improvementnotice.model.requirement.DatedAction;
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
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.requirement.Stage;
import org.improvementnotice.model.requirement.StagedTargets;
import org.improvementnotice.model.requirement.SustainedTrend;
import org.improvementnotice.model.requirement.TargetNotSet;
import org.improvementnotice.model.requirement.Threshold;
import org.improvementnotice.model.requirement.ThresholdByDate;
import org.improvementnotice.model.requirement.ThresholdInPeriod;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.time.DeadlineContext;
import org.improvementnotice.model.time.Window;

/**
 * Checks that the parts of a notice agree with one another, collecting every problem with its path:
 * duplicate ids, undeclared indicators (with the closest declared one suggested), threshold units and
 * ranges (a percentage above 100), periods and assessments before the issue date, staged targets out of order,
 * governance requirements naming no declared board; and warnings, which do not refuse the notice (a target
 * against the indicator's polarity, a requirement's deadline before the issue date). Stateless and thread-safe.
 */
public final class NoticeValidator {

  private NoticeValidator() {}

  /**
   * {@return every problem of the notice, errors and warnings, in document order; empty when it is sound}
   *
   * @param notice the notice, as built or read without validation
   */
  public static List<Problem> validate(Notice notice) {
    return new Run(requireNonNull(notice, "notice")).run();
  }

  /**
   * Validates the notice; warnings alone do not refuse it.
   *
   * @param notice the notice, as built or read without validation
   * @throws ValidationException listing every problem if any is an error
   */
  public static void check(Notice notice) {
    ValidationException.throwIfErrors("Notice " + notice.id(), validate(notice));
  }

  private static final class Run {
    private final Notice notice;
    private final DeadlineContext context;
    private final LocalDate issue;
    private final Map<IndicatorId, Indicator> declared = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    Run(Notice notice) {
      this.notice = notice;
      this.context = notice.deadlineContext();
      this.issue = notice.issued().date();
    }

    /**
     * A rate derived from two counts: both declared counts of the rate's reporting period, neither derived itself
     * (DOMAIN.md: "a rate derived from two other series").
     */
    private void derivation(String path, Indicator rate) {
      if (rate.derivedFrom().isEmpty()) {
        return;
      }
      for (IndicatorId part : List.of(rate.derivedFrom().get().numerator(), rate.derivedFrom().get().denominator())) {
        Indicator count = declared.get(part);
        if (count == null) {
          error(path, "Indicator %s is derived from %s, which the notice does not declare", rate.id(), part);
        } else if (count.unit() != Unit.COUNT || count.derivedFrom().isPresent()) {
          error(path, "Indicator %s is derived from %s, which is not a count reported in its own figures", rate.id(),
              part);
        } else if (count.reportingPeriod() != rate.reportingPeriod()) {
          error(path, "Indicator %s is reported by %s, but %s, which it is derived from, by %s", rate.id(),
              rate.reportingPeriod(), part, count.reportingPeriod());
        }
      }
    }

    List<Problem> run() {
      for (int i = 0; i < notice.indicators().size(); i++) {
        Indicator ind = notice.indicators().get(i);
        if (declared.putIfAbsent(ind.id(), ind) != null) {
          error("indicators[" + i + "]", "Indicator %s is declared more than once", ind.id());
        }
      }
      for (int i = 0; i < notice.indicators().size(); i++) {
        derivation("indicators[" + i + "]", notice.indicators().get(i));
      }
      if (notice.term().orElse(null) instanceof Term.Until until && until.lastDay().isBefore(issue)) {
        error("term", "The notice's end %s is before its issue date %s", until.lastDay(), issue);
      }
      if (notice.term().orElse(null) instanceof Term.UntilRevoked revoked
          && revoked.revokedOn().filter(d -> d.isBefore(issue)).isPresent()) {
        error("term", "The notice is revoked on %s, before its issue date %s", revoked.revokedOn().get(), issue);
      }
      for (int i = 0; i < notice.schedule().points().size(); i++) {
        AssessmentPoint p = notice.schedule().points().get(i);
        String path = "schedule.points[" + i + "]";
        p.when().resolve(context).ifPresent(date -> notBeforeIssue(path, "assessment '" + p.name() + "' " + p.when(),
            date));
      }
      Map<String, String> measureIds = new HashMap<>();
      Map<RequirementId, String> requirementIds = new HashMap<>();
      for (int m = 0; m < notice.measures().size(); m++) {
        Measure measure = notice.measures().get(m);
        String mpath = "measures[" + m + "]";
        String firstMeasure = measureIds.putIfAbsent(measure.id().value(), mpath);
        if (firstMeasure != null) {
          error(mpath, "Measure id %s is already used at %s", measure.id(), firstMeasure);
        }
        if (measure.requirements().isEmpty()) {
          error(mpath, "Measure %s holds no requirement; a clause no number decides is a qualitative measure",
              measure.id());
        }
        for (int r = 0; r < measure.requirements().size(); r++) {
          Requirement req = measure.requirements().get(r);
          String rpath = mpath + ".requirements[" + r + "]";
          List<RequirementId> ids = new ArrayList<>();
          ids.add(req.id());
          if (req instanceof StagedTargets) {
            req.decidable().forEach(d -> ids.add(d.id()));
          }
          for (RequirementId id : ids) {
            String first = requirementIds.putIfAbsent(id, rpath);
            if (first != null) {
              error(rpath, "Requirement id %s is already used at %s", id, first);
            }
          }
          check(rpath, req);
        }
      }
      return List.copyOf(problems);
    }

    private void check(String path, Requirement req) {
      if (req instanceof ThresholdInPeriod t) {
        Optional<Indicator> ind = indicator(path, t.indicator());
        threshold(path + ".threshold", t.threshold(), ind, true);
        notBeforeIssue(path + ".period", "period " + t.period(), t.period().endInclusive());
        t.trajectory().baseline().ifPresent(b -> baseline(path + ".baseline", b, ind));
      } else if (req instanceof ThresholdByDate t) {
        Optional<Indicator> ind = indicator(path, t.indicator());
        threshold(path + ".threshold", t.threshold(), ind, true);
        deadlineNotBeforeIssue(path + ".deadline", t.deadline());
        t.trajectory().baseline().ifPresent(b -> baseline(path + ".baseline", b, ind));
      } else if (req instanceof StagedTargets s) {
        Optional<Indicator> ind = indicator(path, s.indicator());
        s.baseline().ifPresent(b -> baseline(path + ".baseline", b, ind));
        LocalDate previous = null;
        for (int i = 0; i < s.stages().size(); i++) {
          Stage stage = s.stages().get(i);
          String spath = path + ".stages[" + i + "]";
          threshold(spath + ".threshold", stage.threshold(), ind, true);
          Optional<LocalDate> due = due(spath, stage.due());
          if (due.isPresent() && previous != null && !due.get().isAfter(previous)) {
            error(spath, "Stage %d is due %s, not after the stage before it (%s)", i + 1, due.get(), previous);
          }
          previous = due.orElse(previous);
        }
      } else if (req instanceof Maintain t) {
        threshold(path + ".threshold", t.threshold(), indicator(path, t.indicator()), true);
        window(path + ".window", t.window());
      } else if (req instanceof EveryPeriod t) {
        threshold(path + ".threshold", t.threshold(), indicator(path, t.indicator()), true);
        window(path + ".window", t.window());
      } else if (req instanceof RelativeToBenchmark t) {
        Optional<Indicator> ind = indicator(path, t.indicator());
        due(path, t.due());
        t.baseline().ifPresent(b -> baseline(path + ".baseline", b, ind));
        ind.ifPresent(i -> polarity(path, t.comparison(), i));
      } else if (req instanceof RelativeToBaseline t) {
        Optional<Indicator> ind = indicator(path, t.indicator());
        baseline(path + ".baseline", t.baseline(), ind);
        window(path + ".window", t.window());
        ind.ifPresent(i -> polarity(path, t.comparison(), i));
      } else if (req instanceof DirectionOnly t) {
        Optional<Indicator> ind = indicator(path, t.indicator());
        baseline(path + ".baseline", t.baseline(), ind);
        window(path + ".window", t.window());
      } else if (req instanceof AverageOverPeriod t) {
        threshold(path + ".threshold", t.threshold(), indicator(path, t.indicator()), true);
        notBeforeIssue(path + ".period", "period " + t.period(), t.period().endInclusive());
      } else if (req instanceof GapBetweenSeries g) {
        gap(path, g);
      } else if (req instanceof TargetNotSet t) {
        indicator(path, t.indicator());
      } else if (req instanceof DatedAction a) {
        deadlineNotBeforeIssue(path + ".deadline", a.deadline());
      } else if (req instanceof RecurringAction a) {
        deadlineNotBeforeIssue(path + ".first", a.first());
        // the first occurrence is required whatever the end; a later one only on or before it
        a.until().flatMap(u -> u.resolve(context)).ifPresent(end -> a.first().resolve(context)
            .filter(end::isBefore).ifPresent(first -> problems.add(Problem.warning(path + ".until", String.format(
                "The end %s falls on %s, before the first occurrence is due (%s): only the first occurrence is "
                    + "required", a.until().get(), end, first)))));
      } else if (req instanceof GovernanceCadence g) {
        if (notice.governance().board(g.body()).isEmpty()) {
          error(path + ".body", "No board named '%s' is declared in the notice's governance", g.body());
        }
        window(path + ".window", g.window());
      } else if (req instanceof QualitativeMeasure) {
        // nothing to check: the clause text is the measure's
      } else if (req instanceof SustainedTrend t) {
        indicator(path, t.indicator());
        window(path + ".window", t.window());
      } else {
        throw new AssertionError("Unhandled requirement form " + req.form());
      }
    }

    private void gap(String path, GapBetweenSeries g) {
      if (g.threshold().unit() != Unit.PERCENTAGE_POINTS) {
        error(path + ".threshold", "A gap is in percentage points, not %s", g.threshold().unit());
      }
      if (g.threshold().value().signum() < 0) {
        error(path + ".threshold", "A gap threshold must not be negative, was %s", g.threshold().value());
      }
      due(path, g.due());
      if (g.source() instanceof GapSource.Supplied s) {
        indicator(path, s.gap()).ifPresent(i -> {
          if (i.unit() != Unit.PERCENTAGE_POINTS) {
            error(path + ".source", "Gap indicator %s must be in percentage points, not %s", i.id(), i.unit());
          }
        });
      } else if (g.source() instanceof GapSource.Derived d) {
        Optional<Indicator> a = indicator(path, d.subject());
        Optional<Indicator> b = indicator(path, d.reference());
        if (a.isPresent() && b.isPresent() && a.get().unit() != b.get().unit()) {
          error(path + ".source", "The two series of a gap must share a unit: %s is %s, %s is %s",
              d.subject(), a.get().unit(), d.reference(), b.get().unit());
        } else if (a.isPresent() && a.get().unit() != Unit.PERCENT) {
          error(path + ".source", "A gap in percentage points is between percentages, not %s", a.get().unit());
        }
      }
    }

    private Optional<Indicator> indicator(String path, IndicatorId id) {
      Indicator found = declared.get(id);
      if (found == null) {
        String hint = IndicatorCatalogue.of(declared.values()).closest(id.value())
            .map(best -> "; did you mean " + best + "?").orElse("");
        error(path + ".indicator", "Unknown indicator %s: it is not declared in the notice%s", id, hint);
      }
      return Optional.ofNullable(found);
    }

    private void threshold(String path, Threshold t, Optional<Indicator> ind, boolean checkPolarity) {
      ind.ifPresent(i -> {
        if (t.unit() != i.unit()) {
          error(path, "Threshold %s is in %s but indicator %s is in %s", t, t.unit(), i.id(), i.unit());
        } else if (checkPolarity) {
          polarity(path, t.comparison(), i);
        }
      });
      value(path, t.value(), t.unit());
    }

    private void value(String path, BigDecimal v, Unit unit) {
      if (unit == Unit.PERCENT && v.compareTo(BigDecimal.valueOf(100)) > 0) {
        error(path, "A percentage cannot exceed 100, was %s", v.toPlainString());
      }
      if (unit != Unit.PERCENTAGE_POINTS && v.signum() < 0) {
        error(path, "A value in %s cannot be negative, was %s", unit, v.toPlainString());
      }
    }

    private void polarity(String path, Comparison comparison, Indicator i) {
      if (comparison != Comparison.forPolarity(i.polarity())) {
        problems.add(Problem.warning(path, String.format(
            "'%s' on %s, where %s: check the notice means this", comparison.words(), i.id(),
            i.polarity().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))));
      }
    }

    private void baseline(String path, Baseline b, Optional<Indicator> ind) {
      if (b instanceof Baseline.Stated s) {
        ind.ifPresent(i -> value(path, s.value(), i.unit()));
      }
    }

    private Optional<LocalDate> due(String path, Due due) {
      if (due instanceof Due.InPeriod in) {
        notBeforeIssue(path + ".due", "period " + in.period(), in.period().endInclusive());
        return Optional.of(in.period().endInclusive());
      }
      Deadline deadline = ((Due.ByDeadline) due).deadline();
      deadlineNotBeforeIssue(path + ".due", deadline);
      return deadline.resolve(context);
    }

    private void window(String path, Window w) {
      w.untilInclusive().ifPresent(until -> notBeforeIssue(path, "window end", until));
    }

    /**
     * A requirement's deadline before the issue date (Kent: "agreed by the end of February 2011", signed on
     * 8 March 2011) is a warning, never an error (DOMAIN.md): the requirement is decided as usual, and its finding
     * says the deadline precedes the notice. Deadlines at events are resolved only at evaluation.
     */
    private void deadlineNotBeforeIssue(String path, Deadline deadline) {
      Deadline named = deadline instanceof Deadline.Before b ? b.inner() : deadline;
      if (named instanceof Deadline.AtEvent) {
        return;
      }
      deadline.resolve(context).filter(date -> date.isBefore(issue)).ifPresent(date -> problems.add(Problem.warning(
          path, String.format("The deadline %s falls on %s, before the issue date %s: the deadline precedes the "
              + "notice, and the requirement is decided as usual", deadline, date, issue))));
    }

    private void notBeforeIssue(String path, String what, LocalDate date) {
      if (date.isBefore(issue)) {
        error(path, "The %s falls on %s, before the issue date %s", what, date, issue);
      }
    }

    private void error(String path, String template, Object... args) {
      problems.add(Problem.error(path, String.format(template, args)));
    }
  }
}
