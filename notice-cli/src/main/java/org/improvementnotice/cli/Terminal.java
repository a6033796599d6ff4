package org.improvementnotice.cli;

import java.util.Locale;

/**
 * Text the command line writes to a terminal, made harmless: control characters (escape sequences, NUL),
 * Unicode format characters (bidirectional overrides such as U+202E, zero-width characters, byte order marks),
 * line and paragraph separators and unpaired surrogates are shown as {@code \u001b}, so that a notice or data
 * file cannot move the cursor, recolour the terminal or reorder what an error says. Line breaks and tabs stay.
 */
final class Terminal {
  private Terminal() {}

  /** The text with every character that could act on a terminal shown as an escape. */
  static String safe(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean unsafe = c != '\n' && c != '\t' && (Character.isISOControl(c) || isInvisible(c)
          || Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
          || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))));
      if (unsafe && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (unsafe) {
          out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean isInvisible(char c) {
    int type = Character.getType(c);
    return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
  }
}
