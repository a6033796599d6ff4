package org.improvementnotice.model.indicator;

/**
 * Edit distance for "did you mean" suggestions: insertions, deletions, substitutions and transpositions of
 * two adjacent characters each cost 1 (optimal string alignment), so "NI 95" is one edit from "NI 59".
 */
public final class EditDistance {
  private EditDistance() {}

  /**
   * {@return the number of edits that turn {@code a} into {@code b}, 0 when they are equal}
   *
   * @param a the text as written (an unknown indicator id); compared character by character, case counting
   * @param b a candidate it may be a misspelling of
   */
  public static int between(CharSequence a, CharSequence b) {
    int n = a.length();
    int m = b.length();
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[n][m];
  }
}
