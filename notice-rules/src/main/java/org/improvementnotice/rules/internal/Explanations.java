package org.improvementnotice.rules.internal;

import java.util.Map;
import org.improvementnotice.rules.facts.Decision;

/**
 * One sentence a board member can read, for each rule's decision, filled in from the prepared words. Words
 * only: the decision is the rule's. Stateless.
 */
public final class Explanations {
  private Explanations() {}

  /** The sentence explaining the decision about the prepared requirement. */
  public static String explain(Prepared p, Decision d) {
    Map<String, String> w = p.words();
    String s = w.getOrDefault("subject", p.requirement().id().value());
    String cited = d.cited() == null ? "" : d.cited();
    switch (d.rule()) {
      case "threshold met":
      case "benchmark met":
        return String.format("%s was %s for %s, meeting the target of %s.", s, w.get("figure"), w.get("period"),
            w.get("threshold") + benchmarkWords(w));
      case "threshold missed within tolerance":
      case "benchmark missed within tolerance":
        return String.format("%s was %s for %s against a target of %s: missed, but by no more than the tolerance of %s.",
            s, w.get("figure"), w.get("period"), w.get("threshold") + benchmarkWords(w), w.get("tolerance"));
      case "threshold missed":
      case "benchmark missed":
        return String.format("%s was %s for %s against a target of %s: missed by more than the tolerance of %s.",
            s, w.get("figure"), w.get("period"), w.get("threshold") + benchmarkWords(w), w.get("tolerance"));
      case "threshold figure missing, strict":
      case "benchmark figure missing, strict":
        return String.format("No figure for %s for %s is known at %s, and missing data counts as missed.",
            s, w.get("period"), w.get("asAt"));
      case "threshold figure missing":
      case "benchmark figure missing":
        return String.format("No figure for %s for %s is known at %s.", s, w.get("period"), w.get("asAt"));
      case "benchmark value missing":
        return String.format("No %s figure for %s is known at %s to compare %s with.",
            w.get("threshold").replaceFirst("^at (least|most) ", ""), w.get("period"), w.get("asAt"), s);
      case "threshold deadline unresolved":
      case "benchmark deadline unresolved":
        return String.format("The deadline for %s (%s) names an event the calendar does not have yet.", s,
            w.get("threshold"));
      case "threshold not yet due":
      case "benchmark not yet due":
        return String.format("%s must be %s by %s; it is not yet due.", s, w.get("threshold"), w.get("due"));
      case "forecast on track":
        return String.format("Not yet due (%s by %s): %s is on or better than the %s expected on the trajectory.",
            w.get("threshold"), w.get("due"), s + " at " + w.get("latest"), w.get("expected"));
      case "forecast at risk":
        return String.format("Not yet due (%s by %s): %s is behind the %s expected on the trajectory, "
            + "by no more than the tolerance of %s.", w.get("threshold"), w.get("due"), s + " at " + w.get("latest"),
            w.get("expected"), w.get("tolerance"));
      case "forecast off track":
        return String.format("Not yet due (%s by %s): %s is behind the %s expected on the trajectory "
            + "by more than the tolerance of %s.", w.get("threshold"), w.get("due"), s + " at " + w.get("latest"),
            w.get("expected"), w.get("tolerance"));
      case "forecast without data":
        return String.format("Not yet due (%s by %s), and no figure for %s is known at %s to forecast from.",
            w.get("threshold"), w.get("due"), s, w.get("asAt"));
      case "standing window not started":
        return String.format("%s must hold %s from %s; that has not started.", s, w.get("threshold"), w.get("start"));
      case "standing level unknown":
        return String.format("%s must hold %s, but the baseline is not known at %s.", s, w.get("threshold"),
            w.get("asAt"));
      case "every period breached":
        return String.format("%s must be %s in every period from %s; %s.", s, w.get("threshold"), w.get("start"),
            shortfall(w, cited));
      case "level not maintained":
        return String.format("%s must be maintained %s over %s; %s.", s, w.get("threshold"), w.get("window"),
            shortfall(w, cited));
      case "standing no figures":
        return String.format("No figure for %s for any period from %s is known at %s.", s, w.get("start"),
            w.get("asAt"));
      case "level held in every period":
        return String.format("%s was %s in every period with a figure from %s to %s%s.", s, w.get("threshold"),
            w.get("start"), w.get("asAt"), missing(w));
      case "improvement figures missing":
        return String.format("%s cannot be compared with its baseline: %s is not known at %s.", s,
            w.containsKey("baseline") ? "no figure since" : "the baseline", w.get("asAt"));
      case "improved on baseline":
        return String.format("%s has improved on its baseline of %s.", s, w.get("baseline"));
      case "not improved on baseline":
        return String.format("%s has not improved on its baseline of %s.", s, w.get("baseline"));
      case "minimising figures missing":
        return String.format("%s has too few figures at %s to show it is being minimised.", s, w.get("asAt"));
      case "minimising rose beyond tolerance":
        return String.format("%s rose in %s by more than the tolerance on the period before.", s, cited);
      case "minimising held":
        return String.format("%s did not rise by more than the tolerance in any period.", s);
      case "sustained downward trend":
        return String.format("%s worsened in %s consecutive periods to %s: a sustained downward trend.", s,
            w.get("length"), cited);
      case "trend too few figures":
        return String.format("%s has too few figures to show a trend over %s periods.", s, w.get("length"));
      case "no sustained downward trend":
        return String.format("%s did not worsen in %s consecutive periods.", s, w.get("length"));
      case "target not set":
        return String.format("%s has no target yet (%s): it is neither met nor missed.", s, w.get("note"));
      case "action done":
      case "action done, deadline unresolved":
        return String.format("%s: done on %s (%s), deadline %s.", s, w.get("completed"), w.get("reference"),
            w.get("deadline"));
      case "action done late":
        return String.format("%s: done on %s (%s), after the deadline of %s.", s, w.get("completed"),
            w.get("reference"), w.get("deadline"));
      case "action deadline unresolved":
        return String.format("%s: the deadline (%s) names an event the calendar does not have yet.", s,
            w.get("deadline"));
      case "action overdue":
        return String.format("%s: not recorded as done, and the deadline of %s has passed.", s, w.get("deadline"));
      case "action due soon":
        return String.format("%s: not yet done, due by %s.", s, w.get("deadline"));
      case "action not yet due":
        return String.format("%s: due by %s.", s, w.get("deadline"));
      case "governance not yet started":
        return String.format("%s must meet %s from %s.", s, w.get("cadence"), w.get("start"));
      case "governance meeting gap too long":
        return String.format("%s must meet %s, but went from %s without meeting in time.", s, w.get("cadence"),
            cited);
      case "governance chair not as required":
        return String.format("%s met on %s without the required chair (%s).", s, cited, w.get("chair"));
      case "governance department absent":
        return String.format("%s met on %s without the department attending.", s, cited);
      case "governance cadence held":
        return String.format("%s met %s times, %s as required, the longest gap %s days.", s, w.get("meetings"),
            w.get("cadence"), w.get("longest"));
      case "qualitative board judgement recorded":
        String note = w.get("note").strip();
        return String.format("The board judged \"%s\" %s on %s: %s", s, w.get("rag"), cited,
            note.endsWith(".") || note.endsWith("!") || note.endsWith("?") ? note : note + ".");
      case "qualitative not judged":
        return String.format("No board judgement of \"%s\" is recorded at %s.", s, p.words().get("asAt"));
      default:
        return String.format("%s: %s (%s).", s, d.status(), d.rule());
    }
  }

  private static String benchmarkWords(Map<String, String> w) {
    return w.containsKey("benchmark") ? " (" + w.get("benchmark") + ")" : "";
  }

  private static String shortfall(Map<String, String> w, String cited) {
    return (w.get("missing").contains(cited) ? "there is no figure for " : "it fell short in ") + cited;
  }

  private static String missing(Map<String, String> w) {
    return w.get("missing").isEmpty() ? "" : " (no figure for " + w.get("missing") + ")";
  }
}
