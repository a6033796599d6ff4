package org.improvementnotice.model.language;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.improvementnotice.model.indicator.EditDistance;

/** Month names, English date forms and keyword suggestions shared by the parser and the printer. */
final class Words {

  private Words() {}

  /**
   * The English month names, January first: the language is English whatever the JVM's locale, and a table
   * spares loading the JDK's locale data (a tenth of a cold start) to read them.
   */
  private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December");

  /** The month a word names ("March", "mar", "Sept"), if any. */
  static Optional<Month> month(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.equals("sept")) {
      return Optional.of(Month.SEPTEMBER);
    }
    for (Month m : Month.values()) {
      String full = MONTHS.get(m.ordinal()).toLowerCase(Locale.ROOT);
      if (w.equals(full) || (w.length() == 3 && full.startsWith(w))) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  static String monthName(Month month) {
    return MONTHS.get(month.ordinal());
  }

  /** "31 March 2009". */
  static String date(LocalDate date) {
    return date.getDayOfMonth() + " " + monthName(date.getMonth()) + " " + year(date.getYear());
  }

  /** "March 2009". */
  static String month(YearMonth month) {
    return monthName(month.getMonth()) + " " + year(month.getYear());
  }

  /**
   * A year in at least four digits, as the language reads years: "0001" rather than "1", so that a year
   * outside those a notice may name reads back as that year and is refused as such.
   */
  static String year(int year) {
    return year >= 1000 ? Integer.toString(year) : String.format("%04d", year);
  }

  /** The longest word compared with keywords for a suggestion; a longer one is no misspelling of a keyword. */
  static final int MAX_SUGGESTED_WORD = 64;

  /**
   * The closest of {@code candidates} to {@code word}, when it is close enough to be the obvious intent: at
   * most a third of the word's length away, and at most three edits. Only candidates whose length is within
   * that many characters of the word's are compared (an edit distance is at least the difference in length),
   * and a word longer than {@link #MAX_SUGGESTED_WORD} gets no suggestion, so the work is bounded whatever
   * the input.
   */
  static Optional<String> closest(String word, List<String> candidates) {
    if (word.length() > MAX_SUGGESTED_WORD) {
      return Optional.empty();
    }
    String w = word.toLowerCase(Locale.ROOT);
    int limit = Math.max(1, Math.min(3, w.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      String candidate = c.toLowerCase(Locale.ROOT);
      if (Math.abs(candidate.length() - w.length()) > limit) {
        continue;
      }
      int d = EditDistance.between(w, candidate);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best != null && bestDistance > 0 && bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }
}
