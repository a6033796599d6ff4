package org.improvementnotice.cases;

/** What became of a referral to children's social care. */
public enum ReferralOutcome {
  /** It went on to an initial assessment. */
  INITIAL_ASSESSMENT,
  /** No further action. */
  NO_FURTHER_ACTION,
  /** Signposted or passed to another service. */
  OTHER_SERVICE,
  /** Not yet decided. */
  PENDING
}
