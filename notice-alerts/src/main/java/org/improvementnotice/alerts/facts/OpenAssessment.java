package org.improvementnotice.alerts.facts;

import java.time.LocalDate;
import org.improvementnotice.cases.CaseId;

/** What the two kinds of open assessment share, for wording their alerts. */
public interface OpenAssessment {
  /** {@return the case} */
  CaseId caseId();

  /** {@return the assessment's id} */
  String recordId();

  /** {@return the day the count starts from: the referral, or the commencement} */
  LocalDate start();

  /** {@return the last day within the timescale} */
  LocalDate dueDate();

  /** {@return the timescale in working days} */
  int timescale();

  /** {@return working days elapsed from the start to the alert date, under the settings' convention} */
  int elapsed();

  /** {@return the timescale less the working days elapsed: 0 = due today, negative = out of timescale by that many} */
  int remaining();
}
