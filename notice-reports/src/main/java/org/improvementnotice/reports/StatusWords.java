package org.improvementnotice.reports;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.improvementnotice.model.Rag;
import org.improvementnotice.rules.DirectionOfTravel;
import org.improvementnotice.rules.Status;

/**
 * The words a board member reads for each status, colour and direction of travel: the one mapping the text
 * and HTML reports use ("Missed", "Not maintained", "Overdue", "On track", "At risk", "No data", "Target not
 * set"), each with a sentence saying what it means. The JSON report keeps the enumerations' names, which are
 * its schema. Stateless and thread-safe.
 *
 * <table>
 *   <caption>Statuses in words</caption>
 *   <tr><th>status</th><th>words</th></tr>
 *   <tr><td>MET</td><td>Met</td></tr>
 *   <tr><td>MISSED</td><td>Missed</td></tr>
 *   <tr><td>MAINTAINED</td><td>Maintained</td></tr>
 *   <tr><td>NOT_MAINTAINED</td><td>Not maintained</td></tr>
 *   <tr><td>BREACHED</td><td>Breached</td></tr>
 *   <tr><td>ON_TRACK</td><td>On track</td></tr>
 *   <tr><td>AT_RISK</td><td>At risk</td></tr>
 *   <tr><td>OFF_TRACK</td><td>Off track</td></tr>
 *   <tr><td>NOT_YET_DUE</td><td>Not yet due</td></tr>
 *   <tr><td>NO_DATA</td><td>No data</td></tr>
 *   <tr><td>TARGET_NOT_SET</td><td>Target not set</td></tr>
 *   <tr><td>DONE</td><td>Done</td></tr>
 *   <tr><td>DONE_LATE</td><td>Done late</td></tr>
 *   <tr><td>OVERDUE</td><td>Overdue</td></tr>
 *   <tr><td>DUE_SOON</td><td>Due soon</td></tr>
 *   <tr><td>UNRESOLVED_DEADLINE</td><td>Deadline not yet known</td></tr>
 *   <tr><td>IMPROVED</td><td>Improved</td></tr>
 *   <tr><td>NOT_IMPROVED</td><td>Not improved</td></tr>
 *   <tr><td>HELD</td><td>Held as required</td></tr>
 *   <tr><td>LAPSED</td><td>Lapsed</td></tr>
 *   <tr><td>BOARD_JUDGEMENT</td><td>Board's judgement</td></tr>
 *   <tr><td>NOT_JUDGED</td><td>Not yet judged</td></tr>
 *   <tr><td>TREND_DOWN</td><td>Worsening trend</td></tr>
 *   <tr><td>NO_TREND</td><td>No worsening trend</td></tr>
 * </table>
 *
 * <p>A status added to the rules and not yet given words here is shown as its name in lower case with
 * spaces ("Some new status"); a test checks that every status has its words.
 */
public final class StatusWords {
  private static final Map<Status, String[]> WORDS = new EnumMap<>(Status.class);

  static {
    put(Status.MET, "Met", "The figure reached the target.");
    put(Status.MISSED, "Missed", "The figure fell short of the target when it was due.");
    put(Status.MAINTAINED, "Maintained", "The level has held in every period so far.");
    put(Status.NOT_MAINTAINED, "Not maintained", "A period fell below the level that must be kept.");
    put(Status.BREACHED, "Breached", "A period broke a limit that must hold in every period.");
    put(Status.ON_TRACK, "On track", "Not due yet; the latest figure is where the path to the target expects.");
    put(Status.AT_RISK, "At risk", "Not due yet; the latest figure is slightly behind the path to the target.");
    put(Status.OFF_TRACK, "Off track", "Not due yet; the latest figure is well behind the path to the target.");
    put(Status.NOT_YET_DUE, "Not yet due", "Not due yet, and nothing to judge it on so far.");
    put(Status.NO_DATA, "No data", "Due, but no figure is known: never counted as met.");
    put(Status.TARGET_NOT_SET, "Target not set", "The notice sets no target yet.");
    put(Status.DONE, "Done", "The action was done by its deadline.");
    put(Status.DONE_LATE, "Done late", "The action was done, after its deadline.");
    put(Status.OVERDUE, "Overdue", "The deadline has passed and the action is not recorded as done.");
    put(Status.DUE_SOON, "Due soon", "Not done yet, and the deadline is near.");
    put(Status.UNRESOLVED_DEADLINE, "Deadline not yet known",
        "The deadline is an event whose date is not known yet.");
    put(Status.IMPROVED, "Improved", "The figure is better than where it started.");
    put(Status.NOT_IMPROVED, "Not improved", "The figure is no better than where it started.");
    put(Status.HELD, "Held as required", "The board met as often as required, chaired and attended as required.");
    put(Status.LAPSED, "Lapsed", "The board did not meet as often, or as chaired or attended, as required.");
    put(Status.BOARD_JUDGEMENT, "Board's judgement", "A measure the board judges; the colour is the board's.");
    put(Status.NOT_JUDGED, "Not yet judged", "A measure the board judges, with no judgement recorded yet.");
    put(Status.TREND_DOWN, "Worsening trend", "Several periods in a row, each worse than the one before.");
    put(Status.NO_TREND, "No worsening trend", "No run of periods each worse than the one before.");
  }

  private StatusWords() {}

  private static void put(Status status, String words, String meaning) {
    WORDS.put(status, new String[] {words, meaning});
  }

  /**
   * The status in words.
   *
   * @param status the status
   * @return its words ("Not maintained")
   */
  public static String of(Status status) {
    requireNonNull(status, "status");
    String[] words = WORDS.get(status);
    return words != null ? words[0] : humanised(status.name());
  }

  /**
   * What the status means, in a sentence.
   *
   * @param status the status
   * @return the sentence, or the status in words when it has none
   */
  public static String meaning(Status status) {
    requireNonNull(status, "status");
    String[] words = WORDS.get(status);
    return words != null ? words[1] : of(status) + ".";
  }

  /** Whether the status has its own words here (false only for a status added to the rules since). */
  static boolean hasWords(Status status) {
    return WORDS.containsKey(status);
  }

  /**
   * The colour in words.
   *
   * @param rag the colour
   * @return "Red", "Amber", "Green" or "Grey"
   */
  public static String of(Rag rag) {
    requireNonNull(rag, "rag");
    return humanised(rag.name());
  }

  /**
   * The direction of travel in words, or an empty string when it is not known.
   *
   * @param direction the direction
   * @return "Improving", "Unchanged", "Worsening" or ""
   */
  public static String of(DirectionOfTravel direction) {
    requireNonNull(direction, "direction");
    return direction == DirectionOfTravel.NOT_KNOWN ? "" : humanised(direction.name());
  }

  private static String humanised(String name) {
    String words = name.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
