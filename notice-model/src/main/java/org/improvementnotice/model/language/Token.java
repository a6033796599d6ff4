package org.improvementnotice.model.language;

/**
 * One token of notice-language source: a word (keywords, numbers, ids, ISO dates), a quoted string (its
 * value unescaped), a punctuation symbol, or the end of input.
 */
record Token(Kind kind, String text, String value, int offset, int line, int column, boolean lineStart) {

  enum Kind { WORD, STRING, SYMBOL, EOF }

  boolean is(String word) {
    return kind == Kind.WORD && text.equalsIgnoreCase(word);
  }

  boolean isSymbol(String symbol) {
    return kind == Kind.SYMBOL && text.equals(symbol);
  }

  /** How the token reads in an error message. */
  String describe() {
    switch (kind) {
      case EOF:
        return "end of input";
      case STRING:
        return "string " + (text.length() > 40 ? text.substring(0, 37) + "...\"" : text);
      case SYMBOL:
        return "'" + text + "'";
      default:
        return "'" + text + "'";
    }
  }
}
