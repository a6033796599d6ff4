package org.improvementnotice.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.improvementnotice.cli.MainJobRuns;
import org.improvementnotice.cli.Sources;
import org.improvementnotice.data.council.Council;
import org.improvementnotice.data.dfe.DfeIndicator;
import org.improvementnotice.data.published.CouncilFigures;
import org.improvementnotice.data.published.PublishedData;
import org.improvementnotice.data.published.PublishedOptions;
import org.improvementnotice.model.Notice;
import org.improvementnotice.model.indicator.Indicator;
import org.improvementnotice.model.indicator.IndicatorId;
import org.improvementnotice.model.language.NoticeLanguage;
import org.improvementnotice.model.requirement.BenchmarkKind;
import org.improvementnotice.model.requirement.RelativeToBenchmark;
import org.improvementnotice.reports.Evaluation;
import org.improvementnotice.rules.ComplianceEngine;

/**
 * The main job's runs on real published figures: the Kent, Somerset and Surrey documents' clauses that the
 * DfE's statistics decide ({@code notices/real/}), on the published files bundled from {@code data/dfe}, each
 * introduced by a note saying which figures are real, where they come from, and that the illustrative runs
 * use invented ones.
 */
public final class RealDataRuns implements MainJobRuns {

  /** The real-data notices, in order of issue, with the illustrative run each stands beside. */
  public static final List<String> NOTICES = List.of("kent-2011-dfe", "somerset-2013-dfe", "surrey-2018-plan-dfe");

  @Override
  public List<Run> runs(ComplianceEngine engine) throws IOException {
    Path folder = folder();
    List<Notice> notices = new ArrayList<>();
    Set<IndicatorId> indicators = new LinkedHashSet<>();
    for (String id : NOTICES) {
      Notice n = notice(id);
      notices.add(n);
      n.indicators().stream().map(Indicator::id).forEach(indicators::add);
    }
    PublishedOptions options = PublishedOptions.defaults();
    PublishedData published = PublishedData.read(folder, indicators, options);
    List<Run> out = new ArrayList<>();
    for (Notice n : notices) {
      Council council = published.councils().find(n.recipient().council());
      CouncilFigures figures = published.forCouncil(council, n.indicators().stream().map(Indicator::id).toList());
      String source = "the DfE's published statistics (data/dfe), " + figures.council().label();
      out.add(new Run(note(n, published, figures), Evaluation.overSchedule(engine, n, figures.data(), source)));
    }
    return out;
  }

  /** The bundled copy of the published files. */
  static Path folder() throws NoSuchFileException {
    return Sources.bundledDirectory(RealDataRuns.class.getClassLoader(), "dfe").orElseThrow(() ->
        new NoSuchFileException("dfe", null, "the bundled DfE files are not on the class path"));
  }

  /** A real-data notice from the class path. */
  static Notice notice(String id) throws IOException {
    String resource = "/notices/real/" + id + ".notice";
    try (InputStream in = RealDataRuns.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new NoSuchFileException(resource, null, "a real-data notice of the examples, not on the class path");
      }
      return NoticeLanguage.read(id + ".notice", new String(in.readAllBytes(), StandardCharsets.UTF_8)).notice();
    }
  }

  /** Which figures are real, from where, and that nothing is invented. */
  static String note(Notice notice, PublishedData published, CouncilFigures figures) {
    Set<String> files = new LinkedHashSet<>();
    for (Indicator i : notice.indicators()) {
      published.figures().mapping().get(i.id()).ifPresent(m -> {
        files.add(fileOf(published, m.file()));
        m.denominatorFile().ifPresent(d -> files.add(fileOf(published, d)));
      });
    }
    boolean neighbours = notice.decidableRequirements().stream().anyMatch(r -> r instanceof RelativeToBenchmark b
        && b.benchmark() == BenchmarkKind.STATISTICAL_NEIGHBOURS);
    String model = neighbours ? published.benchmarks().model().map(m -> "; statistical neighbour benchmarks computed "
        + "from the same files and " + m.name() + " (" + published.benchmarks().settings() + ")").orElse("") : "";
    return "-- REAL FIGURES: " + notice.id() + " for " + figures.council().label() + ". Every figure is the DfE's "
        + "published statistics (" + String.join(", ", files) + "; Open Government Licence v3.0)" + model
        + "; publication dates assumed from the DfE calendar. Nothing is invented: the illustrative run of the same "
        + "document above uses invented figures." + (figures.unavailable().isEmpty() ? ""
        : " " + figures.unavailable().size() + " of the council's published figures for these indicators are "
        + "suppressed or unavailable (kept as such, never read as zero).");
  }

  private static String fileOf(PublishedData published, String pattern) {
    return published.figures().files().keySet().stream().filter(n -> DfeIndicator.matches(pattern, n)).findFirst()
        .orElse(pattern);
  }
}
