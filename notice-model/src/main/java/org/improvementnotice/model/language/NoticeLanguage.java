package org.improvementnotice.model.language;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.indicator.IndicatorCatalogue;
import org.improvementnotice.model.validation.NoticeValidator;
import org.improvementnotice.model.validation.Problem;

/**
 * The notice language: reads a notice written close to its own wording into the model, and prints a notice
 * in one canonical text. The grammar, one example per requirement form and the error format are in
 * {@code docs/notice-language.md}.
 *
 * <p>Reading reports every syntax error of a file in one pass; a file that parses cleanly is then checked by
 * {@link NoticeValidator}, whose problems are mapped back to the lines they come from. Input is bounded: at
 * most 1 MiB of text, 200,000 tokens and 64 Ki characters per string; the parser is not recursive, so no
 * input nests deeply, and it stops after 100 diagnostics. Stateless and thread-safe.
 */
public final class NoticeLanguage {

  /** The most characters a source text may hold (1 MiB). */
  public static final int MAX_SOURCE_CHARS = Limits.MAX_CHARS;

  private NoticeLanguage() {}

  /**
   * Reads a notice.
   *
   * @param sourceName the name diagnostics give the source (a file name)
   * @param text the source
   * @return the notice
   * @throws NoticeSyntaxException listing every syntax error, or every validation error, with its position
   */
  public static Notice parse(String sourceName, String text) {
    return read(sourceName, text).notice();
  }

  /**
   * Reads a notice, returning the validation warnings with it.
   *
   * @param sourceName the name diagnostics give the source (a file name)
   * @param text the source, at most {@link #MAX_SOURCE_CHARS} characters
   * @return the notice and the validation warnings, in source order
   * @throws NoticeSyntaxException listing every syntax error, or every validation error, with its position
   */
  public static ParsedNotice read(String sourceName, String text) {
    Parsing parsing = syntax(sourceName, text, true);
    List<Problem> problems = NoticeValidator.validate(parsing.notice);
    Diagnostics semantic = new Diagnostics(sourceName, text);
    for (Problem problem : problems) {
      Token at = locate(problem.path(), parsing.parser.pathTokens(), parsing.parser.firstToken());
      semantic.add(problem.severity(), at.offset(), at.line(), at.column(), at.text(),
          problem.message() + " (at " + problem.path() + ")", null);
    }
    if (semantic.hasErrors()) {
      throw new NoticeSyntaxException(sourceName, semantic.all());
    }
    return new ParsedNotice(parsing.notice, semantic.all());
  }

  /**
   * Reads a notice without semantic validation: only the syntax, and the rules each model value checks when
   * it is made, are applied. Any notice the model can hold, valid or not, reads back from its printed form.
   *
   * @param sourceName the name diagnostics give the source (a file name)
   * @param text the source, at most {@link #MAX_SOURCE_CHARS} characters
   * @return the notice, which {@link org.improvementnotice.model.validation.NoticeValidator} may find problems with
   * @throws NoticeSyntaxException listing every syntax error with its position
   */
  public static Notice parseWithoutValidation(String sourceName, String text) {
    return syntax(sourceName, text, false).notice;
  }

  private record Parsing(Notice notice, Parser parser) {}

  private static Parsing syntax(String sourceName, String text, boolean checkReferences) {
    requireNonNull(sourceName, "sourceName");
    requireNonNull(text, "text");
    if (text.length() > Limits.MAX_CHARS) {
      Diagnostics d = new Diagnostics(sourceName, "");
      d.error(0, 1, 1, "", String.format("input too large: %d characters, at most %d (1 MiB) are read",
          text.length(), Limits.MAX_CHARS), null);
      throw new NoticeSyntaxException(sourceName, d.all());
    }
    Diagnostics lexical = new Diagnostics(sourceName, text);
    List<Token> tokens = new Lexer(text, lexical).tokens();
    Diagnostics syntax = new Diagnostics(sourceName, text);
    Parser parser = new Parser(tokens, syntax, IndicatorCatalogue.standard(), checkReferences);
    Optional<Notice> notice = parser.parse();
    if (notice.isEmpty() || lexical.hasErrors() || syntax.hasErrors()) {
      throw new NoticeSyntaxException(sourceName, Diagnostics.inSourceOrder(lexical, syntax));
    }
    return new Parsing(notice.get(), parser);
  }

  /**
   * {@return the canonical text of the notice; {@code parse(name, print(n))} equals {@code n}}
   *
   * @param notice the notice, valid or not ({@link #parseWithoutValidation} reads back what {@link #parse} refuses)
   */
  public static String print(Notice notice) {
    return new Printer(IndicatorCatalogue.standard()).print(requireNonNull(notice, "notice"));
  }

  /** The token of the longest prefix of the path that the parser recorded. */
  static Token locate(String path, Map<String, Token> tokens, Token fallback) {
    String p = path;
    while (!p.isEmpty()) {
      Token t = tokens.get(p);
      if (t != null) {
        return t;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) {
        break;
      }
      p = p.substring(0, cut);
    }
    return fallback;
  }

}
