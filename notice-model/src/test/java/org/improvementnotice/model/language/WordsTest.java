package org.improvementnotice.model.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The language's own month names agree with the JDK's English ones, and every spelling reads back. */
class WordsTest {

  @Test
  void monthNamesAreTheEnglishOnesAndReadBackInEveryForm() {
    for (Month m : Month.values()) {
      String english = m.getDisplayName(TextStyle.FULL, Locale.UK);
      assertThat(Words.monthName(m)).isEqualTo(english);
      assertThat(Words.month(english)).contains(m);
      assertThat(Words.month(english.toUpperCase(Locale.ROOT))).contains(m);
      assertThat(Words.month(english.substring(0, 3).toLowerCase(Locale.ROOT))).contains(m);
    }
    assertThat(Words.month("Sept")).contains(Month.SEPTEMBER);
    assertThat(Words.month("Marc")).isEmpty();
    assertThat(Words.month("Smarch")).isEmpty();
  }
}
