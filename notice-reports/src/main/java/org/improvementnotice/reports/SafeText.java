package org.improvementnotice.reports;

import static java.util.Objects.requireNonNull;

/**
 * Text from notices and data made safe to show: control characters that a terminal or a browser would act
 * on are replaced by visible stand-ins, so that a clause cannot move the cursor, recolour a terminal,
 * reverse the reading order of what follows it or hide text. Stateless and thread-safe.
 *
 * <ul>
 *   <li>C0 controls (U+0000 to U+001F, among them NUL and ESC, the start of every terminal escape sequence)
 *       become their Unicode control pictures (U+2400 to U+241F: ␀, ␛), except tab, line feed and carriage
 *       return, which are kept as white space by {@link #neutralise} and turned into spaces by
 *       {@link #oneLine};</li>
 *   <li>DEL (U+007F) becomes ␡ (U+2421);</li>
 *   <li>C1 controls (U+0080 to U+009F, among them the one-byte CSI U+009B), the bidirectional controls
 *       (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069), the line and paragraph separators
 *       (U+2028, U+2029) and unpaired surrogates become the replacement character U+FFFD.</li>
 * </ul>
 */
public final class SafeText {
  /** What C1 controls, bidirectional controls and unpaired surrogates become. */
  public static final char REPLACEMENT = '\uFFFD';

  private SafeText() {}

  /**
   * The text with every control character replaced (see the type's documentation); tab, line feed and
   * carriage return are kept.
   *
   * @param text the text, from a notice, a data file or a report
   * @return the text, safe for a terminal and for HTML once escaped
   */
  public static String neutralise(String text) {
    requireNonNull(text, "text");
    StringBuilder out = new StringBuilder(text.length());
    boolean changed = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
        continue;
      }
      char replacement = replacement(c);
      changed |= replacement != c;
      out.append(replacement);
    }
    return changed ? out.toString() : text;
  }

  /**
   * The text neutralised and on one line: every run of white space (line breaks and tabs among it) becomes
   * one space, and the ends are stripped.
   *
   * @param text the text
   * @return the text, safe and on one line
   */
  public static String oneLine(String text) {
    return neutralise(text).replaceAll("[\\s\\u00A0]+", " ").strip();
  }

  /** The stand-in for a character that is not part of a surrogate pair, or the character itself. */
  private static char replacement(char c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return c;
    }
    if (c < 0x20) {
      return (char) (0x2400 + c);
    }
    if (c == 0x7F) {
      return '\u2421';
    }
    boolean c1 = c >= 0x80 && c <= 0x9F;
    boolean bidi = c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
    boolean separator = c == 0x2028 || c == 0x2029;
    return c1 || bidi || separator || Character.isSurrogate(c) ? REPLACEMENT : c;
  }
}
