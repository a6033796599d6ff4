package org.improvementnotice.alerts;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.improvementnotice.alerts.internal.AlertRuleBase;
import org.improvementnotice.alerts.internal.Preparer;
import org.improvementnotice.cases.CaseRecords;
import org.improvementnotice.model.Notice;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raises case-level alerts: which open cases need attention at a date, and which requirements of the notice they
 * put at risk. Build one with {@link #create()} (the rule base is loaded once per process from the executable
 * model compiled at build time) and share it: it is thread-safe, and each call runs in its own session, taken
 * from a process-wide pool and always returned to it empty. It never mutates the records or the notice.
 *
 * <pre>{@code
 * AlertEngine engine = AlertEngine.create();
 * for (Alert a : engine.alerts(records, notice, LocalDate.of(2009, 4, 20))) {
 *   System.out.println(a.message());
 * }
 * }</pre>
 */
public final class AlertEngine {
  private static final Logger LOG = LoggerFactory.getLogger(AlertEngine.class);

  /** The order alerts are listed in: by kind, then date, then case, then record. */
  static final Comparator<Alert> ORDER = Comparator.comparing(Alert::kind)
      .thenComparing(Alert::date)
      .thenComparing(a -> a.caseId().value())
      .thenComparing(Alert::recordId);

  private final KieSessionsPool sessions;
  private final AlertSettings settings;

  private AlertEngine(KieSessionsPool sessions, AlertSettings settings) {
    this.sessions = sessions;
    this.settings = settings;
  }

  /** {@return an engine with the {@linkplain AlertSettings#defaults() default settings}} */
  public static AlertEngine create() {
    return create(AlertSettings.defaults());
  }

  /**
   * An engine with the settings. The rule base is loaded once per process, on the first call, and shared by every
   * engine; later calls are cheap.
   *
   * @param settings the choices behind the alerts (windows, timescales, working-day calendar)
   * @return an engine with the settings
   * @throws IllegalStateException if the build did not generate the executable rule model
   */
  public static AlertEngine create(AlertSettings settings) {
    requireNonNull(settings, "settings");
    return new AlertEngine(AlertRuleBase.MODEL.sessions(), settings);
  }

  /** {@return the engine's settings} */
  public AlertSettings settings() {
    return settings;
  }

  /**
   * The alerts at the date, ordered by kind (in {@link AlertKind}'s order), then date, then case id, then record
   * id. Only items open on the date count: assessments received or commenced on or before it and not completed
   * on or before it, plans started and not ended, all on cases open that day.
   *
   * @param records the council's case records, read and never modified
   * @param notice the notice whose requirements the alerts cite as put at risk
   * @param asAt the date the alerts are raised at
   * @return the alerts at the date, ordered by kind (in {@link AlertKind}'s order), then date, then case id, then
   *     record id
   * @throws IllegalArgumentException if the date, or a date the working-day arithmetic needs (an assessment's due
   *     date), is outside the settings' calendar's range
   */
  public List<Alert> alerts(CaseRecords records, Notice notice, LocalDate asAt) {
    requireNonNull(records, "records");
    requireNonNull(notice, "notice");
    requireNonNull(asAt, "asAt");
    List<Object> facts = new Preparer(records, notice, asAt, settings).prepareAll();
    List<Alert> out = new ArrayList<>();
    try (KieSession session = sessions.newKieSession()) {
      for (Object fact : facts) {
        session.insert(fact);
      }
      session.fireAllRules();
      for (Object o : session.getObjects(new ClassObjectFilter(Alert.class))) {
        out.add((Alert) o);
      }
    }
    out.sort(ORDER);
    LOG.debug("Notice {} at {}: {} facts, {} alerts", notice.id(), asAt, facts.size(), out.size());
    return List.copyOf(out);
  }
}
