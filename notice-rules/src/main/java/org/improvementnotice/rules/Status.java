package org.improvementnotice.rules;

import org.improvementnotice.model.Rag;

/**
 * Every status a finding can have: the one closed set, documented in one place. Each status has the RAG it
 * shows by default (a rule may give a milder colour where the domain says so: a target missed by no more
 * than the tolerance is amber, and a qualitative measure shows the board's own colour) and says whether it
 * counts against the notice's verdict.
 *
 * <table>
 *   <caption>Statuses by form</caption>
 *   <tr><th>Forms</th><th>Statuses</th></tr>
 *   <tr><td>1, 2, 3, 6, 9, 10 (a figure against a threshold)</td>
 *       <td>MET, MISSED, NO_DATA, UNRESOLVED_DEADLINE; before due: ON_TRACK, AT_RISK, OFF_TRACK (forecast along the
 *       trajectory, forms 1-3), NOT_YET_DUE (no forecast), NO_DATA (nothing to forecast from)</td></tr>
 *   <tr><td>4, 7 (maintain, relative to a baseline)</td><td>MAINTAINED, NOT_MAINTAINED, NOT_YET_DUE, NO_DATA</td></tr>
 *   <tr><td>5 (every period)</td><td>MAINTAINED, BREACHED, NOT_YET_DUE, NO_DATA</td></tr>
 *   <tr><td>8 (direction only)</td><td>IMPROVED, NOT_IMPROVED, NO_DATA</td></tr>
 *   <tr><td>11 (target not set)</td><td>TARGET_NOT_SET</td></tr>
 *   <tr><td>12 (dated action)</td><td>DONE, DONE_LATE, OVERDUE, DUE_SOON, NOT_YET_DUE, UNRESOLVED_DEADLINE</td></tr>
 *   <tr><td>13 (governance cadence)</td><td>HELD, LAPSED, NOT_YET_DUE</td></tr>
 *   <tr><td>14 (qualitative)</td><td>BOARD_JUDGEMENT, NOT_JUDGED</td></tr>
 *   <tr><td>15 (trend)</td><td>TREND_DOWN, NO_TREND, NO_DATA</td></tr>
 *   <tr><td>16 (recurring action)</td><td>DONE, DONE_LATE, OVERDUE (the worst occurrence due so far); while none is
 *       due, as form 12</td></tr>
 * </table>
 */
public enum Status {
  /** The figure for the period or date meets the threshold (a figure exactly at the threshold meets it). */
  MET(Rag.GREEN, false),
  /** The figure misses the threshold; amber when by no more than the tolerance, else red. */
  MISSED(Rag.RED, true),
  /** Every period of the window so far meets the level. */
  MAINTAINED(Rag.GREEN, false),
  /** A period of the window fell short of the level (or, under strict missing data, has no figure). */
  NOT_MAINTAINED(Rag.RED, true),
  /** A period fell short of a level that must hold in every period. */
  BREACHED(Rag.RED, true),
  /** Not yet due; the latest figure is on or better than the trajectory. */
  ON_TRACK(Rag.GREEN, false),
  /** Not yet due; the latest figure is behind the trajectory by no more than the tolerance. */
  AT_RISK(Rag.AMBER, false),
  /** Not yet due; the latest figure is behind the trajectory by more than the tolerance. */
  OFF_TRACK(Rag.RED, false),
  /** Not yet due and nothing to forecast or judge yet. */
  NOT_YET_DUE(Rag.GREY, false),
  /** Due, but no figure (or benchmark, or baseline) is known at the date. */
  NO_DATA(Rag.GREY, false),
  /** The notice sets no target yet: never met, never missed. */
  TARGET_NOT_SET(Rag.GREY, false),
  /** The action was done on or before its deadline. */
  DONE(Rag.GREEN, false),
  /** The action was done, after its deadline. */
  DONE_LATE(Rag.AMBER, true),
  /** The deadline has passed and the action is not recorded as done. */
  OVERDUE(Rag.RED, true),
  /** Not done, the deadline within the due-soon window. */
  DUE_SOON(Rag.AMBER, false),
  /** The deadline names an event the calendar does not have yet, and the action is not done. */
  UNRESOLVED_DEADLINE(Rag.GREY, false),
  /** The latest figure is better than the baseline (improve), or no period rose by more than the tolerance (minimise). */
  IMPROVED(Rag.GREEN, false),
  /** The latest figure is no better than the baseline, or a period rose by more than the tolerance. */
  NOT_IMPROVED(Rag.RED, true),
  /** The body met as often as required, chaired and attended as required. */
  HELD(Rag.GREEN, false),
  /** A gap between meetings exceeded the cadence and its tolerance, or a meeting was chaired or attended otherwise. */
  LAPSED(Rag.RED, true),
  /** A qualitative measure the board has judged: the colour is the board's, not the library's. */
  BOARD_JUDGEMENT(Rag.GREY, false),
  /** A qualitative measure with no board judgement recorded at the date. */
  NOT_JUDGED(Rag.GREY, false),
  /** A sustained downward trend: N consecutive periods each worse than the one before. */
  TREND_DOWN(Rag.AMBER, false),
  /** No sustained downward trend in the periods watched. */
  NO_TREND(Rag.GREEN, false);

  private final Rag rag;
  private final boolean failure;

  Status(Rag rag, boolean failure) {
    this.rag = rag;
    this.failure = failure;
  }

  /** {@return the colour the status shows unless its rule gives another (see the type's documentation)} */
  public Rag defaultRag() {
    return rag;
  }

  /** {@return whether a finding with this status means the notice is not, so far, complied with} */
  public boolean isFailure() {
    return failure;
  }
}
