/**
 * The notice language: a plain-text language in which a performance officer writes an improvement notice
 * close to its own wording, reviews it in a diff and gets precise errors. {@link
 * org.improvementnotice.model.language.NoticeLanguage} reads source into the model and prints a notice in one
 * canonical text; it never generates or executes code. Errors are {@link
 * org.improvementnotice.model.language.NoticeSyntaxException}s carrying located {@link
 * org.improvementnotice.model.language.Diagnostic}s. {@link org.improvementnotice.model.language.TimeExpressions}
 * reads the language's dates, months, periods and deadlines on their own, for readers of other formats. The
 * grammar is in {@code docs/notice-language.md}; the parser follows it, one class per part: statements
 * ({@code Parser}), requirement forms, indicators, values, and time, over one token cursor.
 *
 * <p>No parameter or return value in this package is null.
 */
package org.improvementnotice.model.language;
