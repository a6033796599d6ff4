/**
 * The command line ({@link org.improvementnotice.cli.NoticeCommand}, picocli), one class per command:
 * {@code evaluate}, {@code validate}, {@code print} (with {@code --check}), and with no command the main job over
 * the five samples. Where notices and data come from is {@link org.improvementnotice.cli.Sources}; the exit codes
 * are {@link org.improvementnotice.cli.ExitCode}; {@code docs/cli.md} documents both. Errors are handled in one
 * place (usage errors with suggestions, located notice and data errors, I/O errors saying what is wrong,
 * internal errors as exit 70), and every message is made safe for a terminal first. No parameter or return
 * value is null.
 */
package org.improvementnotice.cli;
