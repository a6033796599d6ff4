package org.improvementnotice.model.language;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.improvementnotice.model.AssessmentPoint;
import org.improvementnotice.model.AssessmentSchedule;
import org.improvementnotice.model.Board;
import org.improvementnotice.model.Consequence;
import org.improvementnotice.model.Governance;
import org.improvementnotice.model.Instrument;
import org.improvementnotice.model.IssueDate;
import org.improvementnotice.model.Issuer;
import org.improvementnotice.model.Measure;
import org.improvementnotice.model.MeasureId;
import org.improvementnotice.model.NamedEvent;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.NoticeEvidence;
import org.improvementnotice.model.NoticeId;
import org.improvementnotice.model.Recipient;
import org.improvementnotice.model.Term;
import org.improvementnotice.model.indicator.Aggregation;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.IndicatorCatalogue;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.indicator.Polarity;
import org.improvementnotice.model.indicator.Unit;
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
import org.improvementnotice.model.time.AcademicYear;
import org.improvementnotice.model.time.CalendarMonth;
import org.improvementnotice.model.time.CalendarQuarter;
import org.improvementnotice.model.time.DateRange;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.time.FinancialYear;
import org.improvementnotice.model.time.Period;
import org.improvementnotice.model.time.PeriodKind;
import org.improvementnotice.model.time.StatedDate;
import org.improvementnotice.model.time.Window;
import org.improvementnotice.model.time.YearToSeptember;

/**
 * The recursive-descent parser of the notice language. Each statement starts with a keyword at the start
 * of a line; on an error the parser reports it and skips to the next line that starts with a keyword, so that
 * every error of a file is reported in one pass. Not thread-safe: one instance per parse.
 */
final class Parser {

  static final List<String> STATEMENTS = List.of("notice", "instrument", "recipient", "issuer", "service",
      "evidence", "background", "issued", "term", "assessed", "schedule", "assessment", "quarterly", "board",
      "event", "indicator", "group", "measure", "consequence");
  static final List<String> REQUIREMENTS = List.of("target", "targets", "maintain", "every", "relative",
      "improve", "minimise", "average", "gap", "no", "action", "meetings", "qualitative", "trend");

  /** Words that may continue a statement wrapped onto the next line; recovery does not stop at them. */
  static final Set<String> CONTINUATIONS = Set.of("then", "from", "until", "after", "shown", "chaired", "attended",
      "meets", "observer", "member", "at", "signed", "dated", "assumed", "aggregated", "during", "throughout", "of",
      "by", "in", "over", "to", "named", "unit", "polarity", "reported", "note");

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern INTEGER = Pattern.compile("\\d{1,9}");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern ISO_MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern SLASH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern TWO_YEARS = Pattern.compile("(\\d{4})[/-](\\d{2})");

  /** Thrown to abandon the current statement after its error has been reported. */
  private static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failure() {
      super(null, null, false, false);
    }
  }

  private final List<Token> tokens;
  private final Diagnostics diagnostics;
  private final IndicatorCatalogue catalogue;
  private int p;

  // what the statements set, with where they were set
  private final Map<String, Token> setAt = new HashMap<>();
  private NoticeId id;
  private Instrument instrument;
  private Recipient recipient;
  private Issuer issuer;
  private String serviceArea;
  private String background;
  private IssueDate issued;
  private Term term;
  private String assessedBy;
  private String scheduleDescription;
  private Consequence consequence;
  private final List<AssessmentPoint> points = new ArrayList<>();
  private final List<Board> boards = new ArrayList<>();
  private final List<NamedEvent> events = new ArrayList<>();
  private final List<NoticeEvidence> evidence = new ArrayList<>();
  private final List<Indicator> indicators = new ArrayList<>();
  private final List<Measure> measures = new ArrayList<>();
  private String group = "";
  private boolean discardRequirements;

  // for checks after the parse and for locating validation problems
  private final List<Map.Entry<IndicatorId, Token>> indicatorRefs = new ArrayList<>();
  private final Map<String, Token> pathTokens = new HashMap<>();
  private Token first;

  private final boolean checkReferences;

  Parser(List<Token> tokens, Diagnostics diagnostics, IndicatorCatalogue catalogue, boolean checkReferences) {
    this.checkReferences = checkReferences;
    this.tokens = tokens;
    this.diagnostics = diagnostics;
    this.catalogue = catalogue;
  }

  /** The token each model path (measures[2], measures[2].requirements[0], indicators[1]) comes from. */
  Map<String, Token> pathTokens() {
    return pathTokens;
  }

  Token firstToken() {
    return first;
  }

  /** The notice, or empty when errors were reported. */
  Optional<Notice> parse() {
    first = peek();
    while (peek().kind() != Token.Kind.EOF && !diagnostics.full()) {
      int before = p;
      try {
        statement();
      } catch (Failure f) {
        discardRequirements = true;
        recover(before);
      }
    }
    if (checkReferences) {
      checkIndicatorReferences();
    }
    if (!diagnostics.full()) {
      requireSet(id, "notice", "notice <id>", "a notice starts with 'notice' and its id");
      requireSet(recipient, "recipient", "recipient \"<council>\"", "a notice names its recipient council");
      requireSet(issuer, "issuer", "issuer \"<body>\"", "a notice names who issued it");
      requireSet(issued, "issued", "issued <date>", "a notice states (or assumes) its issue date");
    }
    if (diagnostics.hasErrors()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Notice(id, instrument == null ? Instrument.IMPROVEMENT_NOTICE : instrument, recipient,
          issuer, serviceArea == null ? "Children's Services" : serviceArea, evidence,
          Optional.ofNullable(background), issued, Optional.ofNullable(term),
          new AssessmentSchedule(Optional.ofNullable(assessedBy), Optional.ofNullable(scheduleDescription), points),
          new Governance(boards, events), indicators, measures, Optional.ofNullable(consequence)));
    } catch (IllegalArgumentException e) {
      diagnostics.error(first, e.getMessage(), null);
      return Optional.empty();
    }
  }

  private void requireSet(Object value, String keyword, String form, String why) {
    if (value == null && !setAt.containsKey(keyword)) {
      diagnostics.error(first, String.format("missing '%s' statement: %s", form, why), null);
    }
  }

  // ---------------------------------------------------------------- statements

  private void statement() {
    Token t = peek();
    if (t.kind() == Token.Kind.WORD && isLabel()) {
      requirementOutsideMeasure(t);
      return;
    }
    if (t.kind() != Token.Kind.WORD) {
      throw fail(t, "expected a statement (notice, recipient, issuer, issued, indicator, group, measure, ...), found "
          + t.describe(), null);
    }
    String k = t.text().toLowerCase(Locale.ROOT);
    if (REQUIREMENTS.contains(k) && !STATEMENTS.contains(k)) {
      requirementOutsideMeasure(t);
      return;
    }
    if (!STATEMENTS.contains(k)) {
      List<String> all = new ArrayList<>(STATEMENTS);
      all.addAll(REQUIREMENTS);
      throw fail(t, "expected a statement (notice, recipient, issuer, issued, indicator, group, measure, ...), found "
          + t.describe(), Words.closest(t.text(), all).orElse(null));
    }
    next();
    switch (k) {
      case "notice":
        set("notice", t);
        id = build(t, () -> NoticeId.of(slug("notice id")));
        break;
      case "instrument":
        set("instrument", t);
        instrument = instrumentKind();
        break;
      case "recipient": {
        set("recipient", t);
        String council = string("the recipient council");
        Optional<String> address = acceptWord("at") ? Optional.of(string("the address")) : Optional.empty();
        recipient = build(t, () -> new Recipient(council, address));
        break;
      }
      case "issuer": {
        set("issuer", t);
        String body = string("the issuing body");
        Optional<String> signatory = accept("signed", "by") ? Optional.of(string("the signatory")) : Optional.empty();
        issuer = build(t, () -> new Issuer(body, signatory));
        break;
      }
      case "service":
        expectWord("area");
        set("service", t);
        serviceArea = string("the service area");
        break;
      case "evidence": {
        String description = string("the evidence");
        Optional<StatedDate> date = Optional.empty();
        if (acceptWord("dated")) {
          date = Optional.of(statedDate());
        }
        Optional<StatedDate> d = date;
        evidence.add(build(t, () -> new NoticeEvidence(description, d)));
        break;
      }
      case "background":
        set("background", t);
        background = string("the background");
        break;
      case "issued": {
        set("issued", t);
        LocalDate date = date();
        issued = acceptWord("assumed") ? IssueDate.assumed(date) : IssueDate.stated(date);
        break;
      }
      case "term":
        set("term", t);
        pathTokens.put("term", t);
        if (acceptWord("until")) {
          term = new Term.Until(date());
        } else {
          int months = integer("the number of months", 1, 1200);
          expectOneOf("months", "month");
          term = new Term.ForMonths(months);
        }
        break;
      case "assessed":
        expectWord("by");
        set("assessed", t);
        assessedBy = string("who assesses the notice");
        break;
      case "schedule":
        set("schedule", t);
        scheduleDescription = string("the schedule as the notice words it");
        break;
      case "assessment": {
        String name = string("the assessment's name");
        expectWord("at");
        Token at = peek();
        Deadline when = deadline(false);
        pathTokens.put("schedule.points[" + points.size() + "]", t);
        points.add(build(at, () -> new AssessmentPoint(name, when)));
        break;
      }
      case "quarterly": {
        expectWord("assessments");
        expectWord("from");
        YearMonth from = yearMonth();
        expectWord("to");
        YearMonth to = yearMonth();
        for (AssessmentPoint point : build(t, () -> AssessmentSchedule.quarterly(from, to))) {
          pathTokens.put("schedule.points[" + points.size() + "]", t);
          points.add(point);
        }
        break;
      }
      case "board":
        board(t);
        break;
      case "event": {
        String name = string("the event's name");
        expectWord("on");
        LocalDate date = date();
        events.add(build(t, () -> new NamedEvent(name, date)));
        break;
      }
      case "indicator":
        indicator(t);
        break;
      case "group":
        group = string("the group's heading");
        break;
      case "measure":
        measure(t);
        break;
      case "consequence": {
        set("consequence", t);
        Optional<String> power = acceptWord("under") ? Optional.of(string("the statutory power")) : Optional.empty();
        String text = string("the consequence as the notice words it");
        consequence = build(t, () -> new Consequence(power, text));
        break;
      }
      default:
        throw new AssertionError(k);
    }
    discardRequirements = false;
  }

  private void requirementOutsideMeasure(Token t) {
    if (discardRequirements) {
      requirement();
      return;
    }
    throw fail(t, "a requirement must follow a 'measure' line, found " + t.describe(), null);
  }

  private void set(String keyword, Token t) {
    Token before = setAt.putIfAbsent(keyword, t);
    if (before != null) {
      throw fail(t, String.format("'%s' is already set at line %d; a notice has one", keyword, before.line()), null);
    }
  }

  private Instrument instrumentKind() {
    Token t = peek();
    if (accept("improvement", "notice")) {
      return Instrument.IMPROVEMENT_NOTICE;
    }
    if (accept("statutory", "direction")) {
      return Instrument.STATUTORY_DIRECTION;
    }
    if (accept("improvement", "plan")) {
      return Instrument.IMPROVEMENT_PLAN;
    }
    throw fail(t, "expected 'improvement notice', 'statutory direction' or 'improvement plan', found "
        + t.describe(), null);
  }

  private void board(Token t) {
    String name = string("the board's name");
    Optional<String> chair = Optional.empty();
    Optional<Cadence> cadence = Optional.empty();
    List<String> observers = new ArrayList<>();
    List<String> members = new ArrayList<>();
    while (true) {
      Token o = peek();
      if (accept("chaired", "by")) {
        if (chair.isPresent()) {
          throw fail(o, "the board's chair is already given", null);
        }
        chair = Optional.of(string("the chair"));
      } else if (acceptWord("meets")) {
        if (cadence.isPresent()) {
          throw fail(o, "the board's cadence is already given", null);
        }
        cadence = Optional.of(cadence());
      } else if (acceptWord("observer")) {
        observers.add(string("the observer"));
      } else if (acceptWord("member")) {
        members.add(string("the member"));
      } else {
        break;
      }
    }
    Optional<String> c = chair;
    Optional<Cadence> k = cadence;
    pathTokens.put("governance.boards[" + boards.size() + "]", t);
    boards.add(build(t, () -> new Board(name, c, k, observers, members)));
  }

  private void indicator(Token t) {
    Token idToken = peek();
    String idText = string("the indicator id");
    IndicatorId indicatorId = build(idToken, () -> IndicatorId.of(idText));
    pathTokens.put("indicators[" + indicators.size() + "]", t);
    if (!acceptWord("named")) {
      Optional<Indicator> known = catalogue.find(indicatorId);
      if (known.isEmpty()) {
        throw fail(idToken, "unknown indicator " + indicatorId + ": it is not in the standard catalogue (declare it "
            + "in full: indicator \"" + indicatorId + "\" named \"...\" unit ... polarity ... reported by ...)",
            catalogue.closest(indicatorId.value()).map(IndicatorId::value).orElse(null));
      }
      indicators.add(known.get());
      return;
    }
    String name = string("the indicator's name");
    expectWord("unit");
    Unit unit = unitName();
    expectWord("polarity");
    Polarity polarity = polarity();
    expectWord("reported");
    expectWord("by");
    PeriodKind kind = periodKind();
    Aggregation aggregation = Indicator.defaultAggregation(unit);
    if (acceptWord("aggregated")) {
      expectWord("by");
      Token a = next();
      aggregation = lookup(a, "aggregation", Map.of("ratio", Aggregation.RATIO, "sum", Aggregation.SUM,
          "latest", Aggregation.LATEST, "mean", Aggregation.MEAN));
    }
    Aggregation agg = aggregation;
    indicators.add(build(t, () -> new Indicator(indicatorId, name, unit, polarity, kind, agg)));
  }

  private Unit unitName() {
    Token t = peek();
    if (acceptWord("percent")) {
      return Unit.PERCENT;
    }
    if (acceptWord("count")) {
      return Unit.COUNT;
    }
    if (accept("rate", "per", "1000")) {
      return Unit.RATE_PER_1000;
    }
    if (accept("rate", "per", "10000")) {
      return Unit.RATE_PER_10000;
    }
    if (accept("percentage", "points")) {
      return Unit.PERCENTAGE_POINTS;
    }
    if (acceptWord("days")) {
      return Unit.DAYS;
    }
    if (acceptWord("score")) {
      return Unit.SCORE;
    }
    throw fail(t, "expected a unit (percent, count, rate per 1000, rate per 10000, percentage points, days, score), "
        + "found " + t.describe(), Words.closest(t.text(), List.of("percent", "count", "rate", "percentage", "days",
        "score")).orElse(null));
  }

  private Polarity polarity() {
    Token t = peek();
    if (accept("higher", "is", "better")) {
      return Polarity.HIGHER_IS_BETTER;
    }
    if (accept("lower", "is", "better")) {
      return Polarity.LOWER_IS_BETTER;
    }
    throw fail(t, "expected 'higher is better' or 'lower is better', found " + t.describe(), null);
  }

  private PeriodKind periodKind() {
    Token t = peek();
    if (acceptWord("month")) {
      return PeriodKind.MONTH;
    }
    if (acceptWord("quarter")) {
      return PeriodKind.QUARTER;
    }
    if (accept("financial", "year")) {
      return PeriodKind.FINANCIAL_YEAR;
    }
    if (accept("academic", "year")) {
      return PeriodKind.ACADEMIC_YEAR;
    }
    if (accept("year", "to", "september")) {
      return PeriodKind.YEAR_TO_SEPTEMBER;
    }
    throw fail(t, "expected a reporting period (month, quarter, financial year, academic year, year to september), "
        + "found " + t.describe(), null);
  }

  // ---------------------------------------------------------------- measures and requirements

  private void measure(Token t) {
    discardRequirements = true;
    String measureId = slug("measure id");
    String clause = string("the clause, quoted as the notice words it");
    int index = measures.size();
    List<Parsed> parsed = new ArrayList<>();
    discardRequirements = false;
    while (isRequirementStart()) {
      int before = p;
      try {
        parsed.add(requirement());
      } catch (Failure f) {
        recover(before);
      }
    }
    List<Requirement> resolved = new ArrayList<>();
    for (int i = 0; i < parsed.size(); i++) {
      Parsed r = parsed.get(i);
      String defaultId = Labels.defaultId(measureId, i, parsed.size());
      resolved.add(r.labelled() ? r.requirement() : build(r.start(), () -> Labels.withId(r.requirement(),
          RequirementId.of(defaultId))));
      pathTokens.put("measures[" + index + "].requirements[" + i + "]", r.start());
    }
    pathTokens.put("measures[" + index + "]", t);
    String g = group;
    measures.add(build(t, () -> new Measure(MeasureId.of(measureId), g, clause, resolved)));
  }

  /**
   * Whether a requirement starts here: a requirement keyword or a label, or an indented line that starts with
   * a word that is no statement (a misspelt requirement, reported as such).
   */
  private boolean isRequirementStart() {
    Token t = peek();
    if (t.kind() != Token.Kind.WORD) {
      return false;
    }
    String k = t.text().toLowerCase(Locale.ROOT);
    return isLabel() || REQUIREMENTS.contains(k)
        || (t.lineStart() && t.column() > 1 && !STATEMENTS.contains(k) && !CONTINUATIONS.contains(k));
  }

  private boolean isLabel() {
    return peek().kind() == Token.Kind.WORD && peek(1).isSymbol(":");
  }

  /** A requirement as read, with whether it carried its own id and where it starts. */
  private record Parsed(Requirement requirement, boolean labelled, Token start) {}

  private Parsed requirement() {
    Token start = peek();
    String label = null;
    if (isLabel()) {
      label = next().text();
      next();
      String l = label;
      build(start, () -> RequirementId.of(l));
    }
    RequirementId rid = RequirementId.of(label == null ? Labels.PLACEHOLDER : label);
    Token k = peek();
    String keyword = k.kind() == Token.Kind.WORD ? k.text().toLowerCase(Locale.ROOT) : "";
    if (!REQUIREMENTS.contains(keyword)) {
      throw fail(k, "expected a requirement (target, targets, maintain, every period, relative, improve, minimise, "
          + "average, gap, no target, action, meetings, qualitative, trend), found " + k.describe(),
          Words.closest(k.text(), REQUIREMENTS).orElse(null));
    }
    next();
    Requirement r;
    switch (keyword) {
      case "target":
        r = target(k, rid);
        break;
      case "targets":
        r = targets(k, rid);
        break;
      case "maintain": {
        IndicatorId ind = indicatorRef();
        Threshold th = threshold();
        Window w = window();
        r = build(k, () -> new Maintain(rid, ind, th, w));
        break;
      }
      case "every": {
        acceptWord("reporting");
        expectWord("period");
        IndicatorId ind = indicatorRef();
        Threshold th = threshold();
        Window w = window();
        r = build(k, () -> new EveryPeriod(rid, ind, th, w));
        break;
      }
      case "relative":
        r = relative(k, rid);
        break;
      case "improve":
      case "minimise": {
        Direction direction = keyword.equals("improve") ? Direction.IMPROVE : Direction.MINIMISE;
        IndicatorId ind = indicatorRef();
        expectWord("from");
        expectWord("baseline");
        Baseline b = baseline();
        Window w = window();
        r = build(k, () -> new DirectionOnly(rid, ind, direction, b, w));
        break;
      }
      case "average": {
        IndicatorId ind = indicatorRef();
        Threshold th = threshold();
        expectWord("over");
        Period period = period();
        r = build(k, () -> new AverageOverPeriod(rid, ind, th, period));
        break;
      }
      case "gap": {
        IndicatorId subject = indicatorRef();
        GapSource source;
        if (acceptWord("to")) {
          Token refToken = peek();
          IndicatorId reference = indicatorRef();
          source = build(refToken, () -> new GapSource.Derived(subject, reference));
        } else {
          source = new GapSource.Supplied(subject);
        }
        Threshold th = threshold();
        Due due = due();
        r = build(k, () -> new GapBetweenSeries(rid, source, th, due));
        break;
      }
      case "no": {
        expectWord("target");
        IndicatorId ind = indicatorRef();
        expectWord("note");
        String note = string("why no target is set");
        r = build(k, () -> new TargetNotSet(rid, ind, note));
        break;
      }
      case "action": {
        String action = string("the action");
        expectWord("by");
        Deadline d = deadline(true);
        r = build(k, () -> new DatedAction(rid, action, d));
        break;
      }
      case "meetings":
        r = meetings(k, rid);
        break;
      case "qualitative": {
        String summary = string("what the clause asks for");
        r = build(k, () -> new QualitativeMeasure(rid, summary));
        break;
      }
      case "trend": {
        IndicatorId ind = indicatorRef();
        OptionalInt periods = OptionalInt.empty();
        if (acceptWord("of")) {
          periods = OptionalInt.of(integer("the number of periods", 2, 1000));
          expectWord("periods");
        }
        OptionalInt n = periods;
        Window w = window();
        r = build(k, () -> new SustainedTrend(rid, ind, n, w));
        break;
      }
      default:
        throw new AssertionError(keyword);
    }
    return new Parsed(r, label != null, start);
  }

  private Requirement target(Token k, RequirementId rid) {
    IndicatorId ind = indicatorRef();
    Threshold th = threshold();
    Due due = due();
    Optional<Baseline> baseline = Optional.empty();
    List<Stage> earlier = new ArrayList<>();
    Optional<BenchmarkKind> shown = Optional.empty();
    boolean after = false;
    while (true) {
      Token o = peek();
      if (accept("from", "baseline")) {
        if (baseline.isPresent()) {
          throw fail(o, "the baseline is already given", null);
        }
        baseline = Optional.of(baseline());
      } else if (acceptWord("after")) {
        if (after) {
          throw fail(o, "the earlier stages are already given", null);
        }
        after = true;
        earlier.add(stage());
        while (acceptWord("then")) {
          earlier.add(stage());
        }
      } else if (accept("shown", "against")) {
        if (shown.isPresent()) {
          throw fail(o, "the benchmark shown is already given", null);
        }
        shown = Optional.of(benchmark());
      } else {
        break;
      }
    }
    Trajectory trajectory = new Trajectory(baseline, earlier);
    Optional<BenchmarkKind> s = shown;
    if (due instanceof Due.InPeriod in) {
      return build(k, () -> new ThresholdInPeriod(rid, ind, th, in.period(), trajectory, s));
    }
    Deadline d = ((Due.ByDeadline) due).deadline();
    return build(k, () -> new ThresholdByDate(rid, ind, th, d, trajectory, s));
  }

  private Requirement targets(Token k, RequirementId rid) {
    IndicatorId ind = indicatorRef();
    Optional<Baseline> baseline = Optional.empty();
    if (accept("from", "baseline")) {
      baseline = Optional.of(baseline());
    }
    List<Stage> stages = new ArrayList<>();
    stages.add(stage());
    while (acceptWord("then")) {
      stages.add(stage());
    }
    Optional<BenchmarkKind> shown = accept("shown", "against") ? Optional.of(benchmark()) : Optional.empty();
    Optional<Baseline> b = baseline;
    return build(k, () -> new StagedTargets(rid, ind, b, stages, shown));
  }

  private Stage stage() {
    Threshold th = threshold();
    Due due = due();
    return new Stage(th, due);
  }

  private Requirement relative(Token k, RequirementId rid) {
    IndicatorId ind = indicatorRef();
    Comparison comparison = comparison();
    if (acceptWord("baseline")) {
      Baseline b = baseline();
      Window w = window();
      return build(k, () -> new RelativeToBaseline(rid, ind, b, comparison, w));
    }
    BenchmarkKind benchmark = benchmark();
    Due due = due();
    Optional<Baseline> baseline = accept("from", "baseline") ? Optional.of(baseline()) : Optional.empty();
    return build(k, () -> new RelativeToBenchmark(rid, ind, benchmark, comparison, due, baseline));
  }

  private Requirement meetings(Token k, RequirementId rid) {
    String body = string("the board's name");
    Cadence cadence = cadence();
    Optional<String> chair = Optional.empty();
    boolean department = false;
    while (true) {
      Token o = peek();
      if (accept("chaired", "by")) {
        if (chair.isPresent()) {
          throw fail(o, "the chair is already given", null);
        }
        chair = Optional.of(string("the chair"));
      } else if (accept("attended", "by", "department")) {
        department = true;
      } else {
        break;
      }
    }
    Window w = window();
    Optional<String> c = chair;
    boolean attends = department;
    return build(k, () -> new GovernanceCadence(rid, body, cadence, c, attends, w));
  }

  private IndicatorId indicatorRef() {
    Token t = peek();
    if (t.kind() != Token.Kind.STRING) {
      throw fail(t, "expected an indicator id in quotes, such as \"NI 59\", found " + t.describe(), null);
    }
    String text = string("the indicator id");
    IndicatorId ind = build(t, () -> IndicatorId.of(text));
    indicatorRefs.add(Map.entry(ind, t));
    return ind;
  }

  private void checkIndicatorReferences() {
    Set<IndicatorId> declared = new HashSet<>();
    indicators.forEach(i -> declared.add(i.id()));
    List<String> candidates = new ArrayList<>();
    declared.forEach(i -> candidates.add(i.value()));
    for (Map.Entry<IndicatorId, Token> ref : indicatorRefs) {
      if (!declared.contains(ref.getKey())) {
        String suggestion = closestIndicator(ref.getKey().value(), candidates)
            .or(() -> catalogue.closest(ref.getKey().value()).map(IndicatorId::value)).orElse(null);
        diagnostics.error(ref.getValue(), "unknown indicator " + ref.getKey() + ": declare it with 'indicator \""
            + ref.getKey() + "\"' before using it", suggestion);
      }
    }
  }

  private static Optional<String> closestIndicator(String wanted, List<String> candidates) {
    String w = wanted.toUpperCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = org.improvementnotice.model.indicator.EditDistance.between(w, c.toUpperCase(Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= Math.max(2, w.length() / 3) ? Optional.of(best) : Optional.empty();
  }

  // ---------------------------------------------------------------- values

  private Threshold threshold() {
    Comparison comparison = comparison();
    Token n = peek();
    BigDecimal value = number();
    Unit unit = unitSuffix();
    return build(n, () -> new Threshold(comparison, value, unit));
  }

  private Comparison comparison() {
    Token t = peek();
    if (accept("at", "least") || accept("no", "less", "than")) {
      return Comparison.AT_LEAST;
    }
    if (accept("at", "most") || accept("no", "more", "than")) {
      return Comparison.AT_MOST;
    }
    if ((t.is("at") || t.is("no")) && peek(1).kind() == Token.Kind.WORD) {
      Token w = peek(1);
      throw fail(w, "expected 'at least' or 'at most', found '" + t.text() + " " + w.text() + "'",
          Words.closest(w.text(), t.is("at") ? List.of("least", "most") : List.of("more", "less")).orElse(null));
    }
    throw fail(t, "expected 'at least' or 'at most', found " + t.describe(), null);
  }

  private Unit unitSuffix() {
    if (peek().isSymbol("%")) {
      next();
      return Unit.PERCENT;
    }
    if (acceptWord("per")) {
      Token n = next();
      if (n.is("1000")) {
        return Unit.RATE_PER_1000;
      }
      if (n.is("10000")) {
        return Unit.RATE_PER_10000;
      }
      throw fail(n, "expected 'per 1000' or 'per 10000', found per " + n.describe(), null);
    }
    if (acceptWord("pp") || accept("percentage", "points")) {
      return Unit.PERCENTAGE_POINTS;
    }
    if (acceptWord("days")) {
      return Unit.DAYS;
    }
    if (acceptWord("points")) {
      return Unit.SCORE;
    }
    return Unit.COUNT;
  }

  private BigDecimal number() {
    Token t = peek();
    if (t.kind() != Token.Kind.WORD || !NUMBER.matcher(t.text()).matches()) {
      throw fail(t, "expected a number, such as 65 or 56.3, found " + t.describe(), null);
    }
    if (t.text().length() > Limits.MAX_NUMBER) {
      throw fail(t, String.format("number too long: at most %d characters", Limits.MAX_NUMBER), null);
    }
    next();
    return new BigDecimal(t.text());
  }

  private int integer(String what, int min, int max) {
    Token t = peek();
    if (t.kind() != Token.Kind.WORD || !INTEGER.matcher(t.text()).matches()) {
      throw fail(t, "expected " + what + " (a whole number), found " + t.describe(), null);
    }
    int value = Integer.parseInt(t.text());
    if (value < min || value > max) {
      throw fail(t, String.format("%s must be from %d to %d, was %d", what, min, max, value), null);
    }
    next();
    return value;
  }

  private Baseline baseline() {
    if (accept("at", "issue")) {
      return Baseline.atIssue();
    }
    BigDecimal value = number();
    unitSuffix();
    expectWord("in");
    Period period = period();
    return Baseline.stated(value, period);
  }

  private BenchmarkKind benchmark() {
    Token t = peek();
    if (accept("england", "average") || accept("national", "average")) {
      return BenchmarkKind.ENGLAND;
    }
    if (accept("statistical", "neighbour", "average") || accept("statistical", "neighbours", "average")) {
      return BenchmarkKind.STATISTICAL_NEIGHBOURS;
    }
    if (accept("regional", "average")) {
      return BenchmarkKind.REGION;
    }
    throw fail(t, "expected a benchmark (england average, statistical neighbour average, regional average), found "
        + t.describe(), Words.closest(t.text(), List.of("england", "statistical", "regional")).orElse(null));
  }

  private Cadence cadence() {
    Token t = peek();
    if (acceptWord("monthly") || accept("once", "a", "month")) {
      return new Cadence(1, ChronoUnit.MONTHS);
    }
    if (acceptWord("weekly") || accept("once", "a", "week")) {
      return new Cadence(1, ChronoUnit.WEEKS);
    }
    if (acceptWord("daily")) {
      return new Cadence(1, ChronoUnit.DAYS);
    }
    if (acceptWord("fortnightly")) {
      return new Cadence(2, ChronoUnit.WEEKS);
    }
    if (acceptWord("every")) {
      int amount = 1;
      if (peek().kind() == Token.Kind.WORD && INTEGER.matcher(peek().text()).matches()) {
        amount = integer("the number of days, weeks or months", 1, 10_000);
      }
      Token u = next();
      String unit = u.text().toLowerCase(Locale.ROOT);
      ChronoUnit cu;
      if (unit.equals("day") || unit.equals("days")) {
        cu = ChronoUnit.DAYS;
      } else if (unit.equals("week") || unit.equals("weeks")) {
        cu = ChronoUnit.WEEKS;
      } else if (unit.equals("month") || unit.equals("months")) {
        cu = ChronoUnit.MONTHS;
      } else {
        throw fail(u, "expected days, weeks or months, found " + u.describe(),
            Words.closest(u.text(), List.of("days", "weeks", "months")).orElse(null));
      }
      return new Cadence(amount, cu);
    }
    throw fail(t, "expected a cadence (monthly, weekly, daily, fortnightly, every N weeks, ...), found "
        + t.describe(), Words.closest(t.text(), List.of("monthly", "weekly", "daily", "fortnightly", "every"))
        .orElse(null));
  }

  // ---------------------------------------------------------------- time

  private Due due() {
    Token t = peek();
    if (acceptWord("in") || acceptWord("during")) {
      return Due.in(period());
    }
    if (acceptWord("by")) {
      return Due.by(deadline(true));
    }
    throw fail(t, "expected 'in <period>' or 'by <deadline>', found " + t.describe(), null);
  }

  /** A window, empty for the whole notice. */
  private Window window() {
    Token t = peek();
    if (accept("throughout", "the", "notice")) {
      return Window.ofNotice();
    }
    if (acceptWord("during")) {
      Period period = period();
      return Window.of(period);
    }
    Optional<LocalDate> from = Optional.empty();
    Optional<LocalDate> until = Optional.empty();
    if (peek().is("from") && startsDate(peek(1))) {
      next();
      from = Optional.of(date());
    }
    if (acceptWord("until")) {
      until = Optional.of(date());
    }
    Optional<LocalDate> f = from;
    Optional<LocalDate> u = until;
    return build(t, () -> new Window(f, u));
  }

  private static boolean startsDate(Token t) {
    return t.kind() == Token.Kind.WORD && !t.text().isEmpty() && Character.isDigit(t.text().charAt(0));
  }

  private Deadline deadline(boolean allowEvent) {
    Token t = peek();
    if (t.kind() == Token.Kind.STRING) {
      if (!allowEvent) {
        throw fail(t, "an assessment falls on a date, not at another event", null);
      }
      String event = string("the event");
      return build(t, () -> Deadline.atEvent(event));
    }
    if (accept("end", "of", "notice") || accept("end", "of", "the", "notice")) {
      return Deadline.endOfNotice();
    }
    if (accept("end", "of")) {
      return Deadline.endOf(yearMonth());
    }
    if (acceptWord("within")) {
      int months = integer("the number of months", 1, 1200);
      expectOneOf("months", "month");
      expectWord("of");
      expectWord("issue");
      return Deadline.monthsAfterIssue(months);
    }
    if (t.kind() == Token.Kind.WORD && INTEGER.matcher(t.text()).matches()
        && (peek(1).is("months") || peek(1).is("month"))) {
      int months = integer("the number of months", 1, 1200);
      next();
      expectWord("after");
      expectWord("issue");
      return Deadline.monthsAfterIssue(months);
    }
    if (t.kind() == Token.Kind.WORD && (ISO_MONTH.matcher(t.text()).matches() || Words.month(t.text()).isPresent())) {
      return Deadline.endOf(yearMonth());
    }
    return Deadline.on(date());
  }

  private LocalDate date() {
    Token t = peek();
    if (t.kind() != Token.Kind.WORD) {
      throw fail(t, "expected a date, such as 31 March 2009 or 2009-03-31, found " + t.describe(), null);
    }
    if (ISO_DATE.matcher(t.text()).matches()) {
      next();
      try {
        return LocalDate.parse(t.text());
      } catch (DateTimeException e) {
        throw fail(t, "not a valid date: " + t.text(), null);
      }
    }
    Matcher slash = SLASH_DATE.matcher(t.text());
    if (slash.matches()) {
      next();
      int year = Integer.parseInt(slash.group(3));
      try {
        return LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(slash.group(2)),
            Integer.parseInt(slash.group(1)));
      } catch (DateTimeException e) {
        throw fail(t, "not a valid date: " + t.text() + " (day/month/year)", null);
      }
    }
    if (INTEGER.matcher(t.text()).matches() && t.text().length() <= 2) {
      next();
      Token m = peek();
      Month month = monthName();
      int year = year();
      try {
        return LocalDate.of(year, month, Integer.parseInt(t.text()));
      } catch (DateTimeException e) {
        throw fail(t, String.format("not a valid date: %s %s %d has no day %s", t.text(), m.text(), year, t.text()),
            null);
      }
    }
    throw fail(t, "expected a date, such as 31 March 2009 or 2009-03-31, found " + t.describe(), null);
  }

  private Month monthName() {
    Token m = peek();
    Optional<Month> month = m.kind() == Token.Kind.WORD ? Words.month(m.text()) : Optional.empty();
    if (month.isEmpty()) {
      List<String> names = new ArrayList<>();
      for (Month x : Month.values()) {
        names.add(Words.monthName(x));
      }
      throw fail(m, "expected a month name, such as March, found " + m.describe(),
          Words.closest(m.text(), names).orElse(null));
    }
    next();
    return month.get();
  }

  private int year() {
    Token y = peek();
    if (y.kind() != Token.Kind.WORD || !YEAR.matcher(y.text()).matches()) {
      throw fail(y, "expected a four-digit year, found " + y.describe(), null);
    }
    next();
    return Integer.parseInt(y.text());
  }

  private YearMonth yearMonth() {
    Token t = peek();
    if (t.kind() == Token.Kind.WORD && ISO_MONTH.matcher(t.text()).matches()) {
      next();
      try {
        return YearMonth.parse(t.text());
      } catch (DateTimeException e) {
        throw fail(t, "not a valid month: " + t.text(), null);
      }
    }
    Month month = monthName();
    return YearMonth.of(year(), month);
  }

  private StatedDate statedDate() {
    Token t = peek();
    if (t.kind() == Token.Kind.WORD && (ISO_MONTH.matcher(t.text()).matches() || Words.month(t.text()).isPresent())) {
      return new StatedDate.OfMonth(yearMonth());
    }
    return new StatedDate.OfDay(date());
  }

  private Period period() {
    Token t = peek();
    if (accept("quarter", "to")) {
      LocalDate end = date();
      return build(t, () -> CalendarQuarter.endingOn(end));
    }
    if (accept("financial", "year")) {
      int start = twoYears();
      return build(t, () -> FinancialYear.startingIn(start));
    }
    if (accept("academic", "year")) {
      int start = twoYears();
      return build(t, () -> AcademicYear.startingIn(start));
    }
    if (accept("year", "to")) {
      Token d = peek();
      LocalDate end = date();
      if (end.getMonth() != Month.SEPTEMBER || end.getDayOfMonth() != 30) {
        throw fail(d, "a year to a date ends on 30 September, was " + Words.date(end), null);
      }
      return YearToSeptember.endingIn(end.getYear());
    }
    if (t.kind() == Token.Kind.WORD && Words.month(t.text()).isPresent()) {
      return CalendarMonth.of(yearMonth());
    }
    if (t.kind() == Token.Kind.WORD && !ISO_DATE.matcher(t.text()).matches()
        && t.text().matches("(\\d{4}-\\d{2}|\\d{4}-Q\\d|FY\\d{4}-\\d{2}|AY\\d{4}/\\d{2}|YE\\d{4}-\\d{2}|.*\\.\\..*)")) {
      next();
      return build(t, () -> Period.parse(t.text()));
    }
    if (startsDate(t)) {
      LocalDate from = date();
      expectWord("to");
      LocalDate to = date();
      return build(t, () -> DateRange.ofClosed(from, to));
    }
    throw fail(t, "expected a period (quarter to 31 March 2009, March 2009, financial year 2009-10, academic year "
        + "2008/09, year to 30 September 2009, 1 January 2009 to 31 March 2009), found " + t.describe(), null);
  }

  private int twoYears() {
    Token t = peek();
    Matcher m = TWO_YEARS.matcher(t.kind() == Token.Kind.WORD ? t.text() : "");
    if (!m.matches()) {
      throw fail(t, "expected two years such as 2009-10 or 2008/09, found " + t.describe(), null);
    }
    int start = Integer.parseInt(m.group(1));
    int end = Integer.parseInt(m.group(2));
    if ((start + 1) % 100 != end) {
      throw fail(t, String.format("the second year must follow the first: %d is followed by %02d", start,
          (start + 1) % 100), String.format("%d/%02d", start, (start + 1) % 100));
    }
    next();
    return start;
  }

  // ---------------------------------------------------------------- tokens

  private String slug(String what) {
    Token t = peek();
    if (t.kind() != Token.Kind.WORD) {
      throw fail(t, "expected the " + what + " (letters, digits, '.', '_' or '-'), found " + t.describe(), null);
    }
    next();
    build(t, () -> MeasureId.of(t.text()));
    return t.text();
  }

  private String string(String what) {
    Token t = peek();
    if (t.kind() != Token.Kind.STRING) {
      throw fail(t, "expected " + what + " in double quotes, found " + t.describe(), null);
    }
    next();
    StringBuilder value = new StringBuilder(t.value());
    while (peek().isSymbol("+") && peek(1).kind() == Token.Kind.STRING) {
      next();
      value.append(next().value());
      if (value.length() > Limits.MAX_STRING) {
        throw fail(t, String.format("string too long: at most %d characters", Limits.MAX_STRING), null);
      }
    }
    return value.toString();
  }

  private Token peek() {
    return tokens.get(p);
  }

  private Token peek(int ahead) {
    return tokens.get(Math.min(p + ahead, tokens.size() - 1));
  }

  private Token next() {
    Token t = tokens.get(p);
    if (p < tokens.size() - 1) {
      p++;
    }
    return t;
  }

  private boolean acceptWord(String word) {
    if (peek().is(word) && !isLabel()) {
      next();
      return true;
    }
    return false;
  }

  private boolean accept(String... words) {
    if (isLabel()) {
      return false;
    }
    for (int i = 0; i < words.length; i++) {
      if (!peek(i).is(words[i])) {
        return false;
      }
    }
    for (int i = 0; i < words.length; i++) {
      next();
    }
    return true;
  }

  private void expectWord(String word) {
    Token t = peek();
    if (!acceptWord(word)) {
      throw fail(t, "expected '" + word + "', found " + t.describe(),
          t.kind() == Token.Kind.WORD ? Words.closest(t.text(), List.of(word)).orElse(null) : null);
    }
  }

  private void expectOneOf(String... words) {
    Token t = peek();
    for (String w : words) {
      if (acceptWord(w)) {
        return;
      }
    }
    throw fail(t, "expected '" + String.join("' or '", words) + "', found " + t.describe(), null);
  }

  private <T> T lookup(Token t, String what, Map<String, T> options) {
    T found = options.get(t.text().toLowerCase(Locale.ROOT));
    if (found == null) {
      throw fail(t, "expected " + what + " (" + String.join(", ", new java.util.TreeSet<>(options.keySet()))
          + "), found " + t.describe(), Words.closest(t.text(), new ArrayList<>(options.keySet())).orElse(null));
    }
    return found;
  }

  /** Builds a model value, reporting the rule it breaks at {@code at}. */
  private <T> T build(Token at, java.util.function.Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalArgumentException | DateTimeException e) {
      throw fail(at, e.getMessage(), null);
    }
  }

  private Failure fail(Token at, String message, String suggestion) {
    diagnostics.error(at, message, suggestion);
    return new Failure();
  }

  /**
   * Skips to the next line that starts with a word, unless the word only continues a wrapped statement
   * ({@link #CONTINUATIONS}): one error per bad line, and none for the lines of a statement already reported.
   */
  private void recover(int before) {
    if (p == before) {
      next();
    }
    while (peek().kind() != Token.Kind.EOF) {
      Token t = peek();
      if (t.lineStart() && t.kind() == Token.Kind.WORD
          && (isLabel() || !CONTINUATIONS.contains(t.text().toLowerCase(Locale.ROOT)))) {
        return;
      }
      next();
    }
  }
}
