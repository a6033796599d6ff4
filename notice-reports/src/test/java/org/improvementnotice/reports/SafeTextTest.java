package org.improvementnotice.reports;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SafeTextTest {

  /** Payloads that act on a terminal or a browser: escape sequences, bidi overrides, NUL, C1 controls. */
  static final String[] PAYLOADS = {
      "\u001B[31mred\u001B[0m", "\u001B]0;title\u0007", "\u001B[2J\u001B[H", "abc\u202Efdp.exe", "\u2066isolate\u2069",
      "nul\u0000byte", "\u009B31m", "back\bspace", "del\u007F", "\u200Fmark\u200E", "\u061Carabic", "line\u2028sep",
      "lone \uD800 surrogate"};

  @ParameterizedTest
  @ValueSource(strings = {"\u001B[31mred\u001B[0m", "\u001B]0;title\u0007", "abc\u202Efdp.exe", "\u2066isolate\u2069",
      "nul\u0000byte", "\u009B31m", "back\bspace", "del\u007F", "\u200Fmark\u200E", "\u061Carabic", "line\u2028sep",
      "lone \uD800 surrogate"})
  void everyPayloadLosesItsControlCharacters(String payload) {
    assertThat(controls(SafeText.neutralise(payload))).isZero();
    assertThat(controls(SafeText.oneLine(payload))).isZero();
  }

  @Test
  void controlsBecomeVisibleStandIns() {
    assertThat(SafeText.neutralise("\u001B[31mred")).isEqualTo("\u241B[31mred");
    assertThat(SafeText.neutralise("a\u0000b")).isEqualTo("a\u2400b");
    assertThat(SafeText.neutralise("abc\u202Efdp")).isEqualTo("abc\uFFFDfdp");
    assertThat(SafeText.neutralise("\u009B")).isEqualTo("\uFFFD");
    assertThat(SafeText.neutralise("tab\tand\nline")).isEqualTo("tab\tand\nline");
    assertThat(SafeText.oneLine(" tab\tand\r\nline ")).isEqualTo("tab and line");
  }

  @Test
  void ordinaryTextIsUntouched() {
    String text = "Children’s services – NI 59 ≥ 65% · Ünïcödé 😀";
    assertThat(SafeText.neutralise(text)).isSameAs(text);
  }

  @Property
  void neutralisingLeavesNoControlAndIsIdempotent(@ForAll String text) {
    String safe = SafeText.neutralise(text);
    assertThat(controls(safe)).isZero();
    assertThat(SafeText.neutralise(safe)).isEqualTo(safe);
    assertThat(safe.codePointCount(0, safe.length())).isEqualTo(text.codePointCount(0, text.length()));
  }

  /** The characters a terminal or a bidi algorithm acts on, other than tab and line breaks. */
  static long controls(String text) {
    return text.chars().filter(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
        || c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
        || c == 0x2028 || c == 0x2029).count() + unpairedSurrogates(text);
  }

  private static long unpairedSurrogates(String text) {
    long n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        n++;
      }
    }
    return n;
  }
}
