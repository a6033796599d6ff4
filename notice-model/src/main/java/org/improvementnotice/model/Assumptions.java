package org.improvementnotice.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The facts of a notice that the writer supplied, the text not stating them (DOMAIN.md, "Stated facts and assumed
 * facts"), in words for a report's reader and an auditor. Stateless.
 */
public final class Assumptions {
  private Assumptions() {}

  /**
   * {@return the notice's assumed facts in words and in this order: "issue date 2013-10-01", "issuer Department
   * for Education", "term 12 months" or "term until 2010-09-30", and each event of the calendar whose date is
   * assumed, "event "January Board" on 2014-01-14"; empty when the text states them all}
   *
   * @param notice the notice
   */
  public static List<String> of(Notice notice) {
    List<String> out = new ArrayList<>();
    if (notice.issued().assumed()) {
      out.add("issue date " + notice.issued().date());
    }
    if (notice.issuer().assumed()) {
      out.add("issuer " + notice.issuer().body());
    }
    notice.term().filter(Term::assumed).ifPresent(t -> out.add("term " + words(t)));
    notice.governance().calendar().stream().filter(NamedEvent::assumed)
        .forEach(e -> out.add("event \"" + e.name() + "\" on " + e.date()));
    return List.copyOf(out);
  }

  private static String words(Term t) {
    if (t instanceof Term.ForMonths m) {
      return m.months() + (m.months() == 1 ? " month" : " months");
    }
    if (t instanceof Term.UntilRevoked r) {
      return "until revoked" + r.revokedOn().map(d -> " on " + d).orElse("");
    }
    return "until " + ((Term.Until) t).lastDay();
  }
}
