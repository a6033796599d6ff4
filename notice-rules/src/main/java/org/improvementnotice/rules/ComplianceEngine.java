package org.improvementnotice.rules;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;
import org.improvementnotice.model.AssessmentPoint;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.data.DerivedFigures;
import org.improvementnotice.model.data.PerformanceData;
import org.improvementnotice.model.data.SupportedDates;
import org.improvementnotice.model.validation.Problem;
import org.improvementnotice.model.validation.ValidationException;
import org.improvementnotice.model.time.DeadlineContext;
import org.improvementnotice.rules.facts.Decision;
import org.improvementnotice.rules.internal.Explanations;
import org.improvementnotice.rules.internal.FiringLogger;
import org.improvementnotice.rules.internal.RuleBase;
import org.improvementnotice.rules.internal.preparation.NoticePlan;
import org.improvementnotice.rules.internal.preparation.Prepared;
import org.improvementnotice.rules.internal.preparation.Preparer;
import com.google.common.collect.MapMaker;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether a council complies with a notice at a date. Build one with {@link #create()} (the rule base
 * is loaded once per process from the executable model compiled at build time) and share it: it is thread-safe, and each
 * evaluation runs in its own session, taken from a process-wide pool and always returned to it empty.
 * Evaluation never mutates the notice or the data.
 *
 * <pre>{@code
 * ComplianceEngine engine = ComplianceEngine.create();
 * ComplianceReport report = engine.evaluate(notice, data, LocalDate.of(2009, 6, 30));
 * report.findings().forEach(f -> System.out.println(f.status() + " " + f.explanation()));
 * }</pre>
 */
public final class ComplianceEngine {

  /**
   * The plans of notices already validated, keyed weakly and by identity (a notice is immutable), so a notice
   * evaluated again (at another date, on other data) is validated and expanded once.
   */
  private static final ConcurrentMap<Notice, NoticePlan> PLANS = new MapMaker().weakKeys().makeMap();
  private static final Logger LOG = LoggerFactory.getLogger(ComplianceEngine.class);

  /** The name of a final verdict that no schedule point on or after the notice's end names. */
  public static final String FINAL_VERDICT = "Final verdict";

  private final KieSessionsPool sessions;
  private final Settings settings;

  private ComplianceEngine(KieSessionsPool sessions, Settings settings) {
    this.sessions = sessions;
    this.settings = settings;
  }

  /** {@return an engine with the {@linkplain Settings#defaults() default settings}} */
  public static ComplianceEngine create() {
    return create(Settings.defaults());
  }

  /**
   * An engine with the settings. The rule base is loaded once per process, on the first call, and shared by
   * every engine; later calls are cheap.
   *
   * @param settings the choices where councils could differ, which every evaluation of the engine applies
   * @return an engine with the settings
   */
  public static ComplianceEngine create(Settings settings) {
    requireNonNull(settings, "settings");
    long start = System.nanoTime();
    KieSessionsPool sessions = RuleBase.MODEL.sessions();
    LOG.debug("Rule base ready in {} ms", (System.nanoTime() - start) / 1_000_000);
    return new ComplianceEngine(sessions, settings);
  }

  /**
   * {@return an engine sharing this one's rule base, with other settings; this one is unchanged}
   *
   * @param other the settings the new engine applies
   */
  public ComplianceEngine withSettings(Settings other) {
    return new ComplianceEngine(sessions, requireNonNull(other, "settings"));
  }

  /** {@return the engine's settings} */
  public Settings settings() {
    return settings;
  }

  /**
   * The notice's verdict at the date: one finding per decidable requirement, in the notice's order, using only
   * the data published or recorded on or before the date.
   *
   * @param notice the notice
   * @param data the council's performance data
   * @param asAt the assessment date, within the {@linkplain SupportedDates supported dates} (1900 to 2199)
   * @return the report: one finding per decidable requirement
   * @throws ValidationException if the assessment date is outside the supported dates (the problem's path is
   *     {@code asAt}), or listing every problem if the notice does not validate (an undeclared indicator, a
   *     period before the issue date, ...; a deadline before it is only a warning); a notice is validated once per engine process and remembered
   */
  public ComplianceReport evaluate(Notice notice, PerformanceData data, LocalDate asAt) {
    return evaluate(notice, data, asAt, Optional.empty(), false);
  }

  /**
   * The notice's journey: its verdict at each point of its assessment schedule that resolves to a date and falls
   * before the notice's end, in date order, ending with its {@linkplain #finalVerdict final verdict} when the notice
   * has an end. A schedule point on or after the end ("final review, end of April 2013") is not evaluated on its
   * own: the final verdict takes its place and its name (the latest such point's, when there are several).
   *
   * @param notice the notice
   * @param data the council's performance data
   * @return a report per assessment point before the end, then the final verdict if the notice has an end
   * @throws ValidationException as {@link #evaluate(Notice, PerformanceData, LocalDate)} does, for a point outside
   *     the supported dates or a notice that does not validate
   */
  public List<ComplianceReport> evaluateSchedule(Notice notice, PerformanceData data) {
    requireNonNull(notice, "notice");
    Optional<LocalDate> end = notice.end();
    List<ComplianceReport> out = new ArrayList<>();
    for (DatedPoint point : datedPoints(notice)) {
      if (end.isEmpty() || point.date().isBefore(end.get())) {
        out.add(evaluate(notice, data, point.date(), Optional.of(point.name()), false));
      }
    }
    finalVerdict(notice, data).ifPresent(out::add);
    return out;
  }

  /**
   * The journey of a notice that a later one supersedes from its own issue date (DOMAIN.md, "instruments that
   * replace others"): its verdict at each point of its schedule before the change, then its final verdict taken
   * at the change, named {@code "Superseded by <id>"}. A notice that ended before the change keeps its own
   * journey ({@link #evaluateSchedule(Notice, PerformanceData)}).
   *
   * @param notice the earlier notice
   * @param data the council's performance data
   * @param successor the later notice, which names the earlier one as the notice it supersedes
   * @return a report per assessment point before the change, then the final verdict at the change
   * @throws IllegalArgumentException if the successor does not supersede the notice, or is not issued after it
   * @throws ValidationException as {@link #evaluate(Notice, PerformanceData, LocalDate)} does
   */
  public List<ComplianceReport> evaluateSchedule(Notice notice, PerformanceData data, Notice successor) {
    requireNonNull(notice, "notice");
    requireNonNull(successor, "successor");
    LocalDate change = successor.issued().date();
    if (successor.supersedes().filter(notice.id()::equals).isEmpty()) {
      throw new IllegalArgumentException(String.format("Notice %s does not supersede %s", successor.id(),
          notice.id()));
    }
    if (!change.isAfter(notice.issued().date())) {
      throw new IllegalArgumentException(String.format("Notice %s, issued %s, cannot supersede %s, issued %s",
          successor.id(), change, notice.id(), notice.issued().date()));
    }
    Optional<LocalDate> end = notice.end();
    if (end.isPresent() && end.get().isBefore(change)) {
      return evaluateSchedule(notice, data);
    }
    List<ComplianceReport> out = new ArrayList<>();
    for (DatedPoint point : datedPoints(notice)) {
      if (point.date().isBefore(change)) {
        out.add(evaluate(notice, data, point.date(), Optional.of(point.name()), false));
      }
    }
    out.add(evaluate(notice, data, change, Optional.of("Superseded by " + successor.id()), true));
    return out;
  }

  /**
   * The notice's final verdict: its verdict as at the {@linkplain #finalVerdictDate final verdict's date}, when
   * every requirement due on or before the notice's end is decided (met, missed, done, overdue, no data, ...),
   * never not yet due. The report {@linkplain ComplianceReport#isFinal() is final}; its assessment is named for
   * the last schedule point on or after the end ("final review"), or {@value #FINAL_VERDICT} when none is.
   *
   * @param notice the notice
   * @param data the council's performance data
   * @return the final verdict, or empty for a notice with no end (no stated term)
   * @throws ValidationException as {@link #evaluate(Notice, PerformanceData, LocalDate)} does
   */
  public Optional<ComplianceReport> finalVerdict(Notice notice, PerformanceData data) {
    requireNonNull(notice, "notice");
    requireNonNull(data, "data");
    Optional<LocalDate> date = finalVerdictDate(notice);
    if (date.isEmpty()) {
      return Optional.empty();
    }
    LocalDate end = notice.end().orElseThrow();
    String name = FINAL_VERDICT;
    for (DatedPoint point : datedPoints(notice)) {
      if (!point.date().isBefore(end)) {
        name = point.name();
      }
    }
    return Optional.of(evaluate(notice, data, date.get(), Optional.of(name), true));
  }

  /**
   * When the notice's final verdict is taken: the later of its last scheduled assessment that resolves to a
   * date and its end plus the {@linkplain Settings#publicationLag() publication lag}.
   *
   * @param notice the notice
   * @return the date, or empty for a notice with no end
   */
  public Optional<LocalDate> finalVerdictDate(Notice notice) {
    requireNonNull(notice, "notice");
    Optional<LocalDate> end = notice.end();
    if (end.isEmpty()) {
      return Optional.empty();
    }
    LocalDate date = end.get().plus(settings.publicationLag());
    for (DatedPoint point : datedPoints(notice)) {
      if (point.date().isAfter(date)) {
        date = point.date();
      }
    }
    return Optional.of(date);
  }

  /** An assessment point with the date it resolves to. */
  private record DatedPoint(String name, LocalDate date) {}

  /**
   * The notice's assessment points that resolve to a date, in date order: a journey runs forward in time whatever
   * order the schedule lists its points in (quarterly assessments, then a "six month review" among them). Points
   * on one day keep the schedule's order.
   */
  private static List<DatedPoint> datedPoints(Notice notice) {
    DeadlineContext context = notice.deadlineContext();
    List<DatedPoint> out = new ArrayList<>();
    for (AssessmentPoint point : notice.schedule().points()) {
      point.when().resolve(context).ifPresent(d -> out.add(new DatedPoint(point.name(), d)));
    }
    out.sort(Comparator.comparing(DatedPoint::date));
    return out;
  }

  private ComplianceReport evaluate(Notice notice, PerformanceData data, LocalDate asAt, Optional<String> point,
      boolean isFinal) {
    requireNonNull(notice, "notice");
    requireNonNull(data, "data");
    requireNonNull(asAt, "asAt");
    if (!SupportedDates.contains(asAt)) {
      throw new ValidationException("Evaluation of notice " + notice.id(), List.of(Problem.error("asAt",
          "Assessment date " + asAt + " is " + SupportedDates.outside())));
    }
    NoticePlan plan = PLANS.get(notice);
    if (plan == null) {
      plan = NoticePlan.of(notice);
      PLANS.put(notice, plan);
    }
    // a rate the notice derives from two counts is worked out from the counts known (DerivedFigures)
    PerformanceData figures = DerivedFigures.addTo(data, notice.indicators());
    List<Prepared> prepared = new Preparer(notice, plan, figures, asAt, settings).prepareAll();
    Map<String, Decision> decisions = decide(prepared);
    List<Finding> findings = new ArrayList<>(prepared.size());
    for (Prepared p : prepared) {
      Decision d = decisions.get(p.requirement().id().value());
      if (d == null) {
        throw new IllegalStateException("No rule decided requirement " + p.requirement().id() + " of form "
            + p.requirement().form() + " at " + asAt + ": the rule set has a gap");
      }
      findings.add(new Finding(p.requirement().id(), p.measure().id(), p.requirement().form(), d.status(), d.rag(),
          p.values(), p.threshold(), d.rule(), p.measure().clause(), Explanations.explain(p, d), p.direction(),
          p.measure().bearer(), p.evidence()));
    }
    ComplianceReport report = new ComplianceReport(notice.id(), asAt, point, findings, isFinal);
    if (LOG.isDebugEnabled()) {
      LOG.debug("Notice {} at {}: {} findings, {}", notice.id(), asAt, findings.size(), report.countsByStatus());
    }
    return report;
  }

  private Map<String, Decision> decide(List<Prepared> prepared) {
    Map<String, Decision> out = new HashMap<>();
    KieSession session = sessions.newKieSession();
    // A pooled session keeps its listeners when it goes back to the pool, so the logger is removed again.
    FiringLogger logger = FiringLogger.enabled() ? new FiringLogger() : null;
    try {
      if (logger != null) {
        session.addEventListener(logger);
      }
      for (Prepared p : prepared) {
        session.insert(p.fact());
      }
      session.fireAllRules();
      for (Object o : session.getObjects(new ClassObjectFilter(Decision.class))) {
        Decision d = (Decision) o;
        Decision before = out.put(d.requirementId(), d);
        if (before != null) {
          throw new IllegalStateException("Two rules decided requirement " + d.requirementId() + ": \""
              + before.rule() + "\" and \"" + d.rule() + "\"");
        }
      }
    } finally {
      if (logger != null) {
        session.removeEventListener(logger);
      }
      session.dispose();
    }
    return out;
  }
}
