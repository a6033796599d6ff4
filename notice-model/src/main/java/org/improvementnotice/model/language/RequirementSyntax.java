package org.improvementnotice.model.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.improvementnotice.model.Bearer;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.MeasureId;
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
import org.improvementnotice.model.requirement.RequirementId;
import org.improvementnotice.model.requirement.Stage;
import org.improvementnotice.model.requirement.StagedTargets;
import org.improvementnotice.model.requirement.SustainedTrend;
import org.improvementnotice.model.requirement.TargetNotSet;
import org.improvementnotice.model.requirement.Threshold;
import org.improvementnotice.model.requirement.ThresholdByDate;
import org.improvementnotice.model.requirement.ThresholdInPeriod;
import org.improvementnotice.model.requirement.Trajectory;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.Window;

/**
 * A measure and its requirements, the rules {@code "measure" slug string { requirement }},
 * {@code requirement} and {@code form} of docs/notice-language.md: one method or case per requirement form,
 * each reading the form's words in the grammar's order. Not thread-safe.
 */
final class RequirementSyntax {

  /** The keywords that start a requirement form. */
  static final List<String> KEYWORDS = List.of("target", "targets", "maintain", "every", "relative",
      "improve", "minimise", "average", "gap", "no", "action", "meetings", "qualitative", "trend");

  /** Words that may continue a statement wrapped onto the next line; recovery does not stop at them. */
  static final Set<String> CONTINUATIONS = Set.of("then", "from", "until", "after", "shown", "chaired", "attended",
      "meets", "observer", "member", "at", "signed", "dated", "assumed", "aggregated", "during", "throughout", "of",
      "by", "before", "immediately", "in", "over", "to", "named", "unit", "polarity", "reported", "note");

  /** A requirement as read, with whether it carried its own id and where it starts. */
  record Parsed(Requirement requirement, boolean labelled, Token start) {}

  private final TokenCursor c;
  private final IndicatorSyntax indicators;
  private final ValueSyntax values;
  private final TimeSyntax time;
  private final List<String> statements;

  RequirementSyntax(TokenCursor cursor, IndicatorSyntax indicators, ValueSyntax values, TimeSyntax time,
      List<String> statements) {
    this.c = cursor;
    this.indicators = indicators;
    this.values = values;
    this.time = time;
    this.statements = statements;
  }

  /**
   * The rest of a {@code measure} statement, whose keyword is {@code t}, with its requirements; each
   * unlabelled requirement gets its default id.
   *
   * @param index the measure's index in the notice, for the model paths recorded in {@code pathTokens}
   */
  Measure measure(Token t, int index, String group, Map<String, Token> pathTokens) {
    String measureId = c.slug("measure id");
    String clause = c.string("the clause, quoted as the notice words it");
    Bearer bearer = bearer();
    List<Parsed> parsed = new ArrayList<>();
    while (isRequirementStart()) {
      int before = c.position();
      try {
        parsed.add(requirement());
      } catch (TokenCursor.Failure f) {
        c.recover(before, CONTINUATIONS);
      }
    }
    List<Requirement> resolved = new ArrayList<>();
    for (int i = 0; i < parsed.size(); i++) {
      Parsed r = parsed.get(i);
      String defaultId = Labels.defaultId(measureId, i, parsed.size());
      resolved.add(r.labelled() ? r.requirement() : c.build(r.start(), () -> Labels.withId(r.requirement(),
          RequirementId.of(defaultId))));
      pathTokens.put("measures[" + index + "].requirements[" + i + "]", r.start());
    }
    pathTokens.put("measures[" + index + "]", t);
    return c.build(t, () -> new Measure(MeasureId.of(measureId), group, clause, resolved, bearer));
  }

  /** {@code [ "borne" "by" ( "council" [ "with" "partners" ] | string ) ]}: the council when not given. */
  private Bearer bearer() {
    if (!c.accept("borne", "by")) {
      return Bearer.council();
    }
    Token t = c.peek();
    if (t.kind() == Token.Kind.STRING) {
      String party = c.string("the party that bears the clause's duties");
      return c.build(t, () -> Bearer.other(party));
    }
    if (c.acceptWord("council")) {
      return c.accept("with", "partners") ? Bearer.councilWithPartners() : Bearer.council();
    }
    throw c.fail(t, "expected who bears the clause's duties: council, council with partners, or a party in quotes "
        + "(\"the Board Chair\"), found " + t.describe(), null);
  }

  /**
   * Whether a requirement starts here: a requirement keyword or a label, or an indented line that starts with
   * a word that is no statement (a misspelt requirement, reported as such).
   */
  private boolean isRequirementStart() {
    Token t = c.peek();
    if (t.kind() != Token.Kind.WORD) {
      return false;
    }
    String k = t.text().toLowerCase(Locale.ROOT);
    return c.isLabel() || KEYWORDS.contains(k)
        || (t.lineStart() && t.column() > 1 && !statements.contains(k) && !CONTINUATIONS.contains(k));
  }

  /** {@code requirement = [ slug ":" ] form}. */
  Parsed requirement() {
    Token start = c.peek();
    String label = null;
    if (c.isLabel()) {
      label = c.next().text();
      c.next();
      String l = label;
      c.build(start, () -> RequirementId.of(l));
    }
    RequirementId rid = RequirementId.of(label == null ? Labels.PLACEHOLDER : label);
    Token k = c.peek();
    String keyword = k.kind() == Token.Kind.WORD ? k.text().toLowerCase(Locale.ROOT) : "";
    if (!KEYWORDS.contains(keyword)) {
      throw c.fail(k, "expected a requirement (target, targets, maintain, every period, relative, improve, minimise, "
          + "average, gap, no target, action, meetings, qualitative, trend), found " + k.describe(),
          Words.closest(k.text(), KEYWORDS).orElse(null));
    }
    c.next();
    return new Parsed(form(keyword, k, rid), label != null, start);
  }

  private Requirement form(String keyword, Token k, RequirementId rid) {
    switch (keyword) {
      case "target":
        return target(k, rid);
      case "targets":
        return targets(k, rid);
      case "maintain": {
        IndicatorId ind = indicators.reference();
        Threshold th = values.threshold();
        Window w = time.window();
        return c.build(k, () -> new Maintain(rid, ind, th, w));
      }
      case "every": {
        c.acceptWord("reporting");
        c.expectWord("period");
        IndicatorId ind = indicators.reference();
        Threshold th = values.threshold();
        Window w = time.window();
        return c.build(k, () -> new EveryPeriod(rid, ind, th, w));
      }
      case "relative":
        return relative(k, rid);
      case "improve":
      case "minimise": {
        Direction direction = keyword.equals("improve") ? Direction.IMPROVE : Direction.MINIMISE;
        IndicatorId ind = indicators.reference();
        c.expectWord("from");
        c.expectWord("baseline");
        Baseline b = values.baseline();
        Window w = time.window();
        return c.build(k, () -> new DirectionOnly(rid, ind, direction, b, w));
      }
      case "average": {
        IndicatorId ind = indicators.reference();
        Threshold th = values.threshold();
        c.expectWord("over");
        Period period = time.period();
        return c.build(k, () -> new AverageOverPeriod(rid, ind, th, period));
      }
      case "gap":
        return gap(k, rid);
      case "no": {
        c.expectWord("target");
        IndicatorId ind = indicators.reference();
        c.expectWord("note");
        String note = c.string("why no target is set");
        return c.build(k, () -> new TargetNotSet(rid, ind, note));
      }
      case "action":
        return action(k, rid);
      case "meetings":
        return meetings(k, rid);
      case "qualitative": {
        String summary = c.string("what the clause asks for");
        return c.build(k, () -> new QualitativeMeasure(rid, summary));
      }
      case "trend": {
        IndicatorId ind = indicators.reference();
        OptionalInt periods = OptionalInt.empty();
        if (c.acceptWord("of")) {
          periods = OptionalInt.of(c.integer("the number of periods", 2, 1000));
          c.expectWord("periods");
        }
        OptionalInt n = periods;
        Window w = time.window();
        return c.build(k, () -> new SustainedTrend(rid, ind, n, w));
      }
      default:
        throw new AssertionError(keyword);
    }
  }

  /** {@code "target" ind threshold due { "from" "baseline" baseline | "after" stages | "shown" "against" benchmark }}. */
  private Requirement target(Token k, RequirementId rid) {
    IndicatorId ind = indicators.reference();
    Threshold th = values.threshold();
    Due due = time.due();
    Optional<Baseline> baseline = Optional.empty();
    List<Stage> earlier = new ArrayList<>();
    Optional<BenchmarkKind> shown = Optional.empty();
    boolean after = false;
    while (true) {
      Token o = c.peek();
      if (c.accept("from", "baseline")) {
        baseline = c.once(o, baseline, "the baseline is already given", values::baseline);
      } else if (c.acceptWord("after")) {
        if (after) {
          throw c.fail(o, "the earlier stages are already given", null);
        }
        after = true;
        earlier.add(stage());
        while (c.acceptWord("then")) {
          earlier.add(stage());
        }
      } else if (c.accept("shown", "against")) {
        shown = c.once(o, shown, "the benchmark shown is already given", values::benchmark);
      } else {
        break;
      }
    }
    Trajectory trajectory = new Trajectory(baseline, earlier);
    Optional<BenchmarkKind> s = shown;
    if (due instanceof Due.InPeriod in) {
      return c.build(k, () -> new ThresholdInPeriod(rid, ind, th, in.period(), trajectory, s));
    }
    Deadline d = ((Due.ByDeadline) due).deadline();
    return c.build(k, () -> new ThresholdByDate(rid, ind, th, d, trajectory, s));
  }

  /** {@code "targets" ind [ "from" "baseline" baseline ] stages [ "shown" "against" benchmark ]}. */
  private Requirement targets(Token k, RequirementId rid) {
    IndicatorId ind = indicators.reference();
    Optional<Baseline> baseline = Optional.empty();
    if (c.accept("from", "baseline")) {
      baseline = Optional.of(values.baseline());
    }
    List<Stage> stages = new ArrayList<>();
    stages.add(stage());
    while (c.acceptWord("then")) {
      stages.add(stage());
    }
    Optional<BenchmarkKind> shown = c.accept("shown", "against") ? Optional.of(values.benchmark()) : Optional.empty();
    Optional<Baseline> b = baseline;
    return c.build(k, () -> new StagedTargets(rid, ind, b, stages, shown));
  }

  /** {@code stage = threshold due}. */
  private Stage stage() {
    Threshold th = values.threshold();
    Due due = time.due();
    return new Stage(th, due);
  }

  /** {@code "relative" ind comparison ( "baseline" baseline window | benchmark due [ "from" "baseline" baseline ] )}. */
  private Requirement relative(Token k, RequirementId rid) {
    IndicatorId ind = indicators.reference();
    Comparison comparison = values.comparison();
    if (c.acceptWord("baseline")) {
      Baseline b = values.baseline();
      Window w = time.window();
      return c.build(k, () -> new RelativeToBaseline(rid, ind, b, comparison, w));
    }
    BenchmarkKind benchmark = values.benchmark();
    Due due = time.due();
    Optional<Baseline> baseline = c.accept("from", "baseline") ? Optional.of(values.baseline()) : Optional.empty();
    return c.build(k, () -> new RelativeToBenchmark(rid, ind, benchmark, comparison, due, baseline));
  }

  /** {@code "gap" ind [ "to" ind ] threshold due}. */
  private Requirement gap(Token k, RequirementId rid) {
    IndicatorId subject = indicators.reference();
    GapSource source;
    if (c.acceptWord("to")) {
      Token refToken = c.peek();
      IndicatorId reference = indicators.reference();
      source = c.build(refToken, () -> new GapSource.Derived(subject, reference));
    } else {
      source = new GapSource.Supplied(subject);
    }
    Threshold th = values.threshold();
    Due due = time.due();
    return c.build(k, () -> new GapBetweenSeries(rid, source, th, due));
  }

  /** {@code "action" string ( "by" | "before" ) deadline [ "then" cadence [ "until" deadline ] ]}. */
  private Requirement action(Token k, RequirementId rid) {
    String action = c.string("the action");
    Deadline d = time.byOrBefore();
    if (!c.acceptWord("then")) {
      return c.build(k, () -> new DatedAction(rid, action, d));
    }
    Cadence every = values.cadence();
    Optional<Deadline> end = Optional.empty();
    if (c.acceptWord("until")) {
      Token before = c.peek();
      if (before.is("before")) {
        throw c.fail(before, "the end of a recurring action includes its day: write 'until <deadline>' "
            + "without 'before'", null);
      }
      end = Optional.of(time.deadline(true));
    }
    Optional<Deadline> until = end;
    return c.build(k, () -> new RecurringAction(rid, action, d, every, until));
  }

  /** {@code "meetings" string cadence { "chaired" "by" string | "attended" "by" "department" } window}. */
  private Requirement meetings(Token k, RequirementId rid) {
    String body = c.string("the board's name");
    Cadence cadence = values.cadence();
    Optional<String> chair = Optional.empty();
    boolean department = false;
    while (true) {
      Token o = c.peek();
      if (c.accept("chaired", "by")) {
        chair = c.once(o, chair, "the chair is already given", () -> c.string("the chair"));
      } else if (c.accept("attended", "by", "department")) {
        department = true;
      } else {
        break;
      }
    }
    Window w = time.window();
    Optional<String> chairedBy = chair;
    boolean attends = department;
    return c.build(k, () -> new GovernanceCadence(rid, body, cadence, chairedBy, attends, w));
  }
}
