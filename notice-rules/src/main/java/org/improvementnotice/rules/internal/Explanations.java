package org.improvementnotice.rules.internal;

import java.util.List;
import java.util.Map;
import org.improvementnotice.model.requirement.Requirement;
import org.improvementnotice.model.time.Deadline;
import org.improvementnotice.rules.facts.Decision;
import org.improvementnotice.rules.internal.preparation.Prepared;

/**
 * One sentence a board member can read, for each rule's decision, filled in from the prepared words. Words
 * only: the decision is the rule's. Stateless.
 */
public final class Explanations {
  private Explanations() {}

  /** The sentence added to the explanation of a requirement whose deadline falls before the issue date. */
  static final String PRECEDES_NOTICE = "The deadline precedes the notice.";

  /**
   * {@return the sentence explaining the decision about the prepared requirement, followed by "The deadline
   * precedes the notice." when its deadline falls before the issue date, and by "It rests on the issue date ...,
   * which is assumed." (or the notice's end, an event's date: "..., which are assumed.") when its dates or values
   * rest on facts the notice does not state}
   *
   * @param p the prepared requirement, whose words fill the sentence
   * @param d the rule's decision about it; its rule's name chooses the sentence
   */
  public static String explain(Prepared p, Decision d) {
    String sentence = sentence(p, d);
    if (Boolean.TRUE.equals(p.words().get("precedesNotice"))) {
      sentence = sentence + " " + PRECEDES_NOTICE;
    }
    Object assumed = p.words().get("assumed");
    if (assumed instanceof List<?> facts && !facts.isEmpty()) {
      sentence = sentence + " It rests on " + joined(facts) + (facts.size() == 1 ? ", which is assumed."
          : ", which are assumed.");
    }
    return sentence;
  }

  /** "a", "a and b", "a, b and c". */
  private static String joined(List<?> items) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      out.append(i == 0 ? "" : i == items.size() - 1 ? " and " : ", ").append(items.get(i));
    }
    return out.toString();
  }

  private static String sentence(Prepared p, Decision d) {
    Map<String, Object> w = rounded(p.words());
    String s = String.valueOf(w.getOrDefault("subject", p.requirement().id().value()));
    String cited = d.cited() == null ? "" : round(d.cited(), decimals(p.words()));
    switch (d.rule()) {
      case "threshold met":
      case "benchmark met":
        return fill("%s was %s for %s, meeting the target of %s.", s, w.get("figure"), w.get("period"),
            w.get("threshold") + benchmarkWords(w));
      case "threshold missed within tolerance":
      case "benchmark missed within tolerance":
        return fill("%s was %s for %s against a target of %s: missed, but by no more than the tolerance of %s.",
            s, w.get("figure"), w.get("period"), w.get("threshold") + benchmarkWords(w), w.get("tolerance"));
      case "threshold missed":
      case "benchmark missed":
        return fill("%s was %s for %s against a target of %s: missed by more than the tolerance of %s.",
            s, w.get("figure"), w.get("period"), w.get("threshold") + benchmarkWords(w), w.get("tolerance"));
      case "threshold figure missing, strict":
      case "benchmark figure missing, strict":
        return fill("No figure for %s for %s is known at %s, and missing data counts as missed.",
            s, w.get("period"), w.get("asAt"));
      case "threshold figure missing":
      case "benchmark figure missing":
        return fill("No figure for %s for %s is known at %s%s.", s, w.get("period"), w.get("asAt"), because(w,
            "withheld"));
      case "benchmark value missing":
        return fill("No %s figure for %s is known at %s to compare %s with%s.",
            text(w, "threshold").replaceFirst("^at (least|most) (the )?", ""), w.get("period"), w.get("asAt"), s,
            w.containsKey("benchmarkUnavailable") ? ": it could not be computed, " + w.get("benchmarkUnavailable")
                : "");
      case "threshold deadline unresolved":
      case "benchmark deadline unresolved":
        return fill("The deadline for %s (%s) %s.", s, w.get("threshold"), unresolved(p.requirement()));
      case "threshold not yet due":
        return fill("%s must be %s by %s; it is not yet due.", s, w.get("threshold"), w.get("due"));
      case "forecast on track":
        return fill("Not yet due (%s by %s): %s is on or better than the %s expected on the trajectory.",
            target(w), w.get("due"), s + " at " + w.get("latest"), w.get("expected"));
      case "forecast at risk":
        return fill("Not yet due (%s by %s): %s is behind the %s expected on the trajectory, "
            + "by no more than the tolerance of %s.", target(w), w.get("due"), s + " at " + w.get("latest"),
            w.get("expected"), w.get("tolerance"));
      case "forecast off track":
        return fill("Not yet due (%s by %s): %s is behind the %s expected on the trajectory "
            + "by more than the tolerance of %s.", target(w), w.get("due"), s + " at " + w.get("latest"),
            w.get("expected"), w.get("tolerance"));
      case "forecast without data":
        return w.containsKey("baselineWithheld")
            ? fill("Not yet due (%s by %s), and the baseline of %s is not known at %s to forecast from%s.",
                target(w), w.get("due"), s, w.get("asAt"), because(w, "baselineWithheld"))
            : fill("Not yet due (%s by %s), and no figure for %s%s is known at %s to forecast from%s.",
                target(w), w.get("due"), s,
                w.containsKey("baseline") ? " after its baseline of " + w.get("baseline") : "", w.get("asAt"),
                because(w, "latestWithheld"));
      case "forecast without benchmark":
        return fill("Not yet due (%s by %s), and no %s is known at %s to forecast against%s.", w.get("threshold"),
            w.get("due"), text(w, "threshold").replaceFirst("^at (least|most) (the )?", ""), w.get("asAt"),
            w.containsKey("benchmarkUnavailable") ? ": the latest could not be computed, "
                + w.get("benchmarkUnavailable") : "");
      case "standing window not started":
        return fill("%s must hold %s from %s; that has not started.", s, w.get("threshold"), w.get("start"));
      case "standing level unknown":
        return fill("%s must hold %s, but the baseline is not known at %s.", s, w.get("threshold"),
            w.get("asAt"));
      case "every period breached":
        return fill("%s must be %s in every period from %s; %s.", s, w.get("threshold"), w.get("start"),
            shortfall(w, cited));
      case "level not maintained":
        return fill("%s must be maintained %s over %s; %s.", s, w.get("threshold"), w.get("window"),
            shortfall(w, cited));
      case "standing figure unavailable":
        return fill("%s must hold %s over %s; no figure is known at %s for %s.", s, w.get("threshold"),
            w.get("window"), w.get("asAt"), cited);
      case "standing no figures":
        return fill("No figure for %s for any period from %s is known at %s.", s, w.get("start"),
            w.get("asAt"));
      case "level held in every period":
        return fill("%s was %s in every period with a figure from %s to %s%s.", s, w.get("threshold"),
            w.get("start"), w.get("asAt"), missing(w));
      case "improvement figures missing":
        return fill("%s cannot be compared with its baseline: %s is not known at %s.", s,
            w.containsKey("baseline") ? "no figure since" : "the baseline", w.get("asAt"));
      case "improved on baseline":
        return fill("%s has improved on its baseline of %s.", s, w.get("baseline"));
      case "not improved on baseline":
        return fill("%s has not improved on its baseline of %s.", s, w.get("baseline"));
      case "improvement figure unavailable":
        return fill("%s cannot be compared with its baseline at %s: %s.", s, w.get("asAt"), w.get("withheld"));
      case "minimising figure unavailable":
        return fill("%s rose by no more than the tolerance wherever its figures can be compared, but whether it "
            + "was minimised throughout is not known at %s: %s.", s, w.get("asAt"), w.get("withheld"));
      case "minimising figures missing":
        return fill("%s has too few figures at %s to show it is being minimised.", s, w.get("asAt"));
      case "minimising rose beyond tolerance":
        return fill("%s rose in %s by more than the tolerance on the period before.", s, cited);
      case "minimising held":
        return fill("%s did not rise by more than the tolerance in any period.", s);
      case "sustained downward trend":
        return fill("%s worsened in %s consecutive periods to %s: a sustained downward trend.", s,
            w.get("run"), cited);
      case "trend too few figures":
        return fill("%s has too few figures to show a trend over %s periods.", s, w.get("length"));
      case "trend figure unavailable":
        return fill("Whether %s worsened in each of the last %s periods is not known at %s: %s, and no run is "
            + "traced across it.", s, w.get("length"), w.get("asAt"), w.get("withheld"));
      case "no sustained downward trend":
        return fill("%s did not worsen in each of the last %s periods%s.", s, w.get("length"),
            w.containsKey("brokenRun") ? "; it worsened in " + w.get("brokenRun") + " consecutive periods to "
                + w.get("brokenEnd") + ", a run broken since" : "");
      case "target not set":
        return fill("%s has no target yet (%s): it is neither met nor missed.", s, w.get("note"));
      case "action done":
      case "action done, deadline unresolved":
        return fill("%s: done on %s (%s), deadline %s.", s, w.get("completed"), w.get("reference"),
            strict(w) ? "before " + w.get("deadline") : w.get("deadline"));
      case "action done late":
        return fill(strict(w) ? "%s: done on %s (%s), late: it was due before %s." : "%s: done on %s (%s), after "
            + "the deadline of %s.", s, w.get("completed"), w.get("reference"), w.get("deadline"));
      case "action deadline unresolved":
        return fill("%s: the deadline (%s) %s.", s, strict(w) ? "before " + w.get("deadline") : w.get("deadline"),
            unresolved(p.requirement()));
      case "action overdue":
        return fill(strict(w) ? "%s: not recorded as done, and the deadline (before %s) has passed."
            : "%s: not recorded as done, and the deadline of %s has passed.", s, w.get("deadline"));
      case "action due soon":
        return fill(strict(w) ? "%s: not yet done, due before %s." : "%s: not yet done, due by %s.", s,
            w.get("deadline"));
      case "action not yet due":
        return fill(strict(w) ? "%s: due before %s." : "%s: due by %s.", s, w.get("deadline"));
      case "recurring action overdue":
        return fill("%s: the %s occurrence, due %s %s, is not recorded as done (%s of the %s occurrences due so far "
            + "done).", s, w.get("occurrence"), strict(w) ? "before" : "by", w.get("occurrenceDeadline"),
            w.get("done"), w.get("due"));
      case "recurring action done late":
        return fill("%s: the %s occurrence, due %s %s, was done late, on %s (%s).", s, w.get("occurrence"),
            strict(w) ? "before" : "by", w.get("occurrenceDeadline"), w.get("completed"), w.get("reference"));
      case "recurring action done so far":
        return fill(Long.valueOf(1).equals(w.get("due")) ? "%s: the one occurrence due so far%s was done on time, on "
            + "%s (%s); %s." : "%s: each of the %s occurrences due so far was done on time, the last on %s (%s); %s.",
            s, Long.valueOf(1).equals(w.get("due")) ? "" : w.get("due"), w.get("completed"), w.get("reference"),
            w.get("next") == null
                ? "no further occurrence is required" : "the next is due " + (strict(w) ? "before " : "by ")
                + w.get("next"));
      case "governance not yet started":
        return fill("%s must meet %s from %s.", s, w.get("cadence"), w.get("start"));
      case "governance meeting gap too long":
        return fill("%s must meet %s, but went from %s without meeting in time.", s, w.get("cadence"),
            cited);
      case "governance chair not as required":
        return fill("%s met on %s without the required chair (%s).", s, cited, w.get("chair"));
      case "governance department absent":
        return fill("%s met on %s without the department attending.", s, cited);
      case "governance cadence held":
        return fill("%s met %s times, %s as required, the longest gap %s days.", s, w.get("meetings"),
            w.get("cadence"), w.get("longest"));
      case "qualitative board judgement recorded":
        String note = text(w, "note").strip();
        return fill("The board judged \"%s\" %s on %s: %s", s, w.get("rag"), cited,
            note.endsWith(".") || note.endsWith("!") || note.endsWith("?") ? note : note + ".");
      case "qualitative not judged":
        return fill("No board judgement of \"%s\" is recorded at %s.", s, p.words().get("asAt"));
      default:
        return fill("%s: %s (%s).", s, d.status(), d.rule());
    }
  }

  /** ": " and the clause under the key saying why a figure is missing, or nothing without one. */
  private static String because(Map<String, Object> w, String key) {
    return w.containsKey(key) ? ": " + w.get(key) : "";
  }

  /** The target forecast to: the threshold, and for a benchmark the latest value known ("..., 77% for 2011-08,"). */
  private static String target(Map<String, Object> w) {
    return w.containsKey("forecastBenchmark") ? w.get("threshold") + ", " + w.get("forecastBenchmark") + ","
        : text(w, "threshold");
  }

  /** The benchmark's value and where it comes from (a computed one: its method, model and neighbours). */
  private static String benchmarkWords(Map<String, Object> w) {
    if (!w.containsKey("benchmark")) {
      return "";
    }
    String source = text(w, "benchmarkSource").strip();
    return " (" + w.get("benchmark") + (source.isEmpty() ? "" : "; " + source) + ")";
  }

  private static String shortfall(Map<String, Object> w, String cited) {
    return (text(w, "missing").contains(cited) ? "there is no figure for " : "it fell short in ") + cited;
  }

  private static String missing(Map<String, Object> w) {
    return text(w, "missing").isEmpty() ? "" : " (no figure for " + w.get("missing") + ")";
  }

  /**
   * Why the requirement's deadline has no date yet: it names an event the calendar does not have yet, or it is
   * the end of a notice that states no end ({@link Deadline#resolve}'s two causes).
   */
  static String unresolved(Requirement r) {
    Deadline deadline = r.dueBy().map(d -> d instanceof Deadline.Before b ? b.inner() : d).orElse(null);
    if (deadline instanceof Deadline.EndOfNotice) {
      return "is the end of the notice, and the notice states no end";
    }
    if (deadline instanceof Deadline.AtEvent) {
      return "names an event the calendar does not have yet";
    }
    return "cannot be given a date yet";
  }

  /** Whether the action's deadline excludes its day ("before"): the words then name the day excluded. */
  private static boolean strict(Map<String, Object> w) {
    return Boolean.TRUE.equals(w.get("strict"));
  }

  /** The word as text (words are held as values and written out only when an explanation uses them). */
  private static String text(Map<String, Object> w, String key) {
    return String.valueOf(w.get(key));
  }

  /**
   * The template with each {@code %s} replaced by the next argument ({@code String.valueOf}, so null prints
   * "null"): what {@code String.format} gives for templates whose only specifier is {@code %s}, without
   * parsing the template on every call (a finding's explanation is built on every evaluation).
   *
   * @throws IllegalArgumentException if the template has another specifier, or the arguments do not match
   */
  /** The words whose values are figures: a computed one (a mean, a trajectory) may have many decimals. */
  private static final java.util.Set<String> FIGURES = java.util.Set.of("figure", "benchmark", "tolerance", "latest",
      "expected", "baseline", "threshold", "benchmarkSource");

  /** A decimal of more places than a person reads (four or more), outside dates and identifiers. */
  private static final java.util.regex.Pattern LONG_DECIMAL =
      java.util.regex.Pattern.compile("(?<![\\d.])\\d+\\.\\d{4,}(?![\\d.])");

  /** The indicator's precision: the places its figures have in the data. */
  private static int decimals(Map<String, Object> w) {
    return w.get("decimals") instanceof Integer i ? i : 2;
  }

  /**
   * The words with each long figure rounded, half up, to the indicator's precision, and a trajectory's expected
   * value to one place more (at most two), so that a figure just short of its expectation ("56% against 56.3%
   * expected") does not read as equal to it: an explanation is for people; the exact value stays among the
   * finding's figures.
   */
  static Map<String, Object> rounded(Map<String, Object> w) {
    Map<String, Object> out = null;
    for (String key : FIGURES) {
      Object v = w.get(key);
      if (v == null) {
        continue;
      }
      int places = key.equals("expected") ? Math.min(decimals(w) + 1, 2) : decimals(w);
      Object r;
      if (v instanceof NumberWord n) {
        r = n.roundedTo(places);   // a number rounds itself, its text unwritten unless it changes
      } else {
        String text = String.valueOf(v);
        String rounded = round(text, places);
        r = rounded.equals(text) ? v : rounded;
      }
      if (r != v) {
        if (out == null) {
          out = new java.util.HashMap<>(w);
        }
        out.put(key, r);
      }
    }
    return out == null ? w : out;
  }

  /** Whether a point in the text is followed by four digits: only then can {@link #LONG_DECIMAL} match. */
  private static boolean mayHoldLongDecimal(String text) {
    for (int at = text.indexOf('.'); at >= 0 && at + 4 < text.length(); at = text.indexOf('.', at + 1)) {
      if (Character.isDigit(text.charAt(at + 1)) && Character.isDigit(text.charAt(at + 2))
          && Character.isDigit(text.charAt(at + 3)) && Character.isDigit(text.charAt(at + 4))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return the text with each decimal of four places or more rounded, half up, to {@code decimals} places}
   *
   * @param text a word of an explanation
   * @param decimals the places to round to
   */
  public static String round(String text, int decimals) {
    if (!mayHoldLongDecimal(text)) {
      return text;   // the usual case, found without the regular expression: no point followed by four digits
    }
    java.util.regex.Matcher m = LONG_DECIMAL.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    do {
      m.appendReplacement(out, new java.math.BigDecimal(m.group())
          .setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString());
    } while (m.find());
    return m.appendTail(out).toString();
  }

  static String fill(String template, Object... args) {
    StringBuilder out = new StringBuilder(template.length() + 16 * args.length);
    int next = 0;
    int from = 0;
    for (int at = template.indexOf('%'); at >= 0; at = template.indexOf('%', from)) {
      if (at + 1 >= template.length() || template.charAt(at + 1) != 's') {
        throw new IllegalArgumentException("Only %s is supported, at " + at + " of: " + template);
      }
      if (next >= args.length) {
        throw new IllegalArgumentException("Too few arguments (" + args.length + ") for: " + template);
      }
      out.append(template, from, at).append(args[next++]);
      from = at + 2;
    }
    return out.append(template, from, template.length()).toString();
  }
}
