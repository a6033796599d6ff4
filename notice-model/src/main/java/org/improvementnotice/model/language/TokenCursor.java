package org.improvementnotice.model.language;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.improvementnotice.model.MeasureId;

/**
 * The position of a parse in its tokens, and the small steps every part of the grammar is made of: look at
 * the next token, accept or expect keywords, read a string, a slug or a number, and report an error where it
 * is. Each part of the parser ({@link Parser}, {@link RequirementSyntax}, {@link TimeSyntax}, ...) reads from
 * one shared cursor. Not thread-safe: one instance per parse.
 */
final class TokenCursor {

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern INTEGER = Pattern.compile("\\d{1,9}");

  /** Thrown to abandon the current statement or requirement after its error has been reported. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failure() {
      super(null, null, false, false);
    }
  }

  private final List<Token> tokens;
  private final Diagnostics diagnostics;
  private int p;

  /** A cursor at the first of {@code tokens}, which end with an end-of-input token. */
  TokenCursor(List<Token> tokens, Diagnostics diagnostics) {
    this.tokens = tokens;
    this.diagnostics = diagnostics;
  }

  Diagnostics diagnostics() {
    return diagnostics;
  }

  /** Where the cursor is, to tell whether a failed step consumed anything. */
  int position() {
    return p;
  }

  boolean atEnd() {
    return peek().kind() == Token.Kind.EOF;
  }

  Token peek() {
    return tokens.get(p);
  }

  Token peek(int ahead) {
    return tokens.get(Math.min(p + ahead, tokens.size() - 1));
  }

  Token next() {
    Token t = tokens.get(p);
    if (p < tokens.size() - 1) {
      p++;
    }
    return t;
  }

  /** Whether a requirement label ({@code id:}) starts here. */
  boolean isLabel() {
    return peek().kind() == Token.Kind.WORD && peek(1).isSymbol(":");
  }

  boolean acceptWord(String word) {
    if (peek().is(word) && !isLabel()) {
      next();
      return true;
    }
    return false;
  }

  /** Consumes the keywords if the next tokens are all of them, in order. */
  boolean accept(String... words) {
    if (isLabel()) {
      return false;
    }
    for (int i = 0; i < words.length; i++) {
      if (!peek(i).is(words[i])) {
        return false;
      }
    }
    for (int i = 0; i < words.length; i++) {
      next();
    }
    return true;
  }

  /** The value of the first of the phrases (words separated by spaces) that comes next, consumed; else empty. */
  <T> Optional<T> acceptPhrase(List<Map.Entry<String, T>> phrases) {
    for (Map.Entry<String, T> phrase : phrases) {
      if (accept(phrase.getKey().split(" "))) {
        return Optional.of(phrase.getValue());
      }
    }
    return Optional.empty();
  }

  void expectWord(String word) {
    Token t = peek();
    if (!acceptWord(word)) {
      throw fail(t, "expected '" + word + "', found " + t.describe(),
          t.kind() == Token.Kind.WORD ? Words.closest(t.text(), List.of(word)).orElse(null) : null);
    }
  }

  void expectOneOf(String... words) {
    Token t = peek();
    for (String w : words) {
      if (acceptWord(w)) {
        return;
      }
    }
    throw fail(t, "expected '" + String.join("' or '", words) + "', found " + t.describe(), null);
  }

  /** A slug (a notice or measure id): 1-80 letters, digits, '.', '_' or '-'. */
  String slug(String what) {
    Token t = peek();
    if (t.kind() != Token.Kind.WORD) {
      throw fail(t, "expected the " + what + " (letters, digits, '.', '_' or '-'), found " + t.describe(), null);
    }
    next();
    build(t, () -> MeasureId.of(t.text()));
    return t.text();
  }

  /** A string, joined with the strings that follow it after {@code +}. */
  String string(String what) {
    Token t = peek();
    if (t.kind() != Token.Kind.STRING) {
      throw fail(t, "expected " + what + " in double quotes, found " + t.describe(), null);
    }
    next();
    StringBuilder value = new StringBuilder(t.value());
    while (peek().isSymbol("+") && peek(1).kind() == Token.Kind.STRING) {
      next();
      value.append(next().value());
      if (value.length() > Limits.MAX_STRING) {
        throw fail(t, String.format("string too long: at most %d characters", Limits.MAX_STRING), null);
      }
    }
    return value.toString();
  }

  /** Whether the token is a whole number of at most nine digits. */
  static boolean isInteger(Token t) {
    return t.kind() == Token.Kind.WORD && INTEGER.matcher(t.text()).matches();
  }

  /** A whole number from {@code min} to {@code max}. */
  int integer(String what, int min, int max) {
    Token t = peek();
    if (!isInteger(t)) {
      throw fail(t, "expected " + what + " (a whole number), found " + t.describe(), null);
    }
    int value = Integer.parseInt(t.text());
    if (value < min || value > max) {
      throw fail(t, String.format("%s must be from %d to %d, was %d", what, min, max, value), null);
    }
    next();
    return value;
  }

  /** A plain decimal number: 65, 56.3, -2. */
  BigDecimal number() {
    Token t = peek();
    if (t.kind() != Token.Kind.WORD || !NUMBER.matcher(t.text()).matches()) {
      throw fail(t, "expected a number, such as 65 or 56.3, found " + t.describe(), null);
    }
    if (t.text().length() > Limits.MAX_NUMBER) {
      throw fail(t, String.format("number too long: at most %d characters", Limits.MAX_NUMBER), null);
    }
    next();
    return new BigDecimal(t.text());
  }

  /** The option the token names, case-insensitively. */
  <T> T lookup(Token t, String what, Map<String, T> options) {
    T found = options.get(t.text().toLowerCase(Locale.ROOT));
    if (found == null) {
      throw fail(t, "expected " + what + " (" + String.join(", ", new TreeSet<>(options.keySet()))
          + "), found " + t.describe(), Words.closest(t.text(), new ArrayList<>(options.keySet())).orElse(null));
    }
    return found;
  }

  /** Builds a model value, reporting the rule it breaks at {@code at}. */
  <T> T build(Token at, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalArgumentException | DateTimeException e) {
      throw fail(at, e.getMessage(), null);
    }
  }

  /**
   * {@return what {@code read} reads, for a clause of a statement that may be given once: {@code current} holds
   * what an earlier clause gave}
   *
   * @param at the clause's first token, where a second one is reported
   * @param current what the statement has given so far
   * @param already the error for a second one ("the chair is already given")
   * @param read reads the clause's value, called only when there is none yet
   */
  <T> Optional<T> once(Token at, Optional<T> current, String already, Supplier<T> read) {
    if (current.isPresent()) {
      throw fail(at, already, null);
    }
    return Optional.of(read.get());
  }

  /** Reports an error at the token; throw what it returns to abandon the statement. */
  Failure fail(Token at, String message, String suggestion) {
    diagnostics.error(at, message, suggestion);
    return new Failure();
  }

  /**
   * Skips to the next line that starts with a word, unless the word only continues a wrapped statement
   * ({@code continuations}): one error per bad line, and none for the lines of a statement already reported.
   *
   * @param before where the failed statement started; a statement that consumed nothing skips one token
   */
  void recover(int before, Set<String> continuations) {
    if (p == before) {
      next();
    }
    while (peek().kind() != Token.Kind.EOF) {
      Token t = peek();
      if (t.lineStart() && t.kind() == Token.Kind.WORD
          && (isLabel() || !continuations.contains(t.text().toLowerCase(Locale.ROOT)))) {
        return;
      }
      next();
    }
  }
}
