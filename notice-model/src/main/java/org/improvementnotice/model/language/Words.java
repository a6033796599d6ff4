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
    return date.getDayOfMonth() + " " + monthName(date.getMonth()) + " " + date.getYear();
  }

  /** "March 2009". */
  static String month(YearMonth month) {
    return monthName(month.getMonth()) + " " + month.getYear();
  }

  /** The closest of {@code candidates} to {@code word}, when it is close enough to be the obvious intent. */
  static Optional<String> closest(String word, List<String> candidates) {
    String w = word.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = EditDistance.between(w, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best != null && bestDistance > 0 && bestDistance <= Math.max(1, Math.min(3, w.length() / 3))
        ? Optional.of(best) : Optional.empty();
  }
}
