/**
 * The command line ({@link org.improvementnotice.cli.NoticeCommand}, picocli): {@code evaluate},
 * {@code validate}, {@code print}, and with no command the main job over the five bundled notices. Where
 * notices and data come from is {@link org.improvementnotice.cli.Sources}; the exit codes are
 * {@link org.improvementnotice.cli.ExitCode}; {@code docs/cli.md} documents both. No parameter or
 * return value is null.
 */
package org.improvementnotice.cli;
