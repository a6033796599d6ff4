package org.improvementnotice.alerts.facts;

import java.time.LocalDate;
import org.improvementnotice.cases.CaseId;

/** What the two kinds of open assessment share, for wording their alerts. */
public interface OpenAssessment {
  /** The case. */
  CaseId caseId();

  /** The assessment's id. */
  String recordId();

  /** The day the count starts from: the referral, or the commencement. */
  LocalDate start();

  /** The last day within the timescale. */
  LocalDate dueDate();

  /** The timescale in working days. */
  int timescale();

  /** Working days elapsed from the start to the alert date, under the settings' convention. */
  int elapsed();

  /** The timescale less the working days elapsed: 0 = due today, negative = out of timescale by that many. */
  int remaining();
}
