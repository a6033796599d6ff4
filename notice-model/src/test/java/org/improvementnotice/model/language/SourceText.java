package org.improvementnotice.model.language;

/** Source text as diagnostics address it: 1-based lines, and 1-based columns in code points. */
final class SourceText {

  private SourceText() {}

  /**
   * The rest of the line from the column, or null when the line or column is not in the text (a column
   * one past the end of the line, where the end of input is reported, gives the empty string).
   */
  static String at(String text, int line, int column) {
    int start = 0;
    for (int l = 1; l < line; l++) {
      start = text.indexOf('\n', start) + 1;
      if (start == 0) {
        return null;
      }
    }
    int end = text.indexOf('\n', start);
    String lineText = text.substring(start, end < 0 ? text.length() : end);
    int codePoints = lineText.codePointCount(0, lineText.length());
    if (column < 1 || column > codePoints + 1) {
      return null;
    }
    return lineText.substring(lineText.offsetByCodePoints(0, column - 1));
  }
}
