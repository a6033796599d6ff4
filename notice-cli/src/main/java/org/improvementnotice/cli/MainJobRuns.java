package org.improvementnotice.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.improvementnotice.reports.Evaluation;
import org.improvementnotice.reports.TextReport;
import org.improvementnotice.rules.ComplianceEngine;

/**
 * More runs for the main job, found on the class path with {@link ServiceLoader} (the examples' runs of real
 * notices on the DfE's published figures): each prints what it is before its summary, and its evaluations
 * join the HTML report. With none on the class path the main job is the bundled notices alone.
 */
public interface MainJobRuns {

  /**
   * One run: a note saying what it is (which figures are real, with their source, and which invented), and
   * the evaluation.
   *
   * @param note printed before the summary
   * @param evaluation the evaluation
   */
  record Run(String note, Evaluation evaluation) {}

  /**
   * The runs, evaluated with the engine.
   *
   * @param engine the engine
   * @return the runs, in the order to print them
   * @throws IOException when their notices or data cannot be read
   */
  List<Run> runs(ComplianceEngine engine) throws IOException;

  /**
   * Every run of every provider on the class path, each printed as a note and a summary.
   *
   * @param engine the engine
   * @param out where to print them
   * @return their evaluations, for the HTML report
   * @throws IOException when a provider's notices or data cannot be read
   */
  static List<Evaluation> runAll(ComplianceEngine engine, PrintWriter out) throws IOException {
    List<Evaluation> evaluations = new ArrayList<>();
    for (MainJobRuns provider : ServiceLoader.load(MainJobRuns.class)) {
      for (Run run : provider.runs(engine)) {
        TextReport text = TextReport.forTerminal();
        text.writeNote(run.note(), out);
        text.writeSummary(run.evaluation(), out);
        out.println();
        evaluations.add(run.evaluation());
      }
    }
    return evaluations;
  }
}
