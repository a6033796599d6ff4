package org.improvementnotice.model.language;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.improvementnotice.model.AssessmentPoint;
import org.improvementnotice.model.AssessmentSchedule;
import org.improvementnotice.model.Board;
import org.improvementnotice.model.Consequence;
import org.improvementnotice.model.Governance;
import org.improvementnotice.model.Instrument;
import org.improvementnotice.model.IssueDate;
import org.improvementnotice.model.Issuer;
import org.improvementnotice.model.NamedEvent;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.NoticeEvidence;
import org.improvementnotice.model.Recipient;
import org.improvementnotice.model.Term;
import org.improvementnotice.model.indicator.IndicatorCatalogue;
import org.improvementnotice.model.requirement.Cadence;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.model.time.StatedDate;

/**
 * The recursive-descent parser of the notice language: the rules {@code file} and {@code statement} of
 * docs/notice-language.md, one case per statement. Measures and their requirements are read by
 * {@link RequirementSyntax}, indicators by {@link IndicatorSyntax}, values by {@link ValueSyntax}, dates,
 * periods and deadlines by {@link TimeSyntax}, all over one {@link TokenCursor}. Each statement starts with a
 * keyword at the start of a line; on an error the parser reports it and skips to the next line that starts
 * with a keyword, so that every error of a file is reported in one pass. Not thread-safe: one instance per
 * parse.
 */
final class Parser {

  static final List<String> STATEMENTS = List.of("notice", "instrument", "recipient", "issuer", "service",
      "evidence", "background", "issued", "term", "assessed", "schedule", "assessment", "quarterly", "board",
      "event", "indicator", "group", "measure", "consequence", "supersedes");
  static final List<String> REQUIREMENTS = RequirementSyntax.KEYWORDS;

  /** Words that may continue a statement wrapped onto the next line; recovery does not stop at them. */
  static final Set<String> CONTINUATIONS = RequirementSyntax.CONTINUATIONS;

  private final TokenCursor c;
  private final Diagnostics diagnostics;
  private final TimeSyntax time;
  private final ValueSyntax values;
  private final IndicatorSyntax indicators;
  private final RequirementSyntax requirements;
  private final boolean checkReferences;

  // what the statements set, with where they were set
  private final Map<String, Token> setAt = new HashMap<>();
  /** The ids the notice and its superseded notice are given, to refuse a notice superseding itself where it says so. */
  private final Map<String, String> ids = new HashMap<>();
  // the notice's own statements go straight to its builder; the schedule's and the governance's are gathered
  private final Notice.Builder notice = Notice.builder();
  private String assessedBy;
  private String scheduleDescription;
  private final List<AssessmentPoint> points = new ArrayList<>();
  private final List<Board> boards = new ArrayList<>();
  private final List<NamedEvent> events = new ArrayList<>();
  private int measureCount;
  private String group = "";
  private boolean discardRequirements;

  // for locating validation problems
  private final Map<String, Token> pathTokens = new HashMap<>();
  private Token first;

  Parser(List<Token> tokens, Diagnostics diagnostics, IndicatorCatalogue catalogue, boolean checkReferences) {
    this.c = new TokenCursor(tokens, diagnostics);
    this.diagnostics = diagnostics;
    this.checkReferences = checkReferences;
    this.time = new TimeSyntax(c);
    this.values = new ValueSyntax(c, time);
    this.indicators = new IndicatorSyntax(c, catalogue);
    this.requirements = new RequirementSyntax(c, indicators, values, time, STATEMENTS);
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
    first = c.peek();
    while (!c.atEnd() && !diagnostics.full()) {
      int before = c.position();
      try {
        statement();
      } catch (TokenCursor.Failure f) {
        discardRequirements = true;
        c.recover(before, CONTINUATIONS);
      }
    }
    if (checkReferences) {
      indicators.checkReferences();
    }
    if (!diagnostics.full()) {
      requireSet("notice", "notice <id>", "a notice starts with 'notice' and its id");
      requireSet("recipient", "recipient \"<council>\"", "a notice names its recipient council");
      requireSet("issuer", "issuer \"<body>\"", "a notice names who issued it");
      requireSet("issued", "issued <date>", "a notice states (or assumes) its issue date");
    }
    if (ids.containsKey("supersedes") && ids.get("supersedes").equals(ids.get("notice"))) {
      // refused where it is said, not at the notice's first line, where the model would refuse it
      diagnostics.error(setAt.get("supersedes"), String.format("Notice %s cannot supersede itself", ids.get("notice")),
          null);
    }
    if (diagnostics.hasErrors()) {
      return Optional.empty();
    }
    try {
      notice.schedule(new AssessmentSchedule(Optional.ofNullable(assessedBy), Optional.ofNullable(scheduleDescription),
          points)).governance(new Governance(boards, events));
      indicators.declared().forEach(notice::addIndicator);
      return Optional.of(notice.build());
    } catch (IllegalArgumentException e) {
      diagnostics.error(first, e.getMessage(), null);
      return Optional.empty();
    }
  }

  private void requireSet(String keyword, String form, String why) {
    if (!setAt.containsKey(keyword)) {
      diagnostics.error(first, String.format("missing '%s' statement: %s", form, why), null);
    }
  }

  /** One statement of the grammar, from its keyword. */
  private void statement() {
    Token t = c.peek();
    if (t.kind() == Token.Kind.WORD && c.isLabel()) {
      requirementOutsideMeasure(t);
      return;
    }
    if (t.kind() != Token.Kind.WORD) {
      throw c.fail(t, "expected a statement (notice, recipient, issuer, issued, indicator, group, measure, ...), "
          + "found " + t.describe(), null);
    }
    String k = t.text().toLowerCase(Locale.ROOT);
    if (REQUIREMENTS.contains(k) && !STATEMENTS.contains(k)) {
      requirementOutsideMeasure(t);
      return;
    }
    if (k.equals("assumed")) {
      throw c.fail(t, "'assumed' marks a fact once, at the end of an issuer, issued, term or event statement", null);
    }
    if (!STATEMENTS.contains(k)) {
      List<String> all = new ArrayList<>(STATEMENTS);
      all.addAll(REQUIREMENTS);
      if (!t.lineStart()) {
        all.add("assumed");   // a misspelt mark at the end of the statement before
      }
      throw c.fail(t, "expected a statement (notice, recipient, issuer, issued, indicator, group, measure, ...), "
          + "found " + t.describe(), Words.closest(t.text(), all).orElse(null));
    }
    c.next();
    switch (k) {
      case "notice" -> {
        set("notice", t);
        String slug = c.slug("notice id");
        ids.put("notice", slug);
        c.build(t, () -> notice.id(slug));
      }
      case "supersedes" -> {
        set("supersedes", t);
        String earlier = c.slug("id of the notice it supersedes");
        ids.put("supersedes", earlier);
        c.build(t, () -> notice.supersedes(org.improvementnotice.model.NoticeId.of(earlier)));
      }
      case "instrument" -> {
        set("instrument", t);
        notice.instrument(instrumentKind());
      }
      case "recipient" -> {
        set("recipient", t);
        String council = c.string("the recipient council");
        Optional<String> address = c.acceptWord("at") ? Optional.of(c.string("the address")) : Optional.empty();
        notice.recipient(c.build(t, () -> new Recipient(council, address)));
      }
      case "issuer" -> {
        set("issuer", t);
        String body = c.string("the issuing body");
        Optional<String> signatory = c.accept("signed", "by") ? Optional.of(c.string("the signatory"))
            : Optional.empty();
        boolean assumed = c.acceptWord("assumed");
        notice.issuer(c.build(t, () -> new Issuer(body, signatory, assumed)));
      }
      case "service" -> {
        c.expectWord("area");
        set("service", t);
        notice.serviceArea(c.string("the service area"));
      }
      case "evidence" -> {
        String description = c.string("the evidence");
        Optional<StatedDate> date = c.acceptWord("dated") ? Optional.of(time.statedDate()) : Optional.empty();
        notice.addEvidence(c.build(t, () -> new NoticeEvidence(description, date)));
      }
      case "background" -> {
        set("background", t);
        notice.background(c.string("the background"));
      }
      case "issued" -> {
        set("issued", t);
        LocalDate date = time.date();
        notice.issued(c.acceptWord("assumed") ? IssueDate.assumed(date) : IssueDate.stated(date));
      }
      case "term" -> term(t);
      case "assessed" -> {
        c.expectWord("by");
        set("assessed", t);
        assessedBy = c.string("who assesses the notice");
      }
      case "schedule" -> {
        set("schedule", t);
        scheduleDescription = c.string("the schedule as the notice words it");
      }
      case "assessment" -> assessment(t);
      case "quarterly" -> quarterlyAssessments(t);
      case "board" -> board(t);
      case "event" -> {
        String name = c.string("the event's name");
        c.expectWord("on");
        LocalDate date = time.date();
        boolean assumed = c.acceptWord("assumed");
        events.add(c.build(t, () -> new NamedEvent(name, date, assumed)));
      }
      case "indicator" -> {
        pathTokens.put("indicators[" + indicators.declared().size() + "]", t);
        indicators.declaration(t);
      }
      case "group" -> group = c.string("the group's heading");
      case "measure" -> {
        notice.addMeasure(requirements.measure(t, measureCount, group, pathTokens));
        measureCount++;
      }
      case "consequence" -> {
        set("consequence", t);
        Optional<String> power = c.acceptWord("under") ? Optional.of(c.string("the statutory power"))
            : Optional.empty();
        String text = c.string("the consequence as the notice words it");
        notice.consequence(c.build(t, () -> new Consequence(power, text)));
      }
      default -> throw new AssertionError(k);
    }
    discardRequirements = false;
  }

  /**
   * A requirement where a statement was expected: an error, unless it follows a measure line that failed,
   * whose requirements are read (and their errors reported) but dropped.
   */
  private void requirementOutsideMeasure(Token t) {
    if (discardRequirements) {
      requirements.requirement();
      return;
    }
    throw c.fail(t, "a requirement must follow a 'measure' line, found " + t.describe(), null);
  }

  private void set(String keyword, Token t) {
    Token before = setAt.putIfAbsent(keyword, t);
    if (before != null) {
      throw c.fail(t, String.format("'%s' is already set at line %d; a notice has one", keyword, before.line()),
          null);
    }
  }

  private Instrument instrumentKind() {
    Token t = c.peek();
    return Phrases.INSTRUMENTS.accept(c).orElseThrow(() -> c.fail(t,
        "expected 'improvement notice', 'statutory direction' or 'improvement plan', found " + t.describe(), null));
  }

  /**
   * {@code "term" ( integer ( "months" | "month" ) | "until" date | "until" "revoked" [ "on" date ] ) [ "assumed" ]}.
   */
  private void term(Token t) {
    set("term", t);
    pathTokens.put("term", t);
    if (c.accept("until", "revoked")) {
      Optional<LocalDate> revokedOn = c.acceptWord("on") ? Optional.of(time.date()) : Optional.empty();
      notice.term(new Term.UntilRevoked(revokedOn, c.acceptWord("assumed")));
    } else if (c.acceptWord("until")) {
      LocalDate lastDay = time.date();
      notice.term(new Term.Until(lastDay, c.acceptWord("assumed")));
    } else {
      int months = c.integer("the number of months", 1, 1200);
      c.expectOneOf("months", "month");
      notice.term(new Term.ForMonths(months, c.acceptWord("assumed")));
    }
  }

  /** {@code "assessment" string "at" deadline}, the deadline not an event. */
  private void assessment(Token t) {
    String name = c.string("the assessment's name");
    c.expectWord("at");
    Token at = c.peek();
    Deadline when = time.deadline(false);
    pathTokens.put("schedule.points[" + points.size() + "]", t);
    points.add(c.build(at, () -> new AssessmentPoint(name, when)));
  }

  /** {@code "quarterly" "assessments" "from" month "to" month}. */
  private void quarterlyAssessments(Token t) {
    c.expectWord("assessments");
    c.expectWord("from");
    YearMonth from = time.yearMonth();
    c.expectWord("to");
    YearMonth to = time.yearMonth();
    for (AssessmentPoint point : c.build(t, () -> AssessmentSchedule.quarterly(from, to))) {
      pathTokens.put("schedule.points[" + points.size() + "]", t);
      points.add(point);
    }
  }

  /** {@code "board" string { "chaired" "by" string | "meets" cadence | "observer" string | "member" string }}. */
  private void board(Token t) {
    String name = c.string("the board's name");
    Optional<String> chair = Optional.empty();
    Optional<Cadence> cadence = Optional.empty();
    List<String> observers = new ArrayList<>();
    List<String> members = new ArrayList<>();
    while (true) {
      Token o = c.peek();
      if (c.accept("chaired", "by")) {
        chair = c.once(o, chair, "the board's chair is already given", () -> c.string("the chair"));
      } else if (c.acceptWord("meets")) {
        cadence = c.once(o, cadence, "the board's cadence is already given", values::cadence);
      } else if (c.acceptWord("observer")) {
        observers.add(c.string("the observer"));
      } else if (c.acceptWord("member")) {
        members.add(c.string("the member"));
      } else {
        break;
      }
    }
    Optional<String> chairedBy = chair;
    Optional<Cadence> meets = cadence;
    pathTokens.put("governance.boards[" + boards.size() + "]", t);
    boards.add(c.build(t, () -> new Board(name, chairedBy, meets, observers, members)));
  }
}
