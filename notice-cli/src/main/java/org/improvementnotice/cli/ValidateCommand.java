package org.improvementnotice.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate}: parses and validates a notice, and with {@code --data} reads the data and checks it against
 * the notice. Nothing is called valid until everything asked for has been read and checked.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Parses and validates a notice (and its data with --data), reporting every problem.")
final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "<notice>", description = "The path of a .notice file, or a sample's id.")
  String notice;

  @Option(names = "--data", paramLabel = "<dir>", description = "Also read and check this data directory.")
  Path data;

  @Override
  public Integer call() throws IOException {
    Optional<Path> dataDirectory = DataDirectory.check(spec::commandLine, data);
    Sources.LoadedNotice loaded = Sources.notice(notice);
    Optional<Sources.LoadedData> loadedData = dataDirectory.map(d -> Sources.data(loaded.notice(), Optional.of(d)));
    PrintWriter w = spec.commandLine().getOut();
    loaded.warnings().forEach(warning -> w.println(Terminal.safe(warning.toString())));
    w.println(Terminal.safe(loaded.notice().id() + ": valid (" + loaded.notice().measures().size() + " measures, "
        + loaded.notice().decidableRequirements().size() + " requirements)"));
    loadedData.ifPresent(d -> {
      d.warnings().forEach(warning -> w.println(Terminal.safe("warning: " + warning)));
      w.println(Terminal.safe(d.describe() + ": valid (" + d.data().observations().size() + " observations)"));
    });
    w.flush();
    return ExitCode.OK;
  }
}
