package org.improvementnotice.model.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Mutants of the corpus of real notices ({@code src/test/resources/fuzz-corpus}): a document with a few edits
 * at the level of characters (delete, duplicate, move, insert any Unicode or control characters, truncate),
 * of words (delete, duplicate, swap, replace with a word of the language or a stray one, change a digit) and of
 * lines (delete, duplicate, swap). Most mutants are broken; many stay readable, so both rejection and the
 * print round trip are exercised.
 */
final class Mutations {

  private Mutations() {}

  /** The documents mutated, by name. */
  static final Map<String, String> CORPUS = corpus();

  private static Map<String, String> corpus() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String name : List.of("kent-2011", "somerset-2013", "surrey-2008", "surrey-2018-plan",
        "west-sussex-2011", "all-forms-direction")) {
      try (InputStream in = Mutations.class.getResourceAsStream("/fuzz-corpus/" + name + ".notice")) {
        out.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** One edit; its numbers are reduced to the text it edits, so any numbers edit any text. */
  record Edit(Kind kind, int a, int b, int c, String payload) {

    enum Kind {
      DELETE_CHARS, DUPLICATE_CHARS, MOVE_CHARS, INSERT_CHARS, TRUNCATE,
      DELETE_WORD, DUPLICATE_WORD, SWAP_WORDS, REPLACE_WORD, INSERT_WORD, CHANGE_DIGIT, CHANGE_NUMBER,
      DELETE_LINE, DUPLICATE_LINE, SWAP_LINES
    }

    String apply(String text) {
      int n = text.length();
      switch (kind) {
        case DELETE_CHARS: {
          int from = a % (n + 1);
          return text.substring(0, from) + text.substring(Math.min(n, from + 1 + b % 64));
        }
        case DUPLICATE_CHARS: {
          int from = a % (n + 1);
          String part = text.substring(from, Math.min(n, from + 1 + b % 2000));
          int at = c % (n + 1);
          return text.substring(0, at) + part + text.substring(at);
        }
        case MOVE_CHARS: {
          int from = a % (n + 1);
          int to = Math.min(n, from + 1 + b % 400);
          String part = text.substring(from, to);
          String rest = text.substring(0, from) + text.substring(to);
          int at = c % (rest.length() + 1);
          return rest.substring(0, at) + part + rest.substring(at);
        }
        case INSERT_CHARS:
        case INSERT_WORD: {
          int at = a % (n + 1);
          return text.substring(0, at) + payload + text.substring(at);
        }
        case TRUNCATE:
          return text.substring(0, a % (n + 1));
        case DELETE_WORD:
        case DUPLICATE_WORD:
        case REPLACE_WORD:
        case SWAP_WORDS:
          return words(text);
        case CHANGE_DIGIT:
          return changeDigit(text);
        case CHANGE_NUMBER:
          return changeNumber(text);
        default:
          return lines(text);
      }
    }

    /** The start and end of each match of the pattern in the text, in order. */
    private static List<int[]> spans(Pattern pattern, String text) {
      List<int[]> spans = new ArrayList<>();
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        spans.add(new int[] {m.start(), m.end()});
      }
      return spans;
    }

    private static final Pattern WORD = Pattern.compile("\\S+");

    /**
     * The text changed at one match of the pattern, the {@code a}-th (cyclically), given all the matches and that
     * one; the text itself where the pattern does not match.
     */
    private String atMatch(Pattern pattern, String text, BiFunction<List<int[]>, int[], String> change) {
      List<int[]> spans = spans(pattern, text);
      return spans.isEmpty() ? text : change.apply(spans, spans.get(a % spans.size()));
    }

    private String words(String text) {
      return atMatch(WORD, text, (spans, w) -> word(text, spans, w));
    }

    private String word(String text, List<int[]> spans, int[] w) {
      String word = text.substring(w[0], w[1]);
      switch (kind) {
        case DELETE_WORD:
          return text.substring(0, w[0]) + text.substring(w[1]);
        case DUPLICATE_WORD:
          return text.substring(0, w[1]) + " " + word + text.substring(w[1]);
        case REPLACE_WORD:
          return text.substring(0, w[0]) + payload + text.substring(w[1]);
        default: {
          int[] v = spans.get(b % spans.size());
          int[] first = w[0] <= v[0] ? w : v;
          int[] second = w[0] <= v[0] ? v : w;
          if (first == second || first[1] > second[0]) {
            return text;
          }
          return text.substring(0, first[0]) + text.substring(second[0], second[1])
              + text.substring(first[1], second[0]) + text.substring(first[0], first[1]) + text.substring(second[1]);
        }
      }
    }

    private String changeDigit(String text) {
      List<Integer> digits = new ArrayList<>();
      for (int i = 0; i < text.length(); i++) {
        if (Character.isDigit(text.charAt(i)) && text.charAt(i) < 128) {
          digits.add(i);
        }
      }
      if (digits.isEmpty()) {
        return text;
      }
      int at = digits.get(a % digits.size());
      return text.substring(0, at) + (char) ('0' + b % 10) + text.substring(at + 1);
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** Replaces a run of digits (a day, a year, a percentage, a number of months) with the payload. */
    private String changeNumber(String text) {
      return atMatch(NUMBER, text, (spans, n) -> text.substring(0, n[0]) + payload + text.substring(n[1]));
    }

    private String lines(String text) {
      List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
      int i = a % lines.size();
      switch (kind) {
        case DELETE_LINE:
          lines.remove(i);
          break;
        case DUPLICATE_LINE:
          lines.add(i, lines.get(i));
          break;
        default: {
          int j = b % lines.size();
          String l = lines.get(i);
          lines.set(i, lines.get(j));
          lines.set(j, l);
        }
      }
      return String.join("\n", lines);
    }

    @Override
    public String toString() {
      return kind + "(" + a + ", " + b + ", " + c + (payload.isEmpty() ? "" : ", " + escaped(payload)) + ")";
    }
  }

  /** A document of the corpus and the edits made to it, in order. */
  record Mutant(String document, List<Edit> edits) {

    String text() {
      String text = CORPUS.get(document);
      for (Edit e : edits) {
        text = e.apply(text);
      }
      return text;
    }

    @Override
    public String toString() {
      return document + " " + edits;
    }
  }

  static Arbitrary<Mutant> mutants() {
    return Combinators.combine(Arbitraries.of(List.copyOf(CORPUS.keySet())), edits().list().ofMinSize(1).ofMaxSize(6))
        .as(Mutant::new);
  }

  static Arbitrary<Edit> edits() {
    Arbitrary<Integer> n = Arbitraries.integers().between(0, Integer.MAX_VALUE);
    Arbitrary<Edit.Kind> kinds = Arbitraries.of(Edit.Kind.class);
    return Combinators.combine(kinds, n, n, n, Arbitraries.oneOf(words(), characters()), numbers())
        .as((kind, a, b, c, payload, number) -> new Edit(kind, a, b, c,
            kind == Edit.Kind.INSERT_CHARS || kind == Edit.Kind.INSERT_WORD || kind == Edit.Kind.REPLACE_WORD
                ? payload : kind == Edit.Kind.CHANGE_NUMBER ? number : ""));
  }

  /** Numbers at and around the ends of what the language accepts: years, days, months, percentages. */
  static Arbitrary<String> numbers() {
    return Arbitraries.oneOf(
        Arbitraries.of("0", "00", "0000", "0001", "0999", "1000", "1899", "1900", "1901", "2198", "2199", "2200",
            "9999", "10000", "1", "12", "13", "28", "29", "30", "31", "32", "99", "100", "101", "1200", "1201",
            "999999999", "1000000000", "2147483648", "0.5", "-1"),
        Arbitraries.integers().between(0, 9999).map(i -> String.format("%04d", i)));
  }

  /** Words of the language, values that are nearly right, and stray words; with the spaces around them. */
  static Arbitrary<String> words() {
    List<String> vocabulary = new ArrayList<>(Parser.STATEMENTS);
    vocabulary.addAll(Parser.REQUIREMENTS);
    vocabulary.addAll(Parser.CONTINUATIONS);
    vocabulary.addAll(List.of("\"NI 59\"", "\"NI 95\"", "\"\"", "\"x\"", "\"", "\"\\", "\\", "+", ":", "%", ";", ",",
        "(", ")", "#", "\n", "\n  ", "\r\n", "\t", "65", "65%", "0", "-1", "100.5", "165", "1e9", "6.5.1",
        "99999999999999999999999999999999", "31", "29", "30", "March", "Febuary", "February", "Sept", "2009", "1899",
        "1900", "2199", "2200", "0001", "09", "31/3/09", "2009-03-31", "2009-02-30", "0001-01", "9999-12", "2009-Q1",
        "2009-Q5", "FY2009-10", "FY2009-11", "AY2008/09", "YE2009-09", "2009-01-01..2009-03-31", "2009-03..2009-01",
        "quarter", "financial", "year", "academic", "end", "notice", "the", "per", "1000", "10000", "pp", "days",
        "points", "percentage", "baseline", "issue", "england", "statistical", "neighbour", "average", "monthly",
        "weekly", "every", "4", "weeks", "months", "month", "within", "least", "most", "label:", "m".repeat(80),
        "m".repeat(79) + ":", "improvement", "statutory", "direction", "plan", "named", "unit", "percent", "count",
        "polarity", "higher", "lower", "is", "better", "reported", "aggregated", "ratio", "sum", "department",
        "assumed", "asumed", "revoked", "until", "on", "derived", "from", "over", "borne", "by", "partners",
        "immediately", "years", "3 years to 31 March 2013", "financial years 2012-13 to 2010-11"));
    return Combinators.combine(Arbitraries.of("", " ", "\n", "\n  "), Arbitraries.of(vocabulary),
        Arbitraries.of("", " ", "\n"))
        .as((before, word, after) -> before + word + after);
  }

  /** Any Unicode, control characters, lone surrogates, byte order marks, bidirectional overrides, escapes. */
  static Arbitrary<String> characters() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMinLength(1).ofMaxLength(4),
        Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(3),
        Arbitraries.of("\u0000", "\u202e", "\u001b[31m", "\ufeff", "\u00a0", "\u2013", "\ud83d\ude00", "\ud800",
            "\udc00", "\u201c", "\u201d", "\u0130", "\u00df", "\\u", "\\u12", "\\uZZZZ", "\\q", "\r", "\u2028"));
  }

  /** The text with the characters that do not print escaped, for reading in a report. */
  static String escaped(String s) {
    StringBuilder b = new StringBuilder("\"");
    s.codePoints().forEach(cp -> {
      if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || Character.isSurrogate((char) cp) && cp < 0x10000
          || cp == 0x202e || cp == 0x2028) {
        b.append(String.format("\\u%04x", cp));
      } else if (cp == '"' || cp == '\\') {
        b.append('\\').appendCodePoint(cp);
      } else {
        b.appendCodePoint(cp);
      }
    });
    return b.append('"').toString();
  }
}
