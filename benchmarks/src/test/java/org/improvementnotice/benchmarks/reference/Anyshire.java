package org.improvementnotice.benchmarks.reference;

import java.time.LocalDate;
import org.improvementnotice.model.IssueDate;
import org.improvementnotice.model.Issuer;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.Recipient;
import org.improvementnotice.model.Term;

/** The council the reference tests' notices are issued to, and the notice they start from. */
final class Anyshire {
  /** The council's name, as the notices and the data give it. */
  static final String COUNCIL = "Anyshire Council";
  /** The day the notices are issued: 1 January 2009, a stated date. */
  static final LocalDate ISSUED = LocalDate.of(2009, 1, 1);

  private Anyshire() {}

  /** A notice to the council from the Department for Education, issued on {@link #ISSUED}, with no term. */
  static Notice.Builder notice(String id) {
    return Notice.builder()
        .id(id)
        .recipient(Recipient.of(COUNCIL))
        .issuer(Issuer.of("Department for Education"))
        .issued(new IssueDate(ISSUED, false));
  }

  /** The same, in force until 31 December 2009. */
  static Notice.Builder noticeUntilTheEndOf2009(String id) {
    return notice(id).term(new Term.Until(LocalDate.of(2009, 12, 31)));
  }
}
