/**
 * The notice language: a plain-text language in which a performance officer writes an improvement notice
 * close to its own wording, reviews it in a diff and gets precise errors. {@link
 * org.improvementnotice.model.language.NoticeLanguage} reads source into the model and prints a notice in one
 * canonical text; it never generates or executes code. Errors are {@link
 * org.improvementnotice.model.language.NoticeSyntaxException}s carrying located {@link
 * org.improvementnotice.model.language.Diagnostic}s. The grammar is in {@code docs/notice-language.md}.
 *
 * <p>No parameter or return value in this package is null.
 */
package org.improvementnotice.model.language;
